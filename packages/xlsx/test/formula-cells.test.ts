/**
 * Formula cells read by the value Excel or LibreOffice last calculated and saved beside the
 * formula (`<c><f>..</f><v>..</v></c>`), as if typed: numbers, text (`t="str"`), shared formulas,
 * percent formats. A formula with no saved value (a file openpyxl wrote) and one whose saved value
 * is an error are one clear error each; the cells read from formulas are told once, as a note.
 */
import { describe, expect, it } from 'vitest';
import { XlsxReadError, formatXlsxIssue, parseXlsx } from '@pokin/xlsx';
import { GOAL_ROW, RESULTS_HEADER, makeXlsx, sheetXml, type RawCell } from './support.js';

/** Style 1 is Excel's built-in "0%", style 2 its built-in date. */
const STYLES =
  '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="14"/></cellXfs></styleSheet>';

/** A formula cell: `v` its saved value (`undefined`: none, as openpyxl writes it), `attrs` the `<c>`'s further attributes. */
const formula = (f: string, v: string | undefined, attrs = ''): RawCell => ({
  xml: `<c r="REF"${attrs}><f>${f.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</f><v>${v ?? ''}</v></c>`,
});

/** The goal row with cells replaced by column (0-based). */
const goal = (changes: Record<number, RawCell>): RawCell[] => GOAL_ROW.map((c, i) => changes[i] ?? c);

/** A second row, an ultimate outcome under G1 (target 2026: 3), with cells replaced by column. */
const SECOND_ROW: RawCell[] = ['G2', 'G1', '', 'ultimate-outcome', 'Sasaran', '', 'IK dua', '%', 'up', 2024, 2, 3];
const second = (changes: Record<number, RawCell>): RawCell[] => SECOND_ROW.map((c, i) => changes[i] ?? c);

const read = (rows: RawCell[][], name = 'Hasil') => parseXlsx(makeXlsx(sheetXml(rows), STYLES, name));

function failure(rows: RawCell[][]): XlsxReadError {
  try {
    read(rows);
  } catch (e) {
    expect(e).toBeInstanceOf(XlsxReadError);
    return e as XlsxReadError;
  }
  throw new Error('parseXlsx did not throw');
}

describe('a formula cell with a saved value reads as that value', () => {
  it('a number, as typed', () => {
    const r = read([RESULTS_HEADER, goal({ 11: formula('K2*1.5', '1.5') })]);
    expect(r.cascade.result('G1')!.indicators[0]!.targets).toEqual({ '2026': 1.5 });
  });

  it('a text (t="str"), trimmed as typed text is', () => {
    const r = read([RESULTS_HEADER, goal({ 4: formula('"Meningkatnya "&G2', ' Meningkatnya IK satu ', ' t="str"') })]);
    expect(r.cascade.result('G1')!.statement).toBe('Meningkatnya IK satu');
  });

  it('a shared formula: the first cell writes it, the others only name it', () => {
    const r = read([
      RESULTS_HEADER,
      goal({ 11: { xml: '<c r="REF"><f t="shared" ref="L2:L3" si="0">K2*2</f><v>2</v></c>' } }),
      second({ 11: { xml: '<c r="REF"><f t="shared" si="0"/><v>4</v></c>' } }),
    ]);
    expect(r.cascade.result('G2')!.indicators[0]!.targets).toEqual({ '2026': 4 });
    expect(r.cascade.result('G1')!.indicators[0]!.targets).toEqual({ '2026': 2 });
  });

  it('a number in a percent format, as the percentage shown', () => {
    const r = read([RESULTS_HEADER, goal({ 11: formula('K2/100*83', '0.83', ' s="1"') })]);
    expect(r.cascade.result('G1')!.indicators[0]!.targets).toEqual({ '2026': 83 });
  });

  it('an empty text (t="str" with an empty saved value) is an empty cell, not a missing value', () => {
    const r = read([RESULTS_HEADER, goal({ 11: formula('IF(K2>0,"",1)', '', ' t="str"') })]);
    expect(r.cascade.result('G1')!.indicators[0]!.targets).toBeUndefined();
  });

  it('is told once per sheet, with how many cells and the first, in both languages; no note without formulas', () => {
    const r = read([
      RESULTS_HEADER,
      goal({ 10: formula('1*1', '1'), 11: formula('K2+1', '2') }),
      second({ 1: { xml: '<c r="REF" t="str"><f>A2</f><v>G1</v></c>' } }),
    ]);
    expect(r.cascade.result('G2')!.parent).toBe('G1');
    const notes = r.notes.filter((n) => n.text.id.includes('rumus'));
    expect(notes).toEqual([
      {
        sheet: 'Hasil',
        text: {
          id: '3 sel berisi rumus dibaca dari nilai yang terakhir dihitung dan disimpan Excel atau LibreOffice (pertama: sel K2); pokin tidak menjalankan rumus',
          en: '3 cells holding formulas were read as the values Excel or LibreOffice last calculated and saved (first: cell K2); pokin does not run formulas',
        },
      },
    ]);
    expect(read([RESULTS_HEADER, GOAL_ROW]).notes).toEqual([]);
  });
});

