/**
 * The records and meta of a subtree: a result and its primary descendants, the result becoming a
 * root. {@link Cascade.subtree} makes a cascade of them.
 *
 * @module
 */
import { primaryChildren, type CascadeStore } from './cascade-links.js';
import type { CascadeMeta, ResultRecord } from './result.js';

/** What a subtree keeps. */
export interface SubtreeParts {
  readonly meta: CascadeMeta;
  readonly records: ResultRecord[];
}

/**
 * The parts of the subtree of result `start`: `contributesTo` links to results outside are
 * dropped, as are CSF entries whose result is outside; references to other documents stay.
 */
export function subtreeParts(store: CascadeStore, meta: CascadeMeta, start: number): SubtreeParts {
  const { records: all, index, links } = store;
  const keep = new Uint8Array(all.length);
  const stack = [start];
  // The kept indices, so that the copy costs the size of the subtree, not of the whole cascade.
  const kept = [start];
  keep[start] = 1;
  while (stack.length > 0) {
    for (const c of primaryChildren(links, stack.pop()!)) {
      keep[c] = 1;
      stack.push(c);
      kept.push(c);
    }
  }
  kept.sort((a, b) => a - b);
  const records: ResultRecord[] = [];
  for (const i of kept) {
    const r = all[i]!;
    const contributesTo = r.contributesTo.filter((c) => keep[index.get(c)!] === 1);
    const parent = i === start ? null : r.parent;
    if (parent === r.parent && contributesTo.length === r.contributesTo.length && (i !== start || r.externalParent === undefined)) {
      records.push(r);
      continue;
    }
    // References to other documents stay; links to results of this document outside the subtree go.
    const contributions = r.contributions.filter((c) => c.to.includes('#') || keep[index.get(c.to)!] === 1);
    const { externalParent: _dropped, ...rest } = r;
    records.push(
      Object.freeze({
        ...(i === start ? rest : r),
        parent,
        contributesTo: Object.freeze(contributesTo),
        contributions: Object.freeze(contributions),
      }),
    );
  }
  const csf = meta.csf?.filter((c) => c.result === undefined || keep[index.get(c.result) ?? -1] === 1);
  return { meta: { ...meta, csf: csf === undefined ? undefined : Object.freeze(csf) }, records };
}
