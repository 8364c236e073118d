/**
 * The cascading matrix sheet (*matriks cascading*): core's `cascadingMatrix` rows, a title, two
 * header rows (groups over the target years, the penanggung jawab and the budget codes), result
 * cells merged over their indicator rows, tier colours as in the diagram, printed A4 landscape
 * with the header rows on every page and page numbers.
 *
 * @module
 */
import { TIER_COLORS, cascadingMatrix, localize, matrixCell, matrixColumnGroups, type Cascade, type MatrixColumn } from '@pokin/core';
import type { Settings } from '../options.js';
import { SheetBuilder, type Cell, type SharedStrings } from '../sheet.js';
import type { CellStyle, StyleSheet } from '../styles.js';
import { heightOf, lineCount, needsQuote } from '../text.js';

function widthOf(column: MatrixColumn): number {
  const k = column.key;
  if (k === 'number') return 7;
  if (k.startsWith('tier:')) return 30;
  if (k === 'indicator') return 36;
  if (k === 'unit') return 11;
  if (k === 'baseline') return 12;
  if (k.startsWith('target:')) return 9;
  if (k === 'owner-unit' || k === 'owner-position') return 18;
  return 15;
}

/** The columns whose numbers are values (kondisi awal, targets): grouped by thousands. The row number is not, and years are text. */
const isValueColumn = (key: string): boolean => key === 'baseline' || key.startsWith('target:');

/** The decimals a number's shortest form shows (81.5: 1), or `undefined` for one best left to General (1e21, 83.3333333). */
function decimalsOf(v: number): number | undefined {
  const s = String(v);
  if (s.includes('e')) return undefined;
  const dot = s.indexOf('.');
  const d = dot === -1 ? 0 : s.length - dot - 1;
  return d <= 6 ? d : undefined;
}

/** The characters a number shows in a grouped format with `d` decimals (12500000: "12.500.000", 10). */
function groupedLength(v: number, d: number): number {
  const digits = Math.trunc(Math.abs(v)).toString().length;
  return digits + Math.floor((digits - 1) / 3) + (d > 0 ? d + 1 : 0) + (v < 0 ? 1 : 0);
}

/** Writes the matrix sheet. */
export function matrixSheet(cascade: Cascade, name: string, settings: Settings, styles: StyleSheet, strings: SharedStrings): SheetBuilder {
  const loc = settings.locale;
  const matrix = cascadingMatrix(cascade, settings.years === undefined ? {} : { years: settings.years });
  const cols = matrix.columns;
  const last = cols.length - 1;
  const sheet = new SheetBuilder(name, strings);
  const style = (s: CellStyle, text?: string | number) =>
    typeof text === 'string' && needsQuote(text) ? styles.quotedId(s) : styles.id(s);

  // Title and subtitle.
  const title = `${loc === 'en' ? 'Cascading Matrix' : 'Matriks Cascading Kinerja'}: ${cascade.title}`;
  sheet.row(0, [{ c: 0, v: title, s: style({ bold: true, size: 13 }, title) }], 20);
  sheet.merge(0, 0, 0, last);
  const sub = [
    cascade.agency?.name,
    cascade.period === undefined ? undefined : `${loc === 'en' ? 'Period' : 'Periode'} ${cascade.period.start}-${cascade.period.end}`,
  ]
    .filter((s) => s !== undefined)
    .join(' | ');
  sheet.row(1, sub === '' ? [] : [{ c: 0, v: sub, s: style({}, sub) }]);
  if (sub !== '') sheet.merge(1, 0, 1, last);

  // Two header rows: groups above, labels below; a column without a group spans both.
  const head: CellStyle = { bold: true, fill: '#e8eaed', border: true, wrap: true, horizontal: 'center', vertical: 'center' };
  const groupRow: Cell[] = [];
  const labelRow: Cell[] = [];
  for (const g of matrixColumnGroups(cols)) {
    for (let c = g.first; c < g.first + g.span; c++) {
      const col = cols[c]!;
      const tier = col.key.startsWith('tier:') ? TIER_COLORS[col.key.slice(5) as keyof typeof TIER_COLORS] : undefined;
      const s = tier === undefined ? style(head) : style({ ...head, fill: tier.fill });
      const label = localize(col.label, loc);
      if (g.group === undefined) {
        groupRow.push({ c, v: label, s });
        labelRow.push({ c, v: undefined, s });
        sheet.merge(2, c, 3, c);
      } else {
        groupRow.push({ c, v: c === g.first ? localize(g.group, loc) : undefined, s });
        labelRow.push({ c, v: label, s });
      }
    }
    if (g.group !== undefined) sheet.merge(2, g.first, 2, g.first + g.span - 1);
  }
  sheet.row(2, groupRow, 18);
  sheet.row(3, labelRow, 30);

  // Body: result cells merged over the result's rows.
  const widths = cols.map(widthOf);
  const body: CellStyle = { border: true, wrap: true, vertical: 'top' };
  const tierStyle = Object.fromEntries(Object.entries(TIER_COLORS).map(([tier, c]) => [tier, { ...body, fill: c.fill }])) as Record<
    string,
    CellStyle
  >;
  // Lines each row needs for its own cells, and each result's cells over its rows: a result
  // whose text needs more lines than its rows have shares the rest out over them.
  const rows = matrix.rows;
  const bodyCells: Cell[][] = [];
  const lines: number[] = [];
  let first = 0;
  let resultLines = 1;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const cells: Cell[] = [];
    let own = 1;
    if (row.first) {
      first = i;
      resultLines = 1;
    }
    for (let c = 0; c < cols.length; c++) {
      const col = cols[c]!;
      const v = matrixCell(matrix, row, col, loc);
      const s = col.key.startsWith('tier:') && v !== undefined ? tierStyle[row.tier]! : body;
      if (col.scope === 'result') {
        if (row.first) {
          cells.push({ c, v, s: style(s, v) });
          if (row.span > 1) sheet.merge(4 + i, c, 4 + i + row.span - 1, c);
          if (typeof v === 'string') resultLines = Math.max(resultLines, lineCount(v, widths[c]!));
        } else cells.push({ c, v: undefined, s: style(body) });
      } else {
        // 155000 shows as 155.000 to an Indonesian reader (the separators are the reader's Excel's).
        const d = typeof v === 'number' && isValueColumn(col.key) ? decimalsOf(v) : undefined;
        cells.push({ c, v, s: style(d === undefined ? s : { ...s, grouped: d }, v) });
        // A column too narrow for a number shows "###": widen it to the widest.
        if (d !== undefined) widths[c] = Math.max(widths[c]!, groupedLength(v as number, d) + 2);
        if (typeof v === 'string') own = Math.max(own, lineCount(v, widths[c]!));
      }
    }
    bodyCells.push(cells);
    lines.push(own);
    if (i === first + row.span - 1 || i === rows.length - 1) {
      const have = lines.slice(first).reduce((a, b) => a + b, 0);
      const span = i - first + 1;
      for (let k = 0; k < span && have < resultLines; k++) lines[first + k]! += Math.ceil((resultLines - have) / span);
    }
  }
  bodyCells.forEach((cells, i) => sheet.row(4 + i, cells, heightOf(lines[i]!)));
  sheet.widths(widths);
  sheet.freeze(4, 0);
  sheet.print = { titleRows: [3, 4], fitWidth: true, footer: loc === 'en' ? '&CPage &P of &N' : '&CHalaman &P dari &N' };
  return sheet;
}
