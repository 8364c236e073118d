/**
 * The cascading matrix (*matriks cascading*, as a Renstra or PK annex prints it) from core's row
 * model: one row per indicator, the result in the column of its tier (coloured as in the tree),
 * IK, satuan, kondisi awal, target per year, penanggung jawab and the program, kegiatan and sub
 * kegiatan codes; result cells span their indicator rows and continue over pages with
 * "(lanjutan)"; a column empty on every row is left out. Printed when the document has something the worksheet does not show: a target,
 * a baseline, an owner or a budget code.
 *
 * @module
 */
import {
  cascadingMatrix,
  localize,
  matrixCell,
  matrixColumnGroups,
  valueText,
  type Cascade,
  type CascadingMatrix,
  type Locale,
  type MatrixColumn,
  type Tier,
} from '@pokin/core';
import { measureText } from '../layout-source.js';
import { t } from '../labels.js';
import { TIER_COLORS, type PdfSettings } from '../options.js';
import { head } from './cells.js';
import { PAD } from './table-cell.js';
import type { Cell, TableSpec } from './table.js';

/** Text size of the matrix, smaller than the other tables: it has many columns. */
const SIZE = 7;

/** Relative width of a column. */
function weight(c: MatrixColumn): number {
  if (c.key.startsWith('tier:')) return 1.9;
  if (c.key === 'indicator') return 2.2;
  if (c.key.startsWith('target:')) return 0.7;
  if (c.key === 'owner-unit' || c.key === 'owner-position') return 1.2;
  return 1; // number, satuan, kondisi awal, budget codes
}

/** Longest word of `text`, in points at the matrix size. */
function longestWord(text: string, bold: boolean): number {
  let max = 0;
  for (const w of text.split(/\s+/)) if (w.length > 0) max = Math.max(max, measureText(w, SIZE, bold));
  return max;
}

/** Most of the width a column's longest word may claim beyond its share: a longer word is broken. */
const WORD_CAP = 0.15;
/** Least width of a column whose longest word is broken, in points: a few characters. */
const FLOOR = 6 * SIZE + 2 * PAD;

/**
 * Column widths: each at least as wide as its longest word (so "2025" or "Perizinan" is never
 * broken), the rest of the width shared by weight; scaled down when even that does not fit. A
 * word wider than its column's share and a sixth or so of the table (a 130-character token with
 * no space) does not widen the column: it is broken at the cell's width, and the other columns
 * keep theirs.
 */
function widths(matrix: CascadingMatrix, cols: readonly MatrixColumn[], width: number, locale: Locale): number[] {
  const total = cols.reduce((n, c) => n + weight(c), 0);
  const share = cols.map((c) => (width * weight(c)) / total);
  const words = cols.map((c) => {
    let w = longestWord(localize(c.label, locale), true);
    for (const row of matrix.rows) {
      const v = matrixCell(matrix, row, c, locale);
      if (v !== undefined) w = Math.max(w, longestWord(valueText(v, locale), c.key === `tier:${row.tier}`));
    }
    return w + 2 * PAD + 1;
  });
  // A column whose longest word is wider than its share and the cap gets what the other columns'
  // words leave, up to the cap (and at least a few characters' room).
  const over = words.map((w, i) => w > Math.max(share[i]!, WORD_CAP * width));
  const others = words.reduce((n, w, i) => (over[i] ? n : n + w), 0);
  const count = over.filter(Boolean).length;
  const min = words.map((w, i) => (over[i] ? Math.max(FLOOR, Math.min(WORD_CAP * width, (width - others) / count)) : w));
  const least = min.reduce((a, b) => a + b, 0);
  if (least >= width) return min.map((w) => (w * width) / least);
  // Share the rest by weight, then take from columns above their share what the narrow ones need.
  const need = share.reduce((n, w, i) => n + Math.max(0, min[i]! - w), 0);
  const room = share.reduce((n, w, i) => n + Math.max(0, w - min[i]!), 0);
  return share.map((w, i) => (w < min[i]! ? min[i]! : w - ((w - min[i]!) * need) / room));
}

/** Whether the matrix would show more than the worksheet: a target, a baseline, an owner or a budget code. */
function hasMatrixData(cascade: Cascade): boolean {
  return cascade
    .results()
    .some(
      (r) =>
        r.owner !== undefined || r.budget !== undefined || r.indicators.some((i) => i.targets !== undefined || i.baseline !== undefined),
    );
}

/** The matrix as a table, or undefined when the document has nothing the worksheet does not show. */
export function matrixTable(cascade: Cascade, s: PdfSettings, width: number): TableSpec | undefined {
  if (!hasMatrixData(cascade)) return undefined;
  const { locale } = s;
  const matrix = cascadingMatrix(cascade);
  // Columns empty on every row (no budget codes anywhere, say) are left out: paper is narrow.
  const cols = matrix.columns.filter(
    (c) => c.key === 'number' || c.key.startsWith('tier:') || matrix.rows.some((row) => matrixCell(matrix, row, c) !== undefined),
  );
  const columns = widths(matrix, cols, width, locale);
  const fillOf = (c: MatrixColumn): string | undefined =>
    c.key.startsWith('tier:') ? TIER_COLORS[c.key.slice('tier:'.length) as Tier].fill : undefined;
  const groups = matrixColumnGroups(cols);
  const top: Cell[] = groups.map((g) =>
    g.group === undefined
      ? head(g.first, localize(cols[g.first]!.label, locale), 1, fillOf(cols[g.first]!), 2, SIZE)
      : head(g.first, localize(g.group, locale), g.span, undefined, 1, SIZE),
  );
  const labels: Cell[] = groups
    .filter((g) => g.group !== undefined)
    .flatMap((g) =>
      cols.slice(g.first, g.first + g.span).map((c, k) => head(g.first + k, localize(c.label, locale), 1, fillOf(c), 1, SIZE)),
    );
  function* rows(): Iterable<Cell[]> {
    for (const row of matrix.rows) {
      const cells: Cell[] = [];
      cols.forEach((col, i) => {
        if (col.scope === 'result' && !row.first) return;
        const v = matrixCell(matrix, row, col, locale);
        const own = col.key === `tier:${row.tier}`;
        cells.push({
          column: i,
          ...(col.scope === 'result' && row.span > 1 ? { rowspan: row.span } : {}),
          paras: v === undefined ? [] : [{ text: valueText(v, locale), size: SIZE, bold: own, heading: col.scope === 'result' }],
          ...(own ? { fill: TIER_COLORS[row.tier].fill } : {}),
        });
      });
      yield cells;
    }
  }
  return { columns, header: [top, labels], rows: rows(), continued: t('continuedMark', locale) };
}
