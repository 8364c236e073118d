/**
 * `renderXlsx` and the `xlsxRenderer` plug-in.
 *
 * @module
 */
import { localize, type Cascade, type Renderer } from '@pokin/core';
import { META_SHEET, SHEET_NAMES, resolveOptions, type XlsxOptions } from './options.js';
import { SharedStrings, type SheetBuilder } from './sheet.js';
import { matrixSheet } from './sheets/matrix.js';
import { metaSheet, resultsSheet } from './sheets/results.js';
import { worksheetSheet } from './sheets/worksheet.js';
import { StyleSheet } from './styles.js';
import { buildWorkbook, type WorkbookSheet } from './workbook.js';

/**
 * Renders a cascade as an Excel workbook (.xlsx bytes): the cascading matrix, the Langkah 4
 * worksheet with merged cells and the results table (what `parseXlsx` reads back), with sheet
 * names and headers in Bahasa Indonesia (or English). Text is always a text cell, never a formula;
 * numbers are numbers. Pure and synchronous; runs in browsers as well as Node.
 *
 * ```ts
 * const bytes = renderXlsx(cascade, { locale: 'id' });
 * ```
 */
export function renderXlsx(cascade: Cascade, options?: XlsxOptions): Uint8Array {
  const settings = resolveOptions(options);
  const styles = new StyleSheet();
  const strings = new SharedStrings();
  const sheets: WorkbookSheet[] = settings.sheets.map((kind) => {
    const name = localize(SHEET_NAMES[kind], settings.locale);
    const build: Record<typeof kind, () => SheetBuilder> = {
      matrix: () => matrixSheet(cascade, name, settings, styles, strings),
      worksheet: () => worksheetSheet(cascade, name, settings, styles, strings),
      results: () => resultsSheet(cascade, name, settings, styles, strings),
    };
    return { sheet: build[kind]() };
  });
  sheets.push({ sheet: metaSheet(cascade, META_SHEET, strings), hidden: true });
  return buildWorkbook(sheets, styles, strings, { title: cascade.title, language: settings.locale === 'en' ? 'en' : 'id-ID' });
}

/** The .xlsx renderer as a plug-in for the CLI and third parties. */
export const xlsxRenderer: Renderer<XlsxOptions, Uint8Array> = Object.freeze({
  name: 'xlsx',
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  extension: 'xlsx',
  render: renderXlsx,
});
