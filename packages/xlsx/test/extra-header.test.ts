/**
 * A planner adds a column the Tabel Kinerja does not have, or heads a year's column "Tahun 2026":
 * one error at the header cell, in Indonesian, saying what to write (not a list of English keys).
 */
import { describe, expect, it } from 'vitest';
import { XlsxReadError, formatXlsxIssue, parseXlsx } from '@pokin/xlsx';
import { GOAL_ROW, RESULTS_HEADER, makeXlsx, sheetXml, type RawCell } from './support.js';

const failure = (header: readonly string[], row: readonly RawCell[] = GOAL_ROW): XlsxReadError => {
  try {
    parseXlsx(makeXlsx(sheetXml([header, row]), undefined, 'Tabel Kinerja'));
  } catch (e) {
    if (e instanceof XlsxReadError) return e;
    throw e;
  }
  throw new Error('parseXlsx did not throw');
};

describe('a header the results table does not know', () => {
  it('a year column headed "Tahun 2026" is told to be "Target 2026", in both languages', () => {
    const e = failure(RESULTS_HEADER.map((h) => (h === 'target_2026' ? 'Tahun 2026' : h)));
    expect(e.issues).toHaveLength(1);
    expect(formatXlsxIssue(e.issues[0]!)).toBe(
      'lembar "Tabel Kinerja", sel L1 (kolom "Tahun 2026"): kolom "Tahun 2026" tidak dikenal: untuk target tahun 2026 beri tajuk "Target 2026", untuk realisasinya "Realisasi 2026" (per triwulan "Realisasi 2026 TW1")',
    );
    expect(formatXlsxIssue(e.issues[0]!, 'en')).toContain('head the 2026 target "Target 2026"');
  });

  it('an extra column names the known columns by their Indonesian labels', () => {
    const e = failure([...RESULTS_HEADER, 'No'], [...GOAL_ROW, 1]);
    expect(e.issues).toHaveLength(1);
    const id = formatXlsxIssue(e.issues[0]!);
    expect(id).toMatch(/^lembar "Tabel Kinerja", sel M1 \(kolom "No"\): kolom "No" tidak dikenal: hapus kolom itu/);
    expect(id).toContain('kolom yang dikenal: Kode, Induk, Mendukung Juga, Level, Kinerja, Kode IK, Indikator Kinerja, Satuan');
    expect(id).toContain('Target <tahun>');
    expect(id).not.toContain('result_id');
  });

  it('"Keterangan" beside "Catatan" is named as the same column, not as a column written twice', () => {
    const e = failure([...RESULTS_HEADER, 'Catatan', 'Keterangan'], [...GOAL_ROW, 'a', 'b']);
    expect(e.issues).toHaveLength(1);
    expect(formatXlsxIssue(e.issues[0]!)).toBe(
      'lembar "Tabel Kinerja", sel N1 (kolom "Keterangan"): kolom "Keterangan" sama dengan kolom "Catatan" (kolom 13): hapus salah satunya, atau satukan isinya',
    );
  });

  it('a row copied and reworded without a new Kode is one error at its Kode cell, not one per column', () => {
    const other = ['G1', '', '', 'goal', 'Tujuan lain', '', 'IK lain', '%', 'up', 2024, 1, 2];
    const header = [...RESULTS_HEADER, 'owner_unit'];
    let e: XlsxReadError | undefined;
    try {
      parseXlsx(makeXlsx(sheetXml([header, [...GOAL_ROW, 'Sekretariat'], [...other, 'Bidang A']]), undefined, 'Tabel Kinerja'));
    } catch (x) {
      e = x as XlsxReadError;
    }
    expect(e?.issues).toHaveLength(1);
    expect(formatXlsxIssue(e!.issues[0]!)).toBe(
      'lembar "Tabel Kinerja", sel A3 (kolom "result_id"): result_id "G1" sudah dipakai kinerja lain di baris 2 ("Tujuan"): beri kinerja di baris ini kode sendiri; IK kedua dari kinerja yang sama mengulang kode dan kinerjanya, atau mengosongkannya',
    );
  });
});

describe('a column without a header', () => {
  const header = RESULTS_HEADER.map((h) => (h === 'contributes_to' ? '' : h));

  it('is no column while nothing is under it (a spacer column, a header cleared)', () => {
    const read = parseXlsx(makeXlsx(sheetXml([header, GOAL_ROW]), undefined, 'Tabel Kinerja'));
    expect(read.cascade.results().map((r) => r.id)).toEqual(['G1']);
  });

  it('with a value under it is one error naming the column and the value, not "kolom """', () => {
    const row = GOAL_ROW.map((v, i) => (i === 2 ? 'catatan' : v));
    const e = (() => {
      try {
        parseXlsx(makeXlsx(sheetXml([header, row, row.map((v, i) => (i === 0 ? 'G2' : v))]), undefined, 'Tabel Kinerja'));
      } catch (x) {
        return x as XlsxReadError;
      }
      throw new Error('parseXlsx did not throw');
    })();
    expect(e.issues.map((i) => formatXlsxIssue(i))).toEqual([
      'lembar "Tabel Kinerja", sel C2: kolom ke-3 tidak bertajuk tetapi berisi "catatan": beri tajuk kolom itu (misalnya "Catatan"), atau kosongkan selnya',
    ]);
  });
});
