/**
 * A target, a baseline or a realisation as a printed table shows it, in the reader's language.
 *
 * @module
 */
import type { Value } from '../schema.js';

/** Digits with `sep` between groups of three from the right, when there are more than three. */
function group(digits: string, sep: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += sep;
    out += digits[i]!;
  }
  return out;
}

/**
 * A value as printed: a number with the Indonesian decimal comma (`79,5`) or the English point
 * (`79.5`), its digits as written (no rounding), thousands grouped from 1,000 on with the
 * Indonesian point (`1.300.000`) or the English comma (`1,300,000`); a text (a year, a code) as
 * it is.
 *
 * @param value - the value; `undefined` prints as `empty`.
 * @param locale - `'id'` (default) or `'en'`.
 * @param empty - what an absent value prints as. @default ''
 */
export function valueText(value: Value | undefined, locale: 'id' | 'en' = 'id', empty = ''): string {
  if (value === undefined) return empty;
  if (typeof value === 'string') return value;
  const text = String(value);
  const parts = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (parts === null) return locale === 'id' ? text.replace('.', ',') : text;
  const [, sign, whole, fraction] = parts;
  const grouped = group(whole!, locale === 'id' ? '.' : ',');
  return `${sign}${grouped}${fraction === undefined ? '' : `${locale === 'id' ? ',' : '.'}${fraction}`}`;
}
