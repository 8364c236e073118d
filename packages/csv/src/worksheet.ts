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
import { layoutWorksheet, localize } from '@pokin/core';
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
  const layout = layoutWorksheet(cascade, 'none');
  const width = layout.columns.length * 2;
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
  // The result cells that span into the current row, by column: an ancestor is written again on
  // each of its rows when `repeatAncestors` is on.
  const open = new Array<{ cell: [string, string]; end: number } | undefined>(layout.columns.length);
  let row = 0;
  for (const starting of layout.rows()) {
    const fields = new Array<string>(width).fill('');
    for (const cell of starting) {
      if (cell.kind !== 'result') continue;
      const c = cellsOf(cell.result);
      fields[cell.column * 2] = c[0];
      fields[cell.column * 2 + 1] = c[1];
      open[cell.column] = { cell: c, end: row + cell.rowspan };
    }
    if (settings.repeatAncestors) {
      open.forEach((o, k) => {
        if (o === undefined || o.end <= row || fields[k * 2] !== '') return;
        fields[k * 2] = o.cell[0];
        fields[k * 2 + 1] = o.cell[1];
      });
    }
    out.raw(fields.join(out.delimiter));
    row++;
  }
}
