/**
 * What a fold leaves to draw: every result but the primary-tree descendants of a collapsed one.
 * The walk reads the cascade's own links (`cascade-links.ts`) and visits only the results that
 * show, so a viewer that lays a big tree out again after each expand or collapse pays for what it
 * draws.
 *
 * @module
 */
import type { CascadeStore } from '../cascade-links.js';
import type { ResultRecord } from '../result.js';

/** The results to draw and the collapsed results that have children (they stay parents in the layout). */
export interface Folded {
  readonly records: readonly ResultRecord[];
  readonly folded: ReadonlySet<string>;
}

/** The results of the cascade to draw when `collapsed` folds some subtrees, in document order. */
export function unfolded(store: CascadeStore, collapsed: ReadonlySet<string>): Folded {
  const all = store.records;
  if (collapsed.size === 0) return { records: all, folded: collapsed };
  const { parentOf, downStart, downs } = store.links;
  const hasPrimaryChild = (i: number): boolean => {
    for (let k = downStart[i]!; k < downStart[i + 1]!; k++) if (parentOf[downs[k]!] === i) return true;
    return false;
  };
  const folded = new Set<string>();
  const foldedAt = new Uint8Array(all.length);
  for (const id of collapsed) {
    const i = store.index.get(id);
    if (i !== undefined && hasPrimaryChild(i)) {
      folded.add(id);
      foldedAt[i] = 1;
    }
  }
  if (folded.size === 0) return { records: all, folded };
  const shown = new Uint8Array(all.length);
  const stack: number[] = [];
  for (let i = 0; i < all.length; i++) if (parentOf[i] === -1) stack.push(i);
  let count = 0;
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (shown[i] === 1) continue;
    shown[i] = 1;
    count++;
    if (foldedAt[i] === 1) continue;
    for (let k = downStart[i]!; k < downStart[i + 1]!; k++) if (parentOf[downs[k]!] === i) stack.push(downs[k]!);
  }
  if (count === all.length) return { records: all, folded };
  const records: ResultRecord[] = [];
  for (let i = 0; i < all.length; i++) if (shown[i] === 1) records.push(all[i]!);
  return { records, folded };
}
