/**
 * The Langkah 4 worksheet as a grid of cells, for the renderers that print it (CSV, .xlsx, PDF):
 * one column per level of the scheme, one row per leaf, each result in one cell spanning the rows
 * of its descendants.
 *
 * The cascade is laid out as a tree: each result under its primary parent, and again under each
 * `contributesTo` parent as a crosscutting copy. A copy is a leaf (its own breakdown stays under
 * its primary parent), so the grid grows linearly with the cascade, never exponentially with
 * crosscutting links.
 *
 * @module
 */
import type { Cascade } from '../cascade.js';
import type { Level } from '../levels.js';
import type { ResultRecord } from '../result.js';

/** One result's cell of the grid. */
export interface WorksheetGridCell {
  readonly result: ResultRecord;
  /** 0-based body row where the cell starts. */
  readonly row: number;
  /** 0-based column: the rank of the result's level. */
  readonly column: number;
  /** Rows it spans (1 or more). */
  readonly rowspan: number;
  /** True for the copy under a `contributesTo` parent. */
  readonly crosscutting: boolean;
}

/** The worksheet grid. */
export interface WorksheetGrid {
  /** The columns: every level of the scheme, top first. */
  readonly levels: readonly Level[];
  /** Number of body rows. */
  readonly rowCount: number;
  /** The cells, in reading order (by row, then column). */
  readonly cells: readonly WorksheetGridCell[];
}

/** Lays the Langkah 4 worksheet out as a grid. Iterative, linear in results plus links. */
export function worksheetGrid(cascade: Cascade): WorksheetGrid {
  const records = cascade.results();
  const n = records.length;
  // Pre-order of the layout tree: [result index, crosscutting copy?].
  const order: { i: number; copy: boolean }[] = [];
  const stack: { i: number; copy: boolean }[] = [];
  const roots = cascade.roots();
  for (let k = roots.length - 1; k >= 0; k--) stack.push({ i: cascade.indexOf(roots[k]!.id), copy: false });
  while (stack.length > 0) {
    const node = stack.pop()!;
    order.push(node);
    if (node.copy) continue;
    const r = records[node.i]!;
    const kids = cascade.children(r.id);
    for (let k = kids.length - 1; k >= 0; k--) stack.push({ i: cascade.indexOf(kids[k]!.id), copy: kids[k]!.parent !== r.id });
  }
  // Leaves below each (non-copy) result, from the bottom up.
  const leaves = new Int32Array(n);
  for (let k = order.length - 1; k >= 0; k--) {
    const { i, copy } = order[k]!;
    if (copy) continue;
    let sum = 0;
    const r = records[i]!;
    for (const c of cascade.children(r.id)) sum += c.parent !== r.id ? 1 : leaves[cascade.indexOf(c.id)]!;
    leaves[i] = Math.max(1, sum);
  }
  const cells: WorksheetGridCell[] = [];
  let row = 0;
  for (const { i, copy } of order) {
    const r = records[i]!;
    const span = copy ? 1 : leaves[i]!;
    cells.push({ result: r, row, column: cascade.levelRank(r.level), rowspan: span, crosscutting: copy });
    if (copy || cascade.children(r.id).length === 0) row++;
  }
  return { levels: cascade.levels, rowCount: row, cells };
}
