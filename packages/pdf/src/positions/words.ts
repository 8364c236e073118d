/**
 * What the position outputs (Perjanjian Kinerja annex, peta cascading) share: how a value and a
 * position type are written, and the header and page title of a position table.
 *
 * @module
 */
import { UsageError, type Locale, type PositionType, type Value } from '@pokin/core';

/** A word in both languages. */
export type Words = { readonly id: string; readonly en: string };

/** A target as printed: a number with a decimal comma, text as given, a dash when none. */
export const show = (v: Value | undefined): string => (v === undefined ? '–' : typeof v === 'number' ? String(v).replace('.', ',') : v);

/** Jenis jabatan, as the HTML pages write it. */
export const POSITION_TYPE_WORDS: Readonly<Record<PositionType, Words>> = {
  'jpt-madya': { id: 'JPT Madya', en: 'Senior executive (JPT Madya)' },
  'jpt-pratama': { id: 'JPT Pratama', en: 'Executive (JPT Pratama)' },
  administrator: { id: 'Administrator', en: 'Administrator' },
  pengawas: { id: 'Pengawas', en: 'Supervisor (Pengawas)' },
  fungsional: { id: 'Fungsional', en: 'Functional' },
  pelaksana: { id: 'Pelaksana', en: 'Staff (Pelaksana)' },
};

/** The position outputs' locale, checked. */
export function positionLocale(fn: string, locale: Locale | undefined): Locale {
  const l = locale ?? 'id';
  if (l !== 'id' && l !== 'en') throw new UsageError(`@pokin/pdf ${fn}: locale must be "id" or "en"`);
  return l;
}
