/**
 * A year's realisation from its periods: which periods count as of a given period, and how they
 * make the year's value (`yearValue`: `last`, `sum`, `average`).
 *
 * @module
 */
import { readValue } from '../review/number.utils.js';
import type { Locale } from '../renderer.js';
import type { Realisation, Value, YearValue } from '../schema.js';
import type { PeriodKey, PeriodValue } from './types.js';

/** The periods of a year in order: quarters, then months. */
export const QUARTERS: readonly PeriodKey[] = Object.freeze(['q1', 'q2', 'q3', 'q4']);
/** The months of a year, `m01` to `m12`. */
export const MONTHS: readonly PeriodKey[] = Object.freeze(
  Array.from({ length: 12 }, (_, i) => `m${String(i + 1).padStart(2, '0')}` as PeriodKey),
);

/** The last month a period covers (`q2` -> 6, `m05` -> 5). */
export function periodEndMonth(period: PeriodKey): number {
  return period.startsWith('q') ? Number(period.slice(1)) * 3 : Number(period.slice(1));
}

const MONTH_NAMES = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/** A period as people say it: `Triwulan II` / `Quarter 2`, `September`. */
export function periodLabel(period: PeriodKey, locale: Locale = 'id'): string {
  const n = Number(period.slice(1));
  if (period.startsWith('q')) return locale === 'en' ? `Quarter ${n}` : `Triwulan ${['I', 'II', 'III', 'IV'][n - 1]!}`;
  return MONTH_NAMES[locale][n - 1]!;
}

/**
 * A date from the document (`2026-01-15`, or free text such as "2 Januari 2026") as a signature
 * block prints it: an ISO date in letters (`15 Januari 2026` / `15 January 2026`), anything else
 * as written.
 */
export function documentDate(text: string, locale: Locale = 'id'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return text;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime()) || d.getUTCMonth() !== Number(m[2]) - 1) return text;
  return `${d.getUTCDate()} ${MONTH_NAMES[locale][d.getUTCMonth()]!} ${d.getUTCFullYear()}`;
}

/** True when `key` is a period key. */
export function isPeriodKey(key: string): key is PeriodKey {
  return /^(?:q[1-4]|m(?:0[1-9]|1[0-2]))$/.test(key);
}

/**
 * Order of a period among all periods (quarters 0-3, then months 4-15), `-1` for a key that is
 * not a period. Read from the characters: no lookup table keyed by strings in the hot loop.
 */
function orderOf(k: string): number {
  const c = k.charCodeAt(1) - 48;
  if (k.length === 2 && k.charCodeAt(0) === 113 /* q */) return c >= 1 && c <= 4 ? c - 1 : -1;
  if (k.length !== 3 || k.charCodeAt(0) !== 109 /* m */) return -1;
  const d = k.charCodeAt(2) - 48;
  const m = c * 10 + d;
  return c >= 0 && c <= 1 && d >= 0 && d <= 9 && m >= 1 && m <= 12 ? m + 3 : -1;
}

/** The last month of a period by its order (see {@link orderOf}). */
const endMonthOfOrder = (order: number): number => (order < 4 ? (order + 1) * 3 : order - 3);

/** The periods of a realisation, in order, up to (and with) `upTo`. */
export function periodsOf(realisation: Realisation, upTo?: PeriodKey): PeriodValue[] {
  if (typeof realisation !== 'object') return [];
  const limit = upTo === undefined ? 12 : periodEndMonth(upTo);
  const record = realisation as Readonly<Record<string, Value | undefined>>;
  // Count first: the array is made at its size (a growing array keeps spare room, and reports keep their arrays).
  let count = 0;
  for (const k in record) {
    const o = orderOf(k);
    if (record[k] !== undefined && o >= 0 && endMonthOfOrder(o) <= limit) count++;
  }
  const out = new Array<PeriodValue>(count);
  let n = 0;
  let last = -1;
  let sorted = true;
  for (const k in record) {
    const v = record[k];
    const o = orderOf(k);
    if (v === undefined || o < 0 || endMonthOfOrder(o) > limit) continue;
    if (o < last) sorted = false;
    last = o;
    out[n++] = { period: k as PeriodKey, value: v };
  }
  if (!sorted) out.sort((a, b) => orderOf(a.period) - orderOf(b.period));
  return out;
}

const numeric = (v: Value): number | undefined => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  const r = readValue(v);
  return r.kind === 'number' ? r.value : undefined;
};

/**
 * The year's value: the single value as written, or from the periods by `how` (`last` the latest
 * period's value; `sum` and `average` of numeric periods, to 12 significant digits, `undefined`
 * when one is not a number).
 */
export function yearValueOf(periods: readonly PeriodValue[], how: YearValue = 'last'): Value | undefined {
  if (periods.length === 0) return undefined;
  if (how === 'last') return periods[periods.length - 1]!.value;
  let sum = 0;
  for (const p of periods) {
    const n = numeric(p.value);
    if (n === undefined) return undefined;
    sum += n;
  }
  // (rounded to 12 significant digits: binary fractions add up with noise, 54 + 54,1 + 54,8 + 57,1
  // making 219,99999999999997, whose average would fall short of a target of 55)
  return significant12(how === 'sum' ? sum : sum / periods.length);
}

/** `x` rounded to 12 significant digits, by arithmetic (no string per value). */
function significant12(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const e = 12 - Math.ceil(Math.log10(Math.abs(x)));
  // (12 digits or more before the point: no fraction left to round)
  if (e <= 0) return x;
  const m = 10 ** e;
  return Math.round(x * m) / m;
}

/** The realisation of a year as of `upTo`: its periods so far and its value. */
export function realisationAsOf(
  realisation: Realisation | undefined,
  how: YearValue | undefined,
  upTo?: PeriodKey,
): { readonly value?: Value; readonly periods: readonly PeriodValue[] } {
  if (realisation === undefined) return { periods: [] };
  if (typeof realisation !== 'object') return { value: realisation, periods: [] };
  const periods = periodsOf(realisation, upTo);
  const value = yearValueOf(periods, how);
  return value === undefined ? { periods } : { value, periods };
}
