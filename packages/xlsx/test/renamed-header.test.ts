/**
 * A results sheet with one required header renamed ("Kinerja" to "Kinerja Utama") is named as
 * such, with the column it lacks, rather than as a workbook with no sheet pokin can read.
 */
import { describe, expect, it } from 'vitest';
import { XlsxReadError, formatXlsxIssue, parseXlsx } from '@pokin/xlsx';
import { GOAL_ROW, RESULTS_HEADER, makeXlsx, sheetXml } from './support.js';

const failure = (bytes: Uint8Array): XlsxReadError => {
  try {
    parseXlsx(bytes);
  } catch (e) {
    if (e instanceof XlsxReadError) return e;
    throw e;
  }
  throw new Error('parseXlsx did not throw');
};

describe('a results header with a required column renamed', () => {
  it('names the sheet and the column it lacks, in both languages', () => {
    const header = RESULTS_HEADER.map((h) => (h === 'statement' ? 'Kinerja Utama' : h));
    const e = failure(makeXlsx(sheetXml([header, GOAL_ROW])));
    expect(e.issues).toHaveLength(1);
    expect(formatXlsxIssue(e.issues[0]!)).toBe(
      'lembar "Sheet1": lembar ini berbentuk tabel kinerja, tetapi tajuknya tidak memuat kolom "Kinerja": kembalikan nama tajuk kolom itu (baris 1)',
    );
    expect(formatXlsxIssue(e.issues[0]!, 'en')).toMatch(/has no column "Statement" \(statement\)/);
  });

  it('a sheet that is no results table at all still gets the general message', () => {
    const e = failure(
      makeXlsx(
        sheetXml([
          ['Nama', 'Alamat'],
          ['a', 'b'],
        ]),
      ),
    );
    expect(formatXlsxIssue(e.issues[0]!)).toMatch(/^tidak ada lembar yang bisa dibaca/);
  });
});
