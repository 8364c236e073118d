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
 * @module
 */
import type { Cascade, Level, ResultRecord, Tier } from '@pokin/core';
import type { HtmlUnusedLevels } from '../options.js';

/** A result's cell. */
export interface ResultCell {
  readonly kind: 'result';
  readonly result: ResultRecord;
  /** Column (index into {@link WorksheetLayout.columns}). */
  readonly column: number;
  readonly rowspan: number;
  /** Id of the parent it appears under, `null` for a root. */
  readonly parentId: string | null;
  /** True for the copy under a `contributesTo` parent. */
  readonly crosscutting: boolean;
}

/** An empty cell over columns no result of the branch fills. */
export interface GapCell {
  readonly kind: 'gap';
  readonly column: number;
  readonly rowspan: number;
  readonly colspan: number;
}

/** Any cell of the body. */
export type WorksheetCell = ResultCell | GapCell;

/** A run of adjacent columns of one tier. */
export interface TierGroup {
  readonly tier: Tier;
  readonly span: number;
}

/** The worksheet grid. */
export interface WorksheetLayout {
  /** The levels that get a column, top first. */
  readonly columns: readonly Level[];
  /** Adjacent columns grouped by tier, left to right. */
  readonly tierGroups: readonly TierGroup[];
  /** Number of body rows: the leaves of the layout tree. */
  readonly rowCount: number;
  /**
   * The cells starting in each body row, left to right, made row by row as the iterator is read
   * (so a large table's cells never all exist at once). Each call starts afresh.
   */
  rows(): IterableIterator<readonly WorksheetCell[]>;
}

/** Picks the columns: the scheme's levels minus unused ones the setting hides. */
function columnsOf(cascade: Cascade, hide: HtmlUnusedLevels): Level[] {
  if (hide === 'none') return cascade.levels.slice();
  const used = new Set<string>();
  for (const r of cascade.results()) used.add(r.level);
  return cascade.levels.filter((l) => used.has(l.key) || (hide === 'optional' && l.optional !== true));
}

function tierGroupsOf(columns: readonly Level[]): TierGroup[] {
  const groups: { tier: Tier; span: number }[] = [];
  for (const l of columns) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.tier === l.tier) last.span++;
    else groups.push({ tier: l.tier, span: 1 });
  }
  return groups;
}

/** Lays the worksheet out. Iterative throughout, so a very deep cascade does not overflow the stack. */
export function layoutWorksheet(cascade: Cascade, hide: HtmlUnusedLevels): WorksheetLayout {
  const columns = columnsOf(cascade, hide);
  const columnOfLevel = new Map<string, number>();
  columns.forEach((l, i) => columnOfLevel.set(l.key, i));
  const last = columns.length - 1;

  const records = cascade.results();
  const n = records.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(records[i]!.id, i);
  const column = new Int32Array(n);
  const parentOf = new Int32Array(n).fill(-1);
  // Children of each result in document order; a negative entry -(j + 1) is a crosscutting child j.
  const kids: number[][] = new Array(n);
  for (let i = 0; i < n; i++) kids[i] = [];
  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    column[i] = columnOfLevel.get(r.level)!;
    if (r.parent !== null) {
      const p = index.get(r.parent)!;
      parentOf[i] = p;
      kids[p]!.push(i);
    }
    for (const c of r.contributesTo) {
      const p = index.get(c)!;
      if (p === parentOf[i]) continue;
      const list = kids[p]!;
      if (list[list.length - 1] !== -(i + 1)) list.push(-(i + 1));
    }
  }

  // Rows of each result's primary copy: one per leaf below it; a crosscutting copy takes one row.
  // Accumulate in reverse pre-order of the primary tree, so children come before their parent.
  const order: number[] = [];
  const stack: number[] = [];
  for (let i = n - 1; i >= 0; i--) if (parentOf[i] === -1) stack.push(i);
  while (stack.length > 0) {
    const i = stack.pop()!;
    order.push(i);
    const ks = kids[i]!;
    for (let k = ks.length - 1; k >= 0; k--) if (ks[k]! >= 0) stack.push(ks[k]!);
  }
  const rowsOf = new Int32Array(n);
  for (let o = order.length - 1; o >= 0; o--) {
    const i = order[o]!;
    const ks = kids[i]!;
    if (ks.length === 0) {
      rowsOf[i] = 1;
      continue;
    }
    let sum = 0;
    for (const k of ks) sum += k >= 0 ? rowsOf[k]! : 1;
    rowsOf[i] = sum;
  }

  let rowCount = 0;
  for (let i = 0; i < n; i++) if (parentOf[i] === -1) rowCount += rowsOf[i]!;

  // Emit cells depth first. A row ends at each leaf of the layout tree; the next visit opens the next row.
  function* rows(): IterableIterator<readonly WorksheetCell[]> {
    let row: WorksheetCell[] = [];
    // Frames: [child entry (as in kids), parent index or -1].
    const frames: [number, number][] = [];
    for (let i = n - 1; i >= 0; i--) if (parentOf[i] === -1) frames.push([i, -1]);
    while (frames.length > 0) {
      const [entry, p] = frames.pop()!;
      const crosscutting = entry < 0;
      const i = crosscutting ? -entry - 1 : entry;
      const col = column[i]!;
      const from = p === -1 ? 0 : column[p]! + 1;
      const rowspan = crosscutting ? 1 : rowsOf[i]!;
      if (col > from) row.push({ kind: 'gap', column: from, rowspan, colspan: col - from });
      row.push({ kind: 'result', result: records[i]!, column: col, rowspan, parentId: p === -1 ? null : records[p]!.id, crosscutting });
      const ks = crosscutting ? [] : kids[i]!;
      if (ks.length === 0) {
        if (col < last) row.push({ kind: 'gap', column: col + 1, rowspan: 1, colspan: last - col });
        yield row;
        row = [];
      } else {
        for (let k = ks.length - 1; k >= 0; k--) frames.push([ks[k]!, i]);
      }
    }
  }
  return { columns, tierGroups: tierGroupsOf(columns), rowCount, rows };
}
