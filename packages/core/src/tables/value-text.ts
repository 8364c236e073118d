/**
 * A target, a baseline or a realisation as a printed table shows it, in the reader's language.
 *
 * @module
 */
import type { Value } from '../schema.js';

/**
 * A value as printed: a number with the Indonesian decimal comma (`79,5`) or the English point
 * (`79.5`), its digits as written (no rounding); a text as it is.
 *
 * @param value - the value; `undefined` prints as `empty`.
 * @param locale - `'id'` (default) or `'en'`.
 * @param empty - what an absent value prints as. @default ''
 */
export function valueText(value: Value | undefined, locale: 'id' | 'en' = 'id', empty = ''): string {
  if (value === undefined) return empty;
  if (typeof value === 'string') return value;
  const text = String(value);
  return locale === 'id' ? text.replace('.', ',') : text;
}
