/**
 * Options of `renderXlsx`, resolved once into {@link Settings}.
 *
 * @module
 */
import { UsageError, type Locale } from '@pokin/core';

/** The sheets `renderXlsx` can write. */
export type XlsxSheet = 'matrix' | 'worksheet' | 'results';

/** All sheets, in the order they are written. */
export const XLSX_SHEETS: readonly XlsxSheet[] = Object.freeze(['matrix', 'worksheet', 'results']);

/** Options of `renderXlsx`. */
export interface XlsxOptions {
  /**
   * Language of sheet names, headers, labels and the polarity words (`naik`/`up`).
   * @default 'id'
   */
  readonly locale?: Locale;
  /**
   * Which sheets to write, in this order: `matrix` (the cascading matrix), `worksheet` (Langkah 4
   * with merged cells) and `results` (the table `parseXlsx` reads back).
   * @default ['matrix', 'worksheet', 'results']
   */
  readonly sheets?: readonly XlsxSheet[];
  /**
   * Target years that get a column in the matrix.
   * @default the years of the document's period, else every target year
   */
  readonly years?: readonly string[];
}

/** Options resolved once at the entry. */
export interface Settings {
  readonly locale: Locale;
  readonly sheets: readonly XlsxSheet[];
  readonly years: readonly string[] | undefined;
}

/** Resolves options; throws a `UsageError` on a value it cannot use. */
export function resolveOptions(options: XlsxOptions = {}): Settings {
  const locale = options.locale ?? 'id';
  if (locale !== 'id' && locale !== 'en')
    throw new UsageError(`@pokin/xlsx renderXlsx: unknown locale "${String(locale)}"; use "id" or "en"`);
  const sheets: readonly XlsxSheet[] = options.sheets ?? XLSX_SHEETS;
  if (!Array.isArray(sheets) || sheets.length === 0)
    throw new UsageError('@pokin/xlsx renderXlsx: sheets must name at least one of "matrix", "worksheet", "results"');
  for (const s of sheets as readonly unknown[]) {
    if (!XLSX_SHEETS.includes(s as XlsxSheet))
      throw new UsageError(`@pokin/xlsx renderXlsx: unknown sheet "${String(s)}"; use "matrix", "worksheet" or "results"`);
  }
  if (options.years !== undefined && !options.years.every((y) => /^\d{4}$/.test(y)))
    throw new UsageError('@pokin/xlsx renderXlsx: years must be four-digit strings such as "2026"');
  return { locale, sheets: [...new Set(sheets)], years: options.years };
}

/** Sheet names by language. */
export const SHEET_NAMES: Readonly<Record<XlsxSheet, { readonly id: string; readonly en: string }>> = Object.freeze({
  matrix: { id: 'Matriks Cascading', en: 'Cascading Matrix' },
  worksheet: { id: 'Langkah 4', en: 'Step 4 Worksheet' },
  results: { id: 'Tabel Kinerja', en: 'Results' },
});

/** The hidden sheet that carries the document-level parts (title, agency, period, levels, context, csf). */
export const META_SHEET = 'pokin';
