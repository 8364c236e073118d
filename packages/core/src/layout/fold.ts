/**
 * What a fold leaves to draw: every result but the primary-tree descendants of a collapsed one.
 * The walk follows the cascade's own links (`roots`, `primaryChildren`) and visits only the
 * results that show, so a viewer that lays a big tree out again after each expand or collapse pays
 * for what it draws. Only public methods of the cascade are used: `@pokin/core/layout` is an entry
 * of its own, and in the CommonJS build it holds its own copy of the `Cascade` class.
 *
 * @module
 */
import type { Cascade } from '../cascade.js';
import type { ResultRecord } from '../result.js';

/** The results to draw and the collapsed results that have children (they stay parents in the layout). */
export interface Folded {
  readonly records: readonly ResultRecord[];
  readonly folded: ReadonlySet<string>;
}

/** The results of `cascade` to draw when `collapsed` folds some subtrees, in document order. */
export function unfolded(cascade: Cascade, collapsed: ReadonlySet<string>): Folded {
  const all = cascade.results();
  if (collapsed.size === 0) return { records: all, folded: collapsed };
  const folded = new Set<string>();
  for (const id of collapsed) if (cascade.has(id) && cascade.primaryChildren(id).length > 0) folded.add(id);
  if (folded.size === 0) return { records: all, folded };
  const shown = new Uint8Array(all.length);
  const stack = cascade.roots();
  let count = 0;
  while (stack.length > 0) {
    const r = stack.pop()!;
    const i = cascade.indexOf(r.id);
    if (shown[i] === 1) continue;
    shown[i] = 1;
    count++;
    if (!folded.has(r.id)) for (const k of cascade.primaryChildren(r.id)) stack.push(k);
  }
  if (count === all.length) return { records: all, folded };
  const records: ResultRecord[] = [];
  for (let i = 0; i < all.length; i++) if (shown[i] === 1) records.push(all[i]!);
  return { records, folded };
}
