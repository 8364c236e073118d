/**
 * `renderCsv` and the `csvRenderer` plug-in.
 *
 * @module
 */
import { assertCascade, type Cascade, type Renderer } from '@pokin/core';
import { resolveOptions, type CsvOptions, type Settings } from './options.js';
import { writeResults } from './results.js';
import { writeMatrix } from './matrix.js';
import { writeWorksheet } from './worksheet.js';
import { CsvWriter } from './writer.js';

/**
 * Renders a cascade as CSV: the tidy `results` shape (the default; `parseCsv` reads it back), the
 * Langkah 4 `worksheet` shape or the cascading `matrix`, in the `rfc4180` (default), `excel` or `excel-id` profile.
 * Text cells that a spreadsheet would run as a formula get a leading `'`; numbers are written bare.
 *
 * ```ts
 * const csv = renderCsv(cascade, { profile: 'excel-id' });
 * ```
 */
export function renderCsv(cascade: Cascade, options?: CsvOptions): string {
  assertCascade(cascade, '@pokin/csv renderCsv');
  const settings = resolveOptions(options);
  const out = new CsvWriter(settings);
  writeShape(cascade, settings, out);
  return out.toString();
}

/** The writer of each shape. */
const SHAPES: Readonly<Record<Settings['shape'], (cascade: Cascade, settings: Settings, out: CsvWriter) => void>> = {
  results: writeResults,
  worksheet: writeWorksheet,
  matrix: writeMatrix,
};

function writeShape(cascade: Cascade, settings: Settings, out: CsvWriter): void {
  SHAPES[settings.shape](cascade, settings, out);
}

/**
 * Renders the same CSV as {@link renderCsv}, but hands the text to `write` in chunks of
 * `chunkRows` records instead of returning one string, so a cascade whose CSV would exceed the
 * largest string a JavaScript engine holds (about 512 MB in V8, reached near a million results)
 * can be streamed to a file or a response. The chunks joined equal `renderCsv(cascade, options)`.
 *
 * ```ts
 * const fd = fs.openSync('pokin.csv', 'w');
 * writeCsvChunks(cascade, (chunk) => fs.writeSync(fd, chunk), { profile: 'excel' });
 * ```
 *
 * @param chunkRows - records per chunk; default 8192.
 */
export function writeCsvChunks(cascade: Cascade, write: (chunk: string) => void, options?: CsvOptions, chunkRows = 8192): void {
  const settings = resolveOptions(options);
  const out = new CsvWriter(settings, write, chunkRows);
  writeShape(cascade, settings, out);
  out.flush();
}

/** The CSV renderer as a plug-in for the CLI and third parties. */
export const csvRenderer: Renderer<CsvOptions> = Object.freeze({
  name: 'csv',
  mediaType: 'text/csv',
  extension: 'csv',
  render: renderCsv,
});
