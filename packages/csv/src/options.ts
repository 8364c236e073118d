import { optionChecks, type Locale } from '@pokin/core';
import type { Decimal } from './cell.js';

/**
 * What the CSV holds:
 * - `results`: the tidy form, one row per indicator with the columns of {@link CSV_COLUMNS};
 *   what `parseCsv` reads back.
 * - `worksheet`: the Langkah 4 layout, a statement column and an IK column per level, one row
 *   per leaf.
 * - `matrix`: the cascading matrix (*matriks cascading*): one row per indicator with kinerja by
 *   tier, IK, satuan, kondisi awal, target per year, penanggung jawab and budget codes.
 */
export type CsvShape = 'results' | 'worksheet' | 'matrix';

/**
 * How the CSV is written:
 * - `rfc4180`: `,` between fields, CRLF between records, no byte order mark (RFC 4180).
 * - `excel`: as `rfc4180` with a UTF-8 byte order mark, so Excel reads the file as UTF-8.
 * - `excel-id`: `;` between fields, CRLF, a UTF-8 byte order mark and decimal commas (`2,5`),
 *   as Excel reads CSV under Indonesian regional settings.
 */
export type CsvProfile = 'rfc4180' | 'excel' | 'excel-id';

/** Options of `renderCsv`. */
export interface CsvOptions {
  /**
   * What the CSV holds.
   * @default 'results'
   */
  readonly shape?: CsvShape;
  /**
   * Delimiter, byte order mark and decimal separator.
   * @default 'rfc4180'
   */
  readonly profile?: CsvProfile;
  /**
   * Language of the `worksheet` and `matrix` headers (level labels, `IK ...`). The `results`
   * headers are fixed column names in every locale.
   * @default 'id'
   */
  readonly locale?: Locale;
  /**
   * `worksheet` shape only: write an ancestor's statement and IK on every row below it (each row
   * stands alone when filtered or sorted), or only on the first row of its group (as the
   * printed worksheet looks with merged cells).
   * @default true
   */
  readonly repeatAncestors?: boolean;
}

/** One profile's bytes. */
export interface ProfileSettings {
  readonly delimiter: ',' | ';';
  readonly newline: '\r\n';
  readonly bom: boolean;
  readonly decimal: Decimal;
}

/** The profiles, by name. */
export const PROFILES: Readonly<Record<CsvProfile, ProfileSettings>> = Object.freeze({
  rfc4180: Object.freeze({ delimiter: ',', newline: '\r\n', bom: false, decimal: '.' }),
  excel: Object.freeze({ delimiter: ',', newline: '\r\n', bom: true, decimal: '.' }),
  'excel-id': Object.freeze({ delimiter: ';', newline: '\r\n', bom: true, decimal: ',' }),
});

/** Options resolved once at the entry; the rest of the code reads these only. */
export interface Settings extends ProfileSettings {
  readonly shape: CsvShape;
  readonly locale: Locale;
  readonly repeatAncestors: boolean;
}

const { fail, flag } = optionChecks('@pokin/csv renderCsv');

/**
 * Resolves user options into {@link Settings}, once, at the entry.
 *
 * @throws `UsageError` (from `@pokin/core`) when the options are not an object, on an unknown
 * shape, profile or locale, and when `repeatAncestors` is not a boolean.
 */
export function resolveOptions(options: CsvOptions = {}): Settings {
  if (options === null || typeof options !== 'object') fail('options must be an object');
  const shape = options.shape ?? 'results';
  const profile = options.profile ?? 'rfc4180';
  if (shape !== 'results' && shape !== 'worksheet' && shape !== 'matrix') {
    fail(`unknown shape ${JSON.stringify(shape)}; use "results", "worksheet" or "matrix"`);
  }
  const p = typeof profile === 'string' && Object.prototype.hasOwnProperty.call(PROFILES, profile) ? PROFILES[profile] : undefined;
  if (p === undefined) fail(`unknown profile ${JSON.stringify(profile)}; use "rfc4180", "excel" or "excel-id"`);
  const locale = options.locale ?? 'id';
  if (locale !== 'id' && locale !== 'en') fail(`unknown locale ${JSON.stringify(locale)}; use "id" or "en"`);
  const repeatAncestors = flag('repeatAncestors', options.repeatAncestors, true);
  return { ...(p as ProfileSettings), shape, locale, repeatAncestors };
}