describe('a formula cell pokin cannot read is one clear error', () => {
  it('no saved value (openpyxl writes an empty <v>): open and save in Excel or LibreOffice', () => {
    const e = failure([RESULTS_HEADER, goal({ 11: formula('K2/J2*100', undefined) })]);
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({ code: 'formula', sheet: 'Hasil', cell: 'L2', column: 'target_2026' });
    expect(formatXlsxIssue(e.issues[0]!)).toBe(
      'lembar "Hasil", sel L2 (kolom "target_2026"): sel berisi rumus (=K2/J2*100) tanpa nilai tersimpan: berkas ini ditulis oleh program dan belum pernah dihitung; pokin tidak menjalankan rumus. Buka berkas di Excel atau LibreOffice lalu simpan, atau salin sel lalu tempel sebagai nilai (Tempel Spesial > Nilai)',
    );
    expect(formatXlsxIssue(e.issues[0]!, 'en')).toBe(
      'sheet "Hasil", cell L2 (column "target_2026"): the cell holds a formula (=K2/J2*100) with no saved value: a program wrote the file and nothing has calculated it; pokin does not run formulas. Open the file in Excel or LibreOffice and save it, or copy the cells and paste them as values (Paste Special > Values)',
    );
  });

  it('no <v> at all, a text formula with none, and a shared formula naming its first cell', () => {
    const e = failure([
      RESULTS_HEADER,
      goal({ 4: { xml: '<c r="REF" t="str"><f>G2</f></c>' }, 11: { xml: '<c r="REF"><f t="shared" ref="L2:L3" si="3">K2*2</f></c>' } }),
      second({ 11: { xml: '<c r="REF"><f t="shared" si="3"/></c>' } }),
    ]);
    expect(e.issues.map((i) => [i.code, i.cell])).toEqual([
      ['formula', 'E2'],
      ['formula', 'L2'],
      ['formula', 'L3'],
    ]);
    expect(e.issues[2]!.text.id).toContain('sel berisi rumus (=K2*2, rumus bersama dari sel L2) tanpa nilai tersimpan');
    expect(e.issues[2]!.text.en).toContain('the cell holds a formula (=K2*2, shared from cell L2) with no saved value');
  });

  it('an error as its saved value: the formula, the error and what to fix', () => {
    const e = failure([RESULTS_HEADER, goal({ 11: formula('K2/0', '#DIV/0!', ' t="e"') })]);
    expect(e.issues).toHaveLength(1);
    expect(formatXlsxIssue(e.issues[0]!)).toBe(
      'lembar "Hasil", sel L2 (kolom "target_2026"): rumus (=K2/0) menghasilkan galat #DIV/0! di Excel: pembaginya nol atau sel kosong: isi sel pembaginya; perbaiki rumus atau sel yang dirujuknya, simpan, lalu baca lagi',
    );
    expect(formatXlsxIssue(e.issues[0]!, 'en')).toBe(
      'sheet "Hasil", cell L2 (column "target_2026"): the formula (=K2/0) gives the error #DIV/0! in Excel: it divides by zero or an empty cell: fill in the divisor; fix the formula or the cells it refers to, save, and read the file again',
    );
    expect(e.code).toBe('error-value');
  });

  it('an error Excel has no hint for still names the formula; a typed error value keeps its own message', () => {
    const e = failure([RESULTS_HEADER, goal({ 10: { xml: '<c r="REF" t="e"><v>#N/A</v></c>' }, 11: formula('X1', '#SPILL!', ' t="e"') })]);
    expect(e.issues.map((i) => i.text.id)).toEqual([
      'sel berisi nilai galat #N/A: perbaiki sel ini di Excel',
      'rumus (=X1) menghasilkan galat #SPILL! di Excel; perbaiki rumus atau sel yang dirujuknya, simpan, lalu baca lagi',
    ]);
  });

  it('a formula whose saved value is a date is refused as a typed date is', () => {
    const e = failure([RESULTS_HEADER, goal({ 11: formula('TODAY()', '46000', ' s="2"') })]);
    expect(e.issues.map((i) => [i.code, i.cell])).toEqual([['date', 'L2']]);
  });
});

describe('formulas in a Kertas Kerja', () => {
  const HEADER = ['GOAL / ULTIMATE OUTCOME', 'ULTIMATE OUTCOME', 'INTERMEDIATE OUTCOME', 'KETERANGAN'];

  it('read by their saved values; the note counts only the cells read', () => {
    const r = read([
      HEADER,
      [
        'Meningkatnya kualitas ASN',
        formula('"Meningkatnya "&"kinerja ASN"', 'Meningkatnya kinerja ASN', ' t="str"'),
        '',
        formula('1+1', '2'),
      ],
      ['', '', 'Meningkatnya kompetensi ASN', ''],
    ]);
    expect(r.cascade.results().map((x) => x.statement)).toEqual([
      'Meningkatnya kualitas ASN',
      'Meningkatnya kinerja ASN',
      'Meningkatnya kompetensi ASN',
    ]);
    expect(r.notes.filter((n) => n.text.id.includes('rumus')).map((n) => n.text.id)).toEqual([
      '1 sel berisi rumus dibaca dari nilai yang terakhir dihitung dan disimpan Excel atau LibreOffice (pertama: sel B2); pokin tidak menjalankan rumus',
    ]);
    expect(r.notes.find((n) => n.text.id.includes('rumus'))!.text.en).toMatch(/^1 cell holding formulas was read as the value Excel/);
  });

  it('with no saved value: named by cell, level column and formula', () => {
    const e = failure([HEADER, ['Meningkatnya kualitas ASN', formula('A2', undefined), '', '']]);
    expect(e.issues).toHaveLength(1);
    expect(formatXlsxIssue(e.issues[0]!)).toMatch(
      /^lembar "Hasil", sel B2 \(kolom "ULTIMATE OUTCOME"\): sel berisi rumus \(=A2\) tanpa nilai tersimpan/,
    );
  });
});
