/**
 * `renderPerjanjianKinerjaXlsx` and `renderPetaCascadingXlsx`: the position outputs of Langkah 5
 * as one-sheet workbooks, for agencies that keep (and sort, and filter) them in Excel.
 *
 * @module
 */
import { UsageError, type Cascade, type Locale } from '@pokin/core';
import { SharedStrings } from '../sheet.js';
import { StyleSheet } from '../styles.js';
import { buildWorkbook } from '../workbook.js';
import { W, petaTable, pkTable, say } from './sheets.js';
import { positionSheet } from './table.js';

/** Options of {@link renderPerjanjianKinerjaXlsx}. */
export interface PerjanjianKinerjaXlsxOptions {
  /**
   * The year of the agreements.
   * @default the first year of the document's period, else the current year
   */
  readonly year?: number;
  /**
   * Only the positions whose title, unit or official's name contains this text (case ignored).
   * @default every position that owns a result
   */
  readonly position?: string;
  /** Language of the sheet name and headers. @default 'id' */
  readonly locale?: Locale;
}

/** Options of {@link renderPetaCascadingXlsx}. */
export interface PetaCascadingXlsxOptions {
  /**
   * The target years shown.
   * @default the years of the document's period (at most 10), else every target year found
   */
  readonly years?: readonly number[];
  /** Language of the sheet name and headers. @default 'id' */
  readonly locale?: Locale;
}

function localeOf(fn: string, locale: Locale | undefined): Locale {
  const l = locale ?? 'id';
  if (l !== 'id' && l !== 'en') throw new UsageError(`@pokin/xlsx ${fn}: locale must be "id" or "en"`);
  return l;
}

const isYear = (y: number): boolean => Number.isInteger(y) && y >= 1900 && y <= 2200;

/**
 * The Perjanjian Kinerja annexes of a year as a workbook: one table, a row per indicator, with the
 * position (Pihak Pertama), its official and NIP, the superior (Pihak Kedua), the sasaran, IK,
 * satuan and the year's target. Text is never a formula; numbers are numbers. Pure.
 *
 * @throws `UsageError` for an option it cannot use.
 */
export function renderPerjanjianKinerjaXlsx(cascade: Cascade, options: PerjanjianKinerjaXlsxOptions = {}): Uint8Array {
  const locale = localeOf('renderPerjanjianKinerjaXlsx', options.locale);
  const year = options.year ?? cascade.period?.start ?? new Date().getFullYear();
  if (!isYear(year)) throw new UsageError(`@pokin/xlsx renderPerjanjianKinerjaXlsx: year must be a whole year, got ${String(year)}`);
  const needle = options.position?.trim().toLowerCase() || undefined;
  const { head, rows } = pkTable(cascade, year, locale, needle);
  const styles = new StyleSheet();
  const strings = new SharedStrings();
  const title = say(W.pkTitle, locale, year);
  const sheet = positionSheet(
    {
      name: say(W.pkSheet, locale, year),
      title,
      subtitle: cascade.agency?.name ?? cascade.title,
      widths: [5, 28, 24, 22, 20, 24, 36, 40, 10, 12],
      head,
      rows,
      locale,
    },
    styles,
    strings,
  );
  return buildWorkbook([{ sheet }], styles, strings, { title, language: locale === 'en' ? 'en' : 'id-ID' });
}

/**
 * The peta cascading per position as a workbook: one table, a row per indicator, with the
 * position, its type, official and NIP, the result and its level, the IK, satuan and the targets
 * per year. Text is never a formula; numbers are numbers. Pure.
 *
 * @throws `UsageError` for an option it cannot use.
 */
export function renderPetaCascadingXlsx(cascade: Cascade, options: PetaCascadingXlsxOptions = {}): Uint8Array {
  const locale = localeOf('renderPetaCascadingXlsx', options.locale);
  if (options.years !== undefined && !options.years.every(isYear))
    throw new UsageError('@pokin/xlsx renderPetaCascadingXlsx: years must be whole years such as 2026');
  const years = options.years ?? yearsOf(cascade);
  const { head, subhead, rows } = petaTable(cascade, years, locale);
  const styles = new StyleSheet();
  const strings = new SharedStrings();
  const title = say(W.petaTitle, locale);
  const sheet = positionSheet(
    {
      name: say(W.petaSheet, locale),
      title,
      subtitle: cascade.agency?.name ?? cascade.title,
      widths: [5, 28, 24, 14, 22, 20, 36, 14, 40, 10, ...years.map(() => 9)],
      head,
      subhead,
      rows,
      locale,
    },
    styles,
    strings,
  );
  return buildWorkbook([{ sheet }], styles, strings, { title, language: locale === 'en' ? 'en' : 'id-ID' });
}

/** The period's years (at most 10), else every target year. */
function yearsOf(cascade: Cascade): number[] {
  const p = cascade.period;
  if (p !== undefined) return Array.from({ length: Math.min(p.end - p.start + 1, 10) }, (_, i) => p.start + i);
  const found = new Set<number>();
  for (const r of cascade.results()) for (const i of r.indicators) for (const y of Object.keys(i.targets ?? {})) found.add(Number(y));
  return [...found].sort((a, b) => a - b).slice(0, 10);
}
