/**
 * `.xlsx` inputs: the workbook's results sheet, or its Kertas Kerja (Langkah 4) sheet, read by
 * `@pokin/xlsx` with the CLI's limits. Every problem is one line naming the sheet and cell, in the
 * user's language; what the reader guessed comes back as notes.
 *
 * @module
 */
import type { Locale } from '@pokin/core';
import { InputError, InputErrors, type Place } from '../errors.js';
import type { LoadedInput, LoadOptions } from './formats.js';

/** Most problems printed for one workbook. */
const MAX_PROBLEMS = 20;

/** Reads a workbook's bytes into a cascade; throws {@link InputError} or {@link InputErrors}. */
export async function loadXlsx(
  bytes: Uint8Array,
  file: string,
  options: LoadOptions,
  levels: unknown,
  locale: Locale,
): Promise<Pick<LoadedInput, 'cascade' | 'locate' | 'notes'>> {
  const { parseXlsx, XlsxReadError, formatXlsxPlace } = await import('@pokin/xlsx');
  const en = locale === 'en';
  try {
    const read = parseXlsx(bytes, levels === undefined ? {} : { levels: levels as never });
    if (read.cascade.size > options.maxResults) {
      throw new InputError(
        file,
        en
          ? `refused: ${read.cascade.size} results, over the limit of ${options.maxResults}; raise it with --max-results`
          : `ditolak: ${read.cascade.size} hasil, melebihi batas ${options.maxResults}; naikkan dengan --max-results`,
        { field: '--max-results' },
        'limit',
      );
    }
    const notes = read.notes.map((n) => {
      const place = formatXlsxPlace(n, locale);
      const text = en ? n.text.en : n.text.id;
      return place === '' ? text : `${place}: ${text}`;
    });
    const locate = (segments: readonly (string | number)[]): Place => {
      const at = read.locate(segments);
      if (at.cell === undefined) return {};
      // A whole row ("3:3", a result's row) reads as the row; a cell as Excel names it.
      const row = /^(\d+):\1$/.exec(at.cell);
      if (row !== null) return { row: Number(row[1]) };
      const ref = /^([A-Z]+)(\d+)$/.exec(at.cell);
      const cell = at.sheet === undefined ? at.cell : `${excelSheetName(at.sheet)}!${at.cell}`;
      if (ref === null) return { columnName: `${at.sheet}!${at.cell}`, cell };
      return { row: Number(ref[2]), column: columnNumber(ref[1]!), columnName: `${at.sheet}!${at.cell}`, cell };
    };
    return { cascade: read.cascade, locate, notes };
  } catch (e) {
    if (!(e instanceof XlsxReadError)) throw e;
    const errors = e.issues.slice(0, MAX_PROBLEMS).map((i) => {
      const place = formatXlsxPlace(i, locale);
      const text = en ? i.text.en : i.text.id;
      return new InputError(file, place === '' ? text : `${place}: ${text}`, {}, i.code === 'limit' ? 'limit' : 'parse-error');
    });
    if (e.issues.length > MAX_PROBLEMS) {
      const more = e.issues.length - MAX_PROBLEMS;
      errors.push(new InputError(file, en ? `... and ${more} more problems` : `... dan ${more} masalah lain`, {}, 'parse-error'));
    }
    throw errors.length === 1 ? errors[0]! : new InputErrors(errors);
  }
}

/** A sheet's name as Excel writes it in a reference: quoted when it is not a plain word (`'Tabel Kinerja'`). */
function excelSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The number of a column's letters: A is 1, Z 26, AA 27. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
