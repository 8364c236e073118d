/**
 * Reading target and baseline values as numbers. Documents written in Indonesia use `,` as the
 * decimal mark and `.` to group thousands ("9,27", "1.234,5"); values may carry a unit or a
 * comparison ("75%", "≥ 80", "Rp 1.500"); a range such as "9,27-9,09", or "3±1" (a centre and its
 * half-width), is a band, not a number.
 *
 * @module
 */
import type { Value } from '../schema.js';

/** What {@link readValue} makes of a value. */
export type ReadValue =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'range'; readonly low: number; readonly high: number }
  /** A grade on an ordinal scale (SAKIP predikat AA..D, BPK opinion WTP..TMP): higher rank is better. */
  | { readonly kind: 'grade'; readonly rank: number; readonly scale: 'sakip' | 'opini' }
  | { readonly kind: 'text' };

// The minus sign (U+2212) as an escape: the build keeps its output ASCII (tsup.base.ts) and cannot
// escape the raw text of a template itself.
const NUMBER = String.raw`[-\u2212]?\d[\d.,]*`;
const PREFIX = /^(?:rp\.?|idr|[<>≤≥=~±]=?|kurang dari|lebih dari|minimal|maksimal|min\.?|maks\.?|max\.?)\s*/i;
const SUFFIX_WORDS = ['%', 'persen', 'poin', 'point', 'orang', 'dokumen', 'laporan', 'unit', 'kali', 'indeks', 'nilai', 'jiwa'];

/**
 * `raw` without a trailing unit word ("75 %", "12 orang."): a scan from the end, so a long run of
 * spaces costs one pass (the pattern `\s*(?:%|...)$` it replaces was quadratic on "1" + spaces + "x").
 */
function cutSuffix(raw: string): string {
  let end = raw.length;
  if (end > 0 && raw.charCodeAt(end - 1) === 46) end--; // a closing "."
  const lower = raw.slice(Math.max(0, end - 8), end).toLowerCase();
  for (const w of SUFFIX_WORDS) {
    if (lower.endsWith(w)) {
      let at = end - w.length;
      while (at > 0 && isSpace(raw.charCodeAt(at - 1))) at--;
      return raw.slice(0, at);
    }
  }
  return raw;
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
const SINGLE = new RegExp(`^${NUMBER}$`);
const RANGE = new RegExp(`^(${NUMBER})\\s*(?:[-–—]|s\\.?\\s*d\\.?|sampai|hingga|to)\\s*(${NUMBER})$`, 'i');
/** A band written as its centre and half-width: "3±1", "2,5 ± 1 %" (an inflation target), "3 +/- 1". */
const BAND = new RegExp(`^(${NUMBER})\\s*(?:\u00b1|\\+\\/?-)\\s*(${NUMBER})$`);
/** "75", "9,27", "12.5": one number without grouping, the common case. */
const PLAIN = /^-?\d{1,3}(?:,\d+)?$|^-?\d+(?:,\d+)?$|^-?\d+\.\d{1,2}$|^-?\d+\.\d{4,}$/;
const SAKIP = ['d', 'c', 'cc', 'b', 'bb', 'a', 'aa'];
const OPINI = ['tmp', 'tw', 'wdp', 'wtp'];

/** The rank of the top grade of each grade scale of {@link readValue}: SAKIP AA, an unqualified BPK opinion (WTP). */
export const TOP_GRADE_RANK: Readonly<Record<'sakip' | 'opini', number>> = { sakip: SAKIP.length - 1, opini: OPINI.length - 1 };

const DIGITS_APART = /\d\s+\d/;
const SPACE_GROUPED = /^[-−]?[1-9]\d{0,2}(?: \d{3})+(?:[.,]\d+)?$/;

/**
 * Parses an Indonesian or international number string: "9,27" → 9.27, "1.234,5" → 1234.5,
 * "1.234" → 1234 (dot groups thousands), "1,234.5" → 1234.5, "12.5" → 12.5, "1 500 000" →
 * 1500000. Returns `undefined` when the string is not one number ("100 13" is two).
 */
export function parseIndonesianNumber(text: string): number | undefined {
  const t = text.trim();
  // Digits on both sides of a space are two numbers ("100 13", a cell holding two values), unless
  // the spaces group thousands ("1 500 000").
  if (DIGITS_APART.test(t) && !SPACE_GROUPED.test(t)) return undefined;
  let s = t.replace(/\s+/g, '').replace('−', '-');
  if (!SINGLE.test(s)) return undefined;
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    // Both marks: the last one is the decimal mark.
    s = comma > dot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (comma >= 0) {
    // Only commas: Indonesian decimal comma, unless several commas group thousands ("1,234,567").
    if (s.indexOf(',') !== comma) {
      if (!/^-?[1-9]\d{0,2}(?:,\d{3})+$/.test(s)) return undefined;
      s = s.replace(/,/g, '');
    } else s = s.replace(',', '.');
  } else if (dot >= 0) {
    // Only dots: thousands groups when every group after the first has three digits ("1.234",
    // "12.345.678") and the first is not 0 ("0.125" is a decimal).
    if (/^-?[1-9]\d{0,2}(?:\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
    else if (s.indexOf('.') !== dot) return undefined;
  }
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** Reads a target or baseline value: a number, a range, a grade, or free text. */
export function readValue(value: Value): ReadValue {
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'text' };
  if (PLAIN.test(value)) return { kind: 'number', value: Number(value.replace(',', '.')) };
  const raw = value.trim();
  const lower = raw.toLowerCase();
  const sakip = SAKIP.indexOf(lower);
  if (sakip >= 0) return { kind: 'grade', rank: sakip, scale: 'sakip' };
  const opini = OPINI.indexOf(lower);
  if (opini >= 0) return { kind: 'grade', rank: opini, scale: 'opini' };
  const s = cutSuffix(raw.replace(PREFIX, ''));
  const single = parseIndonesianNumber(s);
  if (single !== undefined) return { kind: 'number', value: single };
  const m = RANGE.exec(s);
  if (m !== null) {
    const a = parseIndonesianNumber(m[1]!);
    const b = parseIndonesianNumber(m[2]!);
    if (a !== undefined && b !== undefined) return { kind: 'range', low: Math.min(a, b), high: Math.max(a, b) };
  }
  const band = BAND.exec(s);
  if (band !== null) {
    const c = parseIndonesianNumber(band[1]!);
    const h = parseIndonesianNumber(band[2]!);
    if (c !== undefined && h !== undefined && h >= 0) return { kind: 'range', low: c - h, high: c + h };
  }
  return { kind: 'text' };
}

/**
 * A comparable score of a value for direction checks: the number, or a grade's rank on its scale.
 * Ranges and free text give `undefined` (they are skipped).
 */
export function comparable(v: ReadValue): { readonly score: number; readonly scale: string } | undefined {
  if (v.kind === 'number') return { score: v.value, scale: 'number' };
  if (v.kind === 'grade') return { score: v.rank, scale: v.scale };
  return undefined;
}
