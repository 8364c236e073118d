/**
 * `@pokin/csv`: a pokin cascade as CSV, in the tidy `results` shape (one row per indicator, for
 * scripts, spreadsheets and databases) or the Langkah 4 `worksheet` shape, in the `rfc4180`,
 * `excel` and `excel-id` profiles, with spreadsheet-formula neutralisation; and `parseCsv` to read
 * the `results` shape back into a `Cascade`.
 *
 * @packageDocumentation
 */
export { renderCsv, csvRenderer, writeCsvChunks } from './render.js';
export { parseCsv, parseCsvLocated } from './parse.js';
export type { CsvNote, CsvPlace, LocatedCsv, ParseCsvOptions } from './parse.js';
export type { Delimiter } from './read.js';
export { CsvParseError } from './errors.js';
export type { CsvColumnRef, CsvIssue, CsvIssueCode } from './errors.js';
export { CSV_COLUMNS } from './columns.js';
export type { CsvColumn, CsvColumnKind } from './columns.js';
export { PROFILES } from './options.js';
export type { CsvOptions, CsvProfile, CsvShape, ProfileSettings } from './options.js';
export { DANGEROUS_LEADS } from './cell.js';
export type { Decimal } from './cell.js';
