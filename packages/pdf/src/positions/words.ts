/**
 * What the position outputs (Perjanjian Kinerja annex, peta cascading) share: how a value is
 * written, and the locale check.
 *
 * @module
 */
import { UsageError, valueText, type Locale, type Value } from '@pokin/core';

/** A word in both languages. */
export type Words = { readonly id: string; readonly en: string };

/** A target as printed: a number with a decimal comma (Indonesian) or point (English), text as given, a dash when none. */
export const show = (v: Value | undefined, locale: Locale): string => valueText(v, locale, '–');

/** The position outputs' locale, checked. */
export function positionLocale(fn: string, locale: Locale | undefined): Locale {
  const l = locale ?? 'id';
  if (l !== 'id' && l !== 'en') throw new UsageError(`@pokin/pdf ${fn}: locale must be "id" or "en"`);
  return l;
}
