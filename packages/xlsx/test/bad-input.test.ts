/**
 * Malformed workbooks get one clear line each, in Bahasa Indonesia, naming the sheet and cell:
 * not a zip, encrypted, a zip bomb, a million empty rows, formulas no spreadsheet has calculated,
 * dates where numbers belong, error values, overlapping merged ranges, too many cells, XML with
 * entities.
 */
import { describe, expect, it } from 'vitest';
import { UsageError } from '@pokin/core';
import { XlsxReadError, formatXlsxIssue, parseXlsx, type ParseXlsxOptions } from '@pokin/xlsx';
import { GOAL_ROW, RESULTS_HEADER, makeXlsx, sheetXml } from './support.js';

function failure(bytes: Uint8Array, options?: ParseXlsxOptions): XlsxReadError {
  try {
    parseXlsx(bytes, options);
  } catch (e) {
    expect(e).toBeInstanceOf(XlsxReadError);
    return e as XlsxReadError;
  }
  throw new Error('parseXlsx did not throw');
}

const lines = (e: XlsxReadError) => e.issues.map((i) => formatXlsxIssue(i));

describe('parseXlsx refuses bad workbooks with one clear line', () => {
  it('not a zip', () => {
    const e = failure(new TextEncoder().encode('result_id,parent_id\nG1,\n'));
    expect(e.code).toBe('not-zip');
    expect(lines(e)).toEqual([
      'bukan berkas .xlsx (isinya bukan arsip zip): simpan dari Excel atau LibreOffice sebagai "Buku Kerja Excel (*.xlsx)" (File > Simpan Sebagai)',
    ]);
  });

  it('an encrypted workbook (an OLE compound file) and a zip entry with the encryption flag', () => {
    const cfb = new Uint8Array(512);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(failure(cfb).code).toBe('encrypted');
    const zip = makeXlsx(sheetXml([RESULTS_HEADER, GOAL_ROW]));
    // Set bit 0 (encrypted) of the first central directory entry's flags.
    const view = new DataView(zip.buffer, zip.byteOffset);
    for (let i = zip.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x06054b50) {
        const cd = view.getUint32(i + 16, true);
        view.setUint16(cd + 8, 1, true);
        break;
      }
    }
    expect(lines(failure(zip))[0]).toMatch(/^berkas ini terenkripsi/);
  });

  it('a zip bomb stops at the unzipped limit', () => {
    const big = sheetXml([RESULTS_HEADER, GOAL_ROW], '', ' '.repeat(8 * 1024 * 1024));
    const e = failure(makeXlsx(big), { maxUnzippedBytes: 2 * 1024 * 1024 });
    expect(e.code).toBe('limit');
    expect(lines(e)[0]).toMatch(/^ditolak: isi berkas setelah dibuka melebihi batas 2 MB/);
  });

  it('a sheet of a million empty rows reads (the rows are skipped), and a cell limit refuses a huge one', () => {
    let empty = '';
    for (let r = 3; r <= 1_000_002; r++) empty += `<row r="${r}"/>`;
    const read = parseXlsx(makeXlsx(sheetXml([RESULTS_HEADER, GOAL_ROW], '', empty)));
    expect(read.cascade.size).toBe(1);
    const e = failure(makeXlsx(sheetXml([RESULTS_HEADER, GOAL_ROW, GOAL_ROW])), { maxCells: 20 });
    expect(e.code).toBe('limit');
    expect(lines(e)[0]).toBe('lembar "Sheet1": ditolak: lembar "Sheet1" berisi lebih dari 20 sel terisi');
  }, 60_000);

  it('a formula with no saved value, an error value and a date are named by sheet and cell', () => {
    const styles =
      '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    const row = [
      'G1',
      '',
      '',
      'goal',
      // As openpyxl writes a formula: an empty saved value.
      { xml: '<c r="REF"><f>UPPER("tujuan")</f><v></v></c>' },
      '',
      'IK',
      '%',
      'up',
      2024,
      { xml: '<c r="REF" t="e"><v>#N/A</v></c>' },
      { xml: '<c r="REF" s="1"><v>45000</v></c>' },
    ];
    const e = failure(makeXlsx(sheetXml([RESULTS_HEADER, row]), styles));
    expect(e.issues.map((i) => [i.code, i.sheet, i.cell, i.column])).toEqual([
      ['formula', 'Sheet1', 'E2', 'statement'],
      ['error-value', 'Sheet1', 'K2', 'baseline_value'],
      ['date', 'Sheet1', 'L2', 'target_2026'],
    ]);
    expect(lines(e)[0]).toMatch(
      /^lembar "Sheet1", sel E2 \(kolom "statement"\): sel berisi rumus \(=UPPER\("tujuan"\)\) tanpa nilai tersimpan/,
    );
    expect(formatXlsxIssue(e.issues[2]!, 'en')).toMatch(
      /^sheet "Sheet1", cell L2 \(column "target_2026"\): the cell holds a date where a number or text belongs/,
    );
  });

  it('overlapping merged ranges in a Kertas Kerja', () => {
    const rows = [
      ['GOAL / ULTIMATE OUTCOME', 'ULTIMATE OUTCOME', 'INTERMEDIATE OUTCOME'],
      ['Tujuan', 'Sasaran', 'Antara'],
      ['', '', 'Antara dua'],
      ['', 'Sasaran dua', ''],
    ];
    const e = failure(makeXlsx(sheetXml(rows, '<mergeCells count="2"><mergeCell ref="A2:A4"/><mergeCell ref="A3:B4"/></mergeCells>')));
    expect(e.issues[0]).toMatchObject({ code: 'merge-overlap', sheet: 'Sheet1', cell: 'A3:B4' });
  });

  it('XML with a DOCTYPE entity, a damaged part, a workbook without a known sheet', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>';
    expect(failure(makeXlsx(bomb)).code).toBe('corrupt');
    expect(failure(makeXlsx('<worksheet><sheetData><row>')).code).toBe('corrupt');
    const e = failure(
      makeXlsx(
        sheetXml([
          ['Nama', 'Alamat'],
          ['a', 'b'],
        ]),
      ),
    );
    expect(e.code).toBe('no-sheet');
    expect(lines(e)[0]).toMatch(/^tidak ada lembar yang bisa dibaca/);
  });

  it('errors of the table keep their cell: a missing parent, a bad polarity, an unknown level', () => {
    const e = failure(
      makeXlsx(sheetXml([RESULTS_HEADER, GOAL_ROW, ['U1', 'G9', '', 'sasaranx', 'Sasaran', '', 'IK', '%', 'ke atas', '', '', '']])),
    );
    expect(e.issues.map((i) => [i.code, i.cell])).toEqual([['bad-polarity', 'I3']]);
    const e2 = failure(
      makeXlsx(sheetXml([RESULTS_HEADER, GOAL_ROW, ['U1', 'G9', '', 'sasaranx', 'Sasaran', '', 'IK', '%', 'naik', '', '', '']])),
    );
    expect(e2.issues.map((i) => [i.code, i.cell])).toEqual([
      ['unknown-level', 'D3'],
      ['missing-parent', 'B3'],
    ]);
  });

  it('a UsageError for input that is not bytes', () => {
    expect(() => parseXlsx('x' as never)).toThrow(UsageError);
  });
});
