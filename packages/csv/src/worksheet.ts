/**
 * The `worksheet` shape: the Langkah 4 layout from core's worksheet grid. Per level of the scheme
 * a statement column and an IK column (headers in the requested locale), one row per leaf. A
 * crosscutting result appears under each of its parents, as in the printed worksheet; under a
 * `contributesTo` parent it is a leaf (its breakdown stays under its primary parent), so the
 * rows grow linearly with the cascade. A skipped optional level leaves its cells empty. The IK
 * cell lists the result's indicators, one per line, each neutralised on its own.
 *
 * @module
 */
import type { Cascade, Level, ResultRecord } from '@pokin/core';
import { localize, worksheetGrid } from '@pokin/core';
import { encodeText } from './cell.js';
import type { Settings } from './options.js';
import type { CsvWriter } from './writer.js';

/** The headers of the worksheet shape: `[label, 'IK label']` per level. */
export function worksheetHeaders(levels: readonly Level[], locale: Settings['locale']): string[] {
  const out: string[] = [];
  for (const l of levels) {
    const label = localize(l.label, locale);
    out.push(label, locale === 'en' ? `Indicators (${label})` : `IK ${label}`);
  }
  return out;
}

/** Writes the header and the rows of the `worksheet` shape. */
export function writeWorksheet(cascade: Cascade, settings: Settings, out: CsvWriter): void {
  out.row(worksheetHeaders(cascade.levels, settings.locale).map(encodeText));
  const grid = worksheetGrid(cascade);
  const width = grid.levels.length * 2;
  // Serialized (quoted when needed) once per result, as an ancestor is written on many rows.
  const cells = new Map<string, [string, string]>();
  const cellsOf = (r: ResultRecord): [string, string] => {
    let c = cells.get(r.id);
    if (c === undefined) {
      c = [out.field(encodeText(r.statement)), out.field(r.indicators.map((i) => encodeText(i.statement)).join('\n'))];
      cells.set(r.id, c);
    }
    return c;
  };
  // Cells in reading order: a row is written once every cell that starts at or above it is placed.
  let next = 0;
  let row = new Array<string>(width).fill('');
  const open: { column: number; end: number; cell: [string, string] }[] = [];
  const flushUntil = (limit: number) => {
    for (; next < limit; next++) {
      // Ancestors placed on an earlier row are written again on this one.
      if (settings.repeatAncestors) {
        for (const o of open) {
          row[o.column * 2] = o.cell[0];
          row[o.column * 2 + 1] = o.cell[1];
        }
      }
      out.raw(row.join(out.delimiter));
      row = new Array<string>(width).fill('');
      for (let k = open.length - 1; k >= 0; k--) if (open[k]!.end <= next + 1) open.splice(k, 1);
    }
  };
  for (const cell of grid.cells) {
    flushUntil(cell.row);
    const c = cellsOf(cell.result);
    row[cell.column * 2] = c[0];
    row[cell.column * 2 + 1] = c[1];
    for (let k = open.length - 1; k >= 0; k--) if (open[k]!.column >= cell.column) open.splice(k, 1);
    open.push({ column: cell.column, end: cell.row + cell.rowspan, cell: c });
  }
  flushUntil(grid.rowCount);
}
