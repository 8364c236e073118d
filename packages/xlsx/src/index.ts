/**
 * `@pokin/xlsx`: a pokin cascade as an Excel workbook (the cascading matrix, the Langkah 4
 * worksheet with merged cells, the results table), and `parseXlsx` to read a workbook back: pokin's
 * own results table or the Kertas Kerja layout as agencies type it, with limits on size and cells.
 *
 * @packageDocumentation
 */
export { renderXlsx, xlsxRenderer } from './render.js';
export { renderLkjipXlsx } from './lkjip.js';
export type { LkjipXlsxOptions } from './lkjip.js';
export { XLSX_SHEETS } from './options.js';
export type { XlsxOptions, XlsxSheet } from './options.js';
export { parseXlsx } from './read/parse.js';
export type { ParseXlsxOptions, ReadXlsx } from './read/parse.js';
export type { ReadNote } from './read/types.js';
export { XlsxReadError, formatXlsxIssue, formatXlsxPlace } from './read/errors.js';
export type { XlsxIssue, XlsxIssueCode } from './read/errors.js';
export { renderPerjanjianKinerjaXlsx, renderPetaCascadingXlsx } from './positions/render.js';
export type { PerjanjianKinerjaXlsxOptions, PetaCascadingXlsxOptions } from './positions/render.js';
