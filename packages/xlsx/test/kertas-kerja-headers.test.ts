/**
 * A Kertas Kerja as planners head and fill it: "CSF / ULTIMATE OUTCOME" and "KELUARAN" as level
 * headers, "IKU:", "IK 1:" and "- IK:" before indicators, and a column pokin does not read named
 * in a note rather than dropped without a word.
 */
import { describe, expect, it } from 'vitest';
import { parseXlsx } from '@pokin/xlsx';
import { makeXlsx, sheetXml } from './support.js';

const HEADER = ['GOAL', 'CSF / ULTIMATE OUTCOME', 'INTERMEDIATE OUTCOME', 'IMMEDIATE OUTCOME', 'KELUARAN', 'KETERANGAN'];
const ROW = [
  'Meningkatnya Kualitas Hidup\nIKU: Usia Harapan Hidup',
  'Menurunnya Angka Kematian\nIK 1: Angka Kematian Ibu\nIK 2: Angka Kematian Bayi',
  'Meningkatnya Mutu Layanan\nIndikator Kinerja (IK): Persentase puskesmas terakreditasi',
  'Meningkatnya Kepatuhan Standar\n- IK: Persentase fasilitas sesuai standar',
  'Tersedianya Dokumen Standar\nIK: Jumlah dokumen standar',
  'catatan bagian perencanaan',
];

describe('Kertas Kerja headers and IK lines as planners write them', () => {
  const read = parseXlsx(makeXlsx(sheetXml([HEADER, ROW])));
  const results = read.cascade.results();

  it('reads "CSF / ULTIMATE OUTCOME" and "KELUARAN" as their levels', () => {
    expect(results.map((r) => r.level)).toEqual(['goal', 'ultimate-outcome', 'intermediate-outcome', 'immediate-outcome', 'output']);
    expect(results[4]!.statement).toBe('Tersedianya Dokumen Standar');
  });

  it('splits the statement from its indicators after "IKU:", "IK 1:", "Indikator Kinerja (IK):" and "- IK:"', () => {
    expect(results.map((r) => r.statement)).toEqual([
      'Meningkatnya Kualitas Hidup',
      'Menurunnya Angka Kematian',
      'Meningkatnya Mutu Layanan',
      'Meningkatnya Kepatuhan Standar',
      'Tersedianya Dokumen Standar',
    ]);
    expect(results.map((r) => r.indicators.map((i) => i.statement))).toEqual([
      ['Usia Harapan Hidup'],
      ['Angka Kematian Ibu', 'Angka Kematian Bayi'],
      ['Persentase puskesmas terakreditasi'],
      ['Persentase fasilitas sesuai standar'],
      ['Jumlah dokumen standar'],
    ]);
  });

  it('names a filled column it does not read, in both languages', () => {
    const note = read.notes.find((n) => n.cell === 'F1');
    expect(note?.text.id).toMatch(/^kolom "KETERANGAN" \(1 sel terisi\) tidak dibaca: tajuknya bukan nama level/);
    expect(note?.text.en).toMatch(/^column "KETERANGAN" \(1 filled cell\) was not read/);
  });
});
