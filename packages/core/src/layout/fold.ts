/**
 * What a fold leaves to draw: every result but the primary-tree descendants of a collapsed one.
 * Laid out once, a cascade is walked from scratch (time linear in all its results); a viewer that
 * lays it out again after each expand or collapse keeps an index of the primary tree in its
 * layout cache and walks only the results that show.
 *
 * @module
 */
import type { ResultRecord } from '../result.js';

/** The primary tree by position in `cascade.results()`: what a cached layout folds with. */
export interface FoldIndex {
  /** Positions of the roots (no parent). */
  readonly roots: readonly number[];
  /** Positions of the primary children of each result that has some. */
  readonly kids: ReadonlyMap<string, readonly number[]>;
}

/** The results to draw and the collapsed results that have children (they stay parents in the layout). */
export interface Folded {
  readonly records: readonly ResultRecord[];
  readonly folded: ReadonlySet<string>;
}

/** Indexes the primary tree of `all` (the results of a cascade, in document order). */
export function foldIndex(all: readonly ResultRecord[]): FoldIndex {
  const roots: number[] = [];
  const kids = new Map<string, number[]>();
  all.forEach((r, i) => {
    if (r.parent === null) roots.push(i);
    else {
      const list = kids.get(r.parent);
      if (list) list.push(i);
      else kids.set(r.parent, [i]);
    }
  });
  return { roots, kids };
}

/**
 * The results of `all` to draw when `collapsed` folds some subtrees, in document order. With an
 * `index` of `all`, the walk visits only the results that show (and one flag per result).
 */
export function unfolded(all: readonly ResultRecord[], collapsed: ReadonlySet<string>, index?: FoldIndex): Folded {
  if (collapsed.size === 0) return { records: all, folded: collapsed };
  const { roots, kids } = index ?? foldIndex(all);
  const folded = new Set<string>();
  for (const id of collapsed) if (kids.has(id)) folded.add(id);
  if (folded.size === 0) return { records: all, folded };
  const shown = new Uint8Array(all.length);
  const stack = [...roots];
  let count = 0;
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (shown[i] === 1) continue;
    shown[i] = 1;
    count++;
    const id = all[i]!.id;
    const more = folded.has(id) ? undefined : kids.get(id);
    if (more) for (const k of more) stack.push(k);
  }
  if (count === all.length) return { records: all, folded };
  const records: ResultRecord[] = [];
  for (let i = 0; i < all.length; i++) if (shown[i] === 1) records.push(all[i]!);
  return { records, folded };
}
