/**
 * `renderCsv` and the `csvRenderer` plug-in.
 *
 * @module
 */
import type { Cascade, Renderer } from '@pokin/core';
import { resolveOptions, type CsvOptions } from './options.js';
import { writeResults } from './results.js';
import { writeWorksheet } from './worksheet.js';
import { CsvWriter } from './writer.js';

/**
 * Renders a cascade as CSV: the tidy `results` shape (the default; `parseCsv` reads it back) or
 * the Langkah 4 `worksheet` shape, in the `rfc4180` (default), `excel` or `excel-id` profile.
 * Text cells that a spreadsheet would run as a formula get a leading `'`; numbers are written bare.
 *
 * ```ts
 * const csv = renderCsv(cascade, { profile: 'excel-id' });
 * ```
 */
export function renderCsv(cascade: Cascade, options?: CsvOptions): string {
  const settings = resolveOptions(options);
  const out = new CsvWriter(settings);
  if (settings.shape === 'worksheet') writeWorksheet(cascade, settings, out);
  else writeResults(cascade, settings, out);
  return out.toString();
}

/** The CSV renderer as a plug-in for the CLI and third parties. */
export const csvRenderer: Renderer<CsvOptions> = Object.freeze({
  name: 'csv',
  mediaType: 'text/csv',
  extension: 'csv',
  render: renderCsv,
});
