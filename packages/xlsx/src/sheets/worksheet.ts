/**
 * The Langkah 4 worksheet sheet, the way agencies print the *Kertas Kerja*: one column per level
 * grouped under tier headers, each result in one cell merged down over the rows of its
 * descendants, its indicators under "IK:" in the same cell. `parseXlsx` reads this layout back
 * (statements, indicators and the tree; the results sheet carries everything else).
 *
 * @module
 */
import { TIER_COLORS, TIER_LABELS, layoutWorksheet, localize, type Cascade, type ResultRecord } from '@pokin/core';
import type { Settings } from '../options.js';
import { SheetBuilder, type Cell, type SharedStrings } from '../sheet.js';
import type { CellStyle, StyleSheet } from '../styles.js';
import { heightOf, lineCount, needsQuote } from '../text.js';

const WIDTH = 32;
const BODY = 3;

/** The text of a result's cell: the statement, then "IK:" and one indicator per line. */
export function worksheetCellText(r: ResultRecord): string {
  if (r.indicators.length === 0) return r.statement;
  return `${r.statement}\n\nIK:\n${r.indicators.map((i) => `- ${i.statement}`).join('\n')}`;
}

/** Writes the worksheet sheet. */
export function worksheetSheet(
  cascade: Cascade,
  name: string,
  settings: Settings,
  styles: StyleSheet,
  strings: SharedStrings,
): SheetBuilder {
  const loc = settings.locale;
  const grid = layoutWorksheet(cascade, 'none');
  const levels = grid.columns;
  const last = levels.length - 1;
  const sheet = new SheetBuilder(name, strings);
  const style = (s: CellStyle, text?: string) => (text !== undefined && needsQuote(text) ? styles.quotedId(s) : styles.id(s));

  const title =
    loc === 'en'
      ? 'STEP 4: COMPLETING THE PERFORMANCE TO BE ACHIEVED WITH PERFORMANCE INDICATORS'
      : 'LANGKAH 4: MELENGKAPI KINERJA YANG INGIN DIWUJUDKAN DENGAN INDIKATOR KINERJA';
  sheet.row(0, [{ c: 0, v: title, s: style({ bold: true, size: 12 }) }], 20);
  sheet.merge(0, 0, 0, last);
  const head = (fill: string): CellStyle => ({ bold: true, fill, border: true, wrap: true, horizontal: 'center', vertical: 'center' });
  const tierRow: Cell[] = [];
  const levelRow: Cell[] = [];
  for (let c = 0; c <= last; c++) {
    const l = levels[c]!;
    const s = style(head(TIER_COLORS[l.tier].fill));
    const startsGroup = c === 0 || levels[c - 1]!.tier !== l.tier;
    tierRow.push({ c, v: startsGroup ? localize(TIER_LABELS[l.tier], loc).toUpperCase() : undefined, s });
    levelRow.push({ c, v: localize(l.label, loc).toUpperCase(), s });
    if (startsGroup) {
      let end = c;
      while (end < last && levels[end + 1]!.tier === l.tier) end++;
      sheet.merge(1, c, 1, end);
    }
  }
  sheet.row(1, tierRow, 18);
  sheet.row(2, levelRow, 18);

  // Cells by starting row; every body cell is bordered, filled or not.
  const byRow = new Array<Cell[] | undefined>(grid.rowCount);
  const lines = new Float64Array(grid.rowCount).fill(1);
  const tall: { row: number; span: number; lines: number }[] = [];
  let row = 0;
  for (const starting of grid.rows()) {
    for (const cell of starting) {
      if (cell.kind !== 'result') continue;
      const text = worksheetCellText(cell.result);
      const s = style({ border: true, wrap: true, vertical: 'top', fill: TIER_COLORS[cascade.level(cell.result.level)!.tier].fill }, text);
      (byRow[row] ??= []).push({ c: cell.column, v: text, s });
      if (cell.rowspan > 1) sheet.merge(BODY + row, cell.column, BODY + row + cell.rowspan - 1, cell.column);
      const n = lineCount(text, WIDTH);
      if (cell.rowspan === 1) lines[row] = Math.max(lines[row]!, n);
      else tall.push({ row, span: cell.rowspan, lines: n });
    }
    row++;
  }
  // A merged cell taller than its rows makes its last row taller.
  for (const t of tall) {
    let have = 0;
    for (let k = t.row; k < t.row + t.span; k++) have += lines[k]!;
    if (have < t.lines) lines[t.row + t.span - 1]! += t.lines - have;
  }
  const empty = style({ border: true });
  for (let row = 0; row < grid.rowCount; row++) {
    const given = byRow[row] ?? [];
    const cells: Cell[] = [];
    let k = 0;
    given.sort((a, b) => a.c - b.c);
    for (let c = 0; c <= last; c++) {
      if (given[k]?.c === c) cells.push(given[k++]!);
      else cells.push({ c, v: undefined, s: empty });
    }
    sheet.row(BODY + row, cells, heightOf(lines[row]!));
  }
  sheet.widths(levels.map(() => WIDTH));
  sheet.freeze(BODY, 0);
  sheet.print = { titleRows: [2, 3], fitWidth: true, footer: loc === 'en' ? '&CPage &P of &N' : '&CHalaman &P dari &N' };
  return sheet;
}
