/**
 * The `matrix` shape: core's cascading matrix (*matriks cascading*), one row per indicator, the
 * result's cells (tier column, penanggung jawab, budget codes) repeated on each of its rows so the
 * file stays sortable and filterable. Headers on one line, in the requested locale.
 *
 * @module
 */
import { cascadingMatrix, localize, matrixCell, type Cascade } from '@pokin/core';
import { encodeText, encodeValue } from './cell.js';
import type { Settings } from './options.js';
import type { CsvWriter } from './writer.js';

/** Writes the header and the rows of the `matrix` shape. */
export function writeMatrix(cascade: Cascade, settings: Settings, out: CsvWriter): void {
  const matrix = cascadingMatrix(cascade);
  const cols = matrix.columns;
  out.row(cols.map((c) => encodeText(localize(c.title, settings.locale))));
  const cells = new Array<string>(cols.length);
  for (const row of matrix.rows) {
    for (let i = 0; i < cols.length; i++) {
      const col = cols[i]!;
      const v = matrixCell(matrix, row, col, settings.locale);
      cells[i] = v === undefined ? '' : col.kind === 'value' ? encodeValue(v, settings.decimal) : encodeText(String(v));
    }
    out.row(cells);
  }
}
