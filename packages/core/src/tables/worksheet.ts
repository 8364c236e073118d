/**
 * The Langkah 4 worksheet as a grid, before any markup: which levels get a column, how the
 * columns group under tiers, and the cells of each row with their spans.
 *
 * The cascade is laid out as a tree: each result under its primary parent, and again under each
 * `contributesTo` parent as a crosscutting copy. A copy is a leaf of the layout (its own breakdown
 * stays under its primary parent), so the table grows linearly with the cascade. There is one row
 * per leaf of that tree; a result's cell spans the rows of its leaves. Levels a branch skips get a
 * gap cell, as does the rest of a row after a leaf above the last column, so columns stay aligned.
 *
 * A renderer may cap how many rows one cell spans (HTML caps `rowspan` at 65,534: browsers clamp a
 * larger value, which would shift every cell after that row one column left). A cell that must
 * span more rows is split: it spans the first `maxRowspan` rows and is continued by a cell of the
 * same column in the row after, and so on.
 *
 * The renderers that print the worksheet (`@pokin/html`, `@pokin/pdf`, `@pokin/xlsx`) share this
 * grid, so the worksheet has the same rows and merged cells everywhere.
 *
 * @module
 */
import { cascadeStore, type Cascade } from '../cascade.js';
import type { Level, Tier } from '../levels.js';
import type { ResultRecord } from '../result.js';

/**
 * Which levels of the scheme get no worksheet column when no result uses them:
 * `'optional'` only optional levels (such as `outcome` in `permenpan-89`), `'all'` every unused
 * level, `'none'` none (every level of the scheme gets a column).
 */
export type UnusedLevels = 'optional' | 'all' | 'none';

/** The worksheet grid. */
export interface WorksheetLayout {
  /** The levels that get a column, top first. */
  readonly columns: readonly Level[];
  /** Adjacent columns grouped by tier, left to right. */
  readonly tierGroups: readonly WorksheetTierGroup[];
  /** Number of body rows: the leaves of the layout tree. */
  readonly rowCount: number;
  /**
   * The cells starting in each body row, left to right, made row by row as the iterator is read
   * (so a large table's cells never all exist at once). Each call starts afresh.
   */
  rows(): IterableIterator<readonly WorksheetCell[]>;
}

/** A run of adjacent columns of one tier: the header cell above them and their `<colgroup>`. */
export interface WorksheetTierGroup {
  /** The tier of every level in the run. */
  readonly tier: Tier;
  /** How many adjacent columns the run covers (at least 1). */
  readonly span: number;
}

/** A result's cell. */
export interface WorksheetResultCell {
  readonly kind: 'result';
  readonly result: ResultRecord;
  /** Column (index into {@link WorksheetLayout.columns}). */
  readonly column: number;
  readonly rowspan: number;
  /** Id of the parent it appears under, `null` for a root. */
  readonly parentId: string | null;
  /** True for the copy under a `contributesTo` parent. */
  readonly crosscutting: boolean;
  /** True for a cell that continues the result's cell above it (see `maxRowspan` of {@link layoutWorksheet}). */
  readonly continued: boolean;
}

/** An empty cell over columns no result of the branch fills. */
export interface WorksheetGapCell {
  readonly kind: 'gap';
  readonly column: number;
  readonly rowspan: number;
  readonly colspan: number;
}

/** Any cell of the body. */
export type WorksheetCell = WorksheetResultCell | WorksheetGapCell;

/** A cell taller than the cap: the part still to come. */
interface LongCell {
  readonly cell: WorksheetCell;
  /** Body row where its next part starts. */
  next: number;
  /** Rows still to span from `next` on. */
  left: number;
}

/** Picks the columns: the scheme's levels minus unused ones the setting hides. */
function columnsOf(cascade: Cascade, hide: UnusedLevels): Level[] {
  if (hide === 'none') return cascade.levels.slice();
  const used = new Set<string>();
  for (const r of cascade.results()) used.add(r.level);
  return cascade.levels.filter((l) => used.has(l.key) || (hide === 'optional' && l.optional !== true));
}

function tierGroupsOf(columns: readonly Level[]): WorksheetTierGroup[] {
  const groups: { tier: Tier; span: number }[] = [];
  for (const l of columns) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.tier === l.tier) last.span++;
    else groups.push({ tier: l.tier, span: 1 });
  }
  return groups;
}

/**
 * Lays the Langkah 4 worksheet out as a grid. Iterative throughout, so a very deep cascade does not
 * overflow the stack.
 *
 * @param cascade - the cascade.
 * @param hide - which unused levels get no column.
 * @param maxRowspan - most rows one cell may span before it is continued by a new cell. @default Infinity
 */
