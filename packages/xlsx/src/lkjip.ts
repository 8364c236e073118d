/**
 * `renderLkjipXlsx`: the capaian tables of a year as an Excel workbook, for `pokin report --to xlsx`.
 *
 * @module
 */
import { UsageError, achievement, type AchievementOptions, type Cascade, type Locale } from '@pokin/core';
import { SharedStrings } from './sheet.js';
import { lkjipSheet, monevSheet } from './sheets/lkjip.js';
import { StyleSheet } from './styles.js';
import { buildWorkbook } from './workbook.js';

/** Options of {@link renderLkjipXlsx}: the year (as of a period) and how capaian is computed, as core's `achievement`. */
export interface LkjipXlsxOptions extends AchievementOptions {
  /** Language of sheet names, titles and headers. @default 'id' */
  readonly locale?: Locale;
}

/**
 * Renders the capaian of `options.year` (as of `options.period`) as a workbook of two sheets: the
 * LKjIP table (chapter III of the Laporan Kinerja) with the capaian per tier and for the document,
 * and the quarterly monitoring table (*monev triwulan*). Numbers are numbers (capaian in percent
 * with two decimals), text is never a formula. Pure and synchronous; runs in browsers too.
 *
 * ```ts
 * const bytes = renderLkjipXlsx(cascade, { year: 2026, period: 'q3' });
 * ```
 *
 * @throws `UsageError` for an option it cannot use (a locale, or what `achievement` refuses).
 */
export function renderLkjipXlsx(cascade: Cascade, options: LkjipXlsxOptions): Uint8Array {
  const locale: Locale = options.locale ?? 'id';
  if (locale !== 'id' && locale !== 'en')
    throw new UsageError(`@pokin/xlsx renderLkjipXlsx: unknown locale "${String(locale)}"; use "id" or "en"`);
  const report = achievement(cascade, options);
  const meta = { title: cascade.title, ...(cascade.agency?.name === undefined ? {} : { agency: cascade.agency.name }) };
  const styles = new StyleSheet();
  const strings = new SharedStrings();
  const book = { report, meta, locale, styles, strings };
  const sheets = [{ sheet: lkjipSheet(book) }, { sheet: monevSheet(book) }];
  return buildWorkbook(sheets, styles, strings, { title: `${cascade.title} (${report.year})`, language: locale === 'en' ? 'en' : 'id-ID' });
}
