/**
 * The walk of the duplicate rules (`duplicate-statement`, `duplicate-sibling`,
 * `duplicate-indicator`): one pass that remembers the first node with each key and hands on every
 * later one with that first. Only nodes whose key another node shares are looked at (`keyShared`,
 * which the engine finds in one pass for every rule), so the table holds only those few.
 *
 * @module
 */
import type { IndicatorNode, ResultNode, RuleVisitors } from '../../api.js';

function firstSeen<N extends { readonly keyShared: boolean }>(keyOf: (n: N) => string, repeat: (n: N, first: N) => void) {
  const first = new Map<string, N>();
  return (n: N): void => {
    if (!n.keyShared) return;
    const k = keyOf(n);
    const f = first.get(k);
    if (f === undefined) first.set(k, n);
    else repeat(n, f);
  };
}

/** Visitors that call `repeat(r, first)` for each result whose key (`keyOf`, by default its `key`) an earlier result had. */
export function repeatedResults(
  repeat: (r: ResultNode, first: ResultNode) => void,
  keyOf: (r: ResultNode) => string = (r) => r.key,
): RuleVisitors {
  return { result: firstSeen(keyOf, repeat) };
}

/** Visitors that call `repeat(ind, first)` for each indicator whose `key` an earlier indicator had. */
export function repeatedIndicators(repeat: (ind: IndicatorNode, first: IndicatorNode) => void): RuleVisitors {
  return { indicator: firstSeen((ind) => ind.key, repeat) };
}