export function layoutWorksheet(cascade: Cascade, hide: UnusedLevels = 'optional', maxRowspan = Infinity): WorksheetLayout {
  const columns = columnsOf(cascade, hide);
  const columnOfLevel = new Map<string, number>();
  columns.forEach((l, i) => columnOfLevel.set(l.key, i));
  const last = columns.length - 1;

  const records = cascade.results();
  const n = records.length;
  const column = new Int32Array(n);
  for (let i = 0; i < n; i++) column[i] = columnOfLevel.get(records[i]!.level)!;
  // The children of i are kids[start[i]] .. kids[start[i + 1] - 1], in document order; child j is
  // a crosscutting one when its primary parent is another result (parentOf[j] !== i).
  const { parentOf, downStart: start, downs: kids } = cascadeStore(cascade).links;

  // Rows of each result's primary copy: one per leaf below it; a crosscutting copy takes one row.
  // Accumulate in reverse pre-order of the primary tree, so children come before their parent.
  const order = new Int32Array(n);
  let ordered = 0;
  const stack = new Int32Array(n);
  let top = 0;
  for (let i = n - 1; i >= 0; i--) if (parentOf[i] === -1) stack[top++] = i;
  while (top > 0) {
    const i = stack[--top]!;
    order[ordered++] = i;
    for (let k = start[i + 1]! - 1; k >= start[i]!; k--) if (parentOf[kids[k]!] === i) stack[top++] = kids[k]!;
  }
  const rowsOf = new Int32Array(n);
  for (let o = n - 1; o >= 0; o--) {
    const i = order[o]!;
    const from = start[i]!;
    const to = start[i + 1]!;
    if (from === to) {
      rowsOf[i] = 1;
      continue;
    }
    let sum = 0;
    for (let k = from; k < to; k++) sum += parentOf[kids[k]!] === i ? rowsOf[kids[k]!]! : 1;
    rowsOf[i] = sum;
  }

  let rowCount = 0;
  for (let i = 0; i < n; i++) if (parentOf[i] === -1) rowCount += rowsOf[i]!;

  // Emit cells depth first. A row ends at each leaf of the layout tree; the next visit opens the next row.
  function* rows(): IterableIterator<readonly WorksheetCell[]> {
    let row: WorksheetCell[] = [];
    let rowIndex = 0;
    // Cells taller than maxRowspan, left to right: every cell covering a row from above lies left
    // of the cells that start in it, so a new tall cell always goes at the end.
    const long: LongCell[] = [];
    const add = (cell: WorksheetCell): void => {
      if (cell.rowspan <= maxRowspan) {
        row.push(cell);
        return;
      }
      row.push({ ...cell, rowspan: maxRowspan });
      long.push({ cell, next: rowIndex + maxRowspan, left: cell.rowspan - maxRowspan });
    };
    // The parts of tall cells that start in this row, before the row's own cells.
    const continueLong = (): void => {
      let kept = 0;
      for (const l of long) {
        if (l.next === rowIndex) {
          const rowspan = Math.min(l.left, maxRowspan);
          row.push(l.cell.kind === 'result' ? { ...l.cell, rowspan, continued: true } : { ...l.cell, rowspan });
          l.next += rowspan;
          l.left -= rowspan;
        }
        if (l.left > 0) long[kept++] = l;
      }
      long.length = kept;
    };
    // Two parallel stacks of frames: the child (-(j + 1) for a crosscutting child j) and its parent's index (-1 for a root).
    const entries = new Int32Array(n + kids.length);
    const parents = new Int32Array(n + kids.length);
    let depth = 0;
    for (let i = n - 1; i >= 0; i--) {
      if (parentOf[i] !== -1) continue;
      entries[depth] = i;
      parents[depth++] = -1;
    }
    while (depth > 0) {
      const entry = entries[--depth]!;
      const p = parents[depth]!;
      const crosscutting = entry < 0;
      const i = crosscutting ? -entry - 1 : entry;
      const col = column[i]!;
      const from = p === -1 ? 0 : column[p]! + 1;
      const rowspan = crosscutting ? 1 : rowsOf[i]!;
      if (row.length === 0 && long.length > 0) continueLong();
      if (col > from) add({ kind: 'gap', column: from, rowspan, colspan: col - from });
      add({
        kind: 'result',
        result: records[i]!,
        column: col,
        rowspan,
        parentId: p === -1 ? null : records[p]!.id,
        crosscutting,
        continued: false,
      });
      if (crosscutting || start[i] === start[i + 1]) {
        if (col < last) row.push({ kind: 'gap', column: col + 1, rowspan: 1, colspan: last - col });
        yield row;
        row = [];
        rowIndex++;
      } else {
        for (let k = start[i + 1]! - 1; k >= start[i]!; k--) {
          const j = kids[k]!;
          entries[depth] = parentOf[j] === i ? j : -(j + 1);
          parents[depth++] = i;
        }
      }
    }
  }
  return { columns, tierGroups: tierGroupsOf(columns), rowCount, rows };
}
