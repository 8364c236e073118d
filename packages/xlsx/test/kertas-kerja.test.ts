/**
 * The Kertas Kerja layout as a planner types it, in a workbook LibreOffice made: a tier row and a
 * level row, merged cells top-down, IK under "IK:" in the same cell or in the next column.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseXlsx } from '@pokin/xlsx';
import { skipWithoutSoffice, soffice, tempDir } from './support.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
type C = { text?: string; rows?: number; cols?: number } | 'covered' | '';

function cell(c: C): string {
  if (c === 'covered') return '<table:covered-table-cell/>';
  if (c === '' || c.text === undefined) return '<table:table-cell/>';
  const span = `${c.rows === undefined ? '' : ` table:number-rows-spanned="${c.rows}"`}${c.cols === undefined ? '' : ` table:number-columns-spanned="${c.cols}"`}`;
  return `<table:table-cell office:value-type="string"${span}>${c.text
    .split('\n')
    .map((l) => `<text:p>${esc(l)}</text:p>`)
    .join('')}</table:table-cell>`;
}

/** A flat ODS document with one table. */
function fods(rows: readonly (readonly C[])[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="Kertas Kerja">
${rows.map((r) => `<table:table-row>${r.map(cell).join('')}</table:table-row>`).join('\n')}
</table:table></office:spreadsheet></office:body></office:document>`;
}

const t = (text: string, rows?: number, cols?: number): C => ({
  text,
  ...(rows === undefined ? {} : { rows }),
  ...(cols === undefined ? {} : { cols }),
});

describe.skipIf(skipWithoutSoffice())('an .xlsx made by LibreOffice in the Kertas Kerja layout imports', () => {
  it('reads the tree, the statements and the indicators, and says what it guessed', () => {
    const rows: C[][] = [
      [
        t('LANGKAH 4: MELENGKAPI KINERJA YANG INGIN DIWUJUDKAN DENGAN INDIKATOR KINERJA', undefined, 6),
        'covered',
        'covered',
        'covered',
        'covered',
        'covered',
      ],
      [
        t('KINERJA STRATEGIS'),
        t('KINERJA URUSAN'),
        t('KINERJA TAKTIS', undefined, 2),
        'covered',
        t('KINERJA OPERASIONAL', undefined, 2),
        'covered',
      ],
      [t('GOAL / ULTIMATE OUTCOME'), t('ULTIMATE OUTCOME'), t('INTERMEDIATE OUTCOME'), t('IMMEDIATE OUTCOME'), t('OUTPUT'), t('IK Output')],
      [
        t('Meningkatnya Kualitas Tata Kelola Manajemen ASN\nIK: Hasil Penilaian Mandiri Penerapan Sistem Merit', 4),
        t(
          'Meningkatnya Kualitas dan Kapasitas ASN\nIK:\n- Persentase kesesuaian jabatan pegawai berdasarkan pendidikan\n- Persentase ASN bekerja sesuai kompetensi',
          3,
        ),
        t('Meningkatnya Kualitas Perencanaan dan Pengadaan ASN\n\nIK:\n1. Persentase formasi yang terpenuhi', 3),
        t('Terkelolanya Pengadaan dan Informasi Kepegawaian ASN  ', 2),
        t('Terselenggaranya Koordinasi Pengadaan PNS dan PPPK'),
        t('Jumlah dokumen koordinasi pengadaan'),
      ],
      [
        'covered',
        'covered',
        'covered',
        'covered',
        t('Terkelolanya Data Kepegawaian'),
        t('IK: Jumlah dokumen data kepegawaian\nJumlah pembaruan data'),
      ],
      ['covered', 'covered', 'covered', t('Terkelolanya Mutasi ASN'), t('Terlaksananya Mutasi ASN'), t('Jumlah ASN dimutasi')],
      ['covered', t('Meningkatnya Kinerja Aparatur Sipil Negara\nIK: Persentase pegawai berkinerja baik'), '', '', '', ''],
    ];
    const dir = tempDir();
    writeFileSync(join(dir, 'kertas.fods'), fods(rows));
    soffice(dir, ['--convert-to', 'xlsx', '--outdir', dir, join(dir, 'kertas.fods')]);
    const read = parseXlsx(new Uint8Array(readFileSync(join(dir, 'kertas.xlsx'))));
    expect(read.layout).toBe('kertas-kerja');
    expect(read.sheet).toBe('Kertas Kerja');
    const c = read.cascade;
    const tree = c.results().map((r) => [r.id, r.level, r.parent, r.statement, r.indicators.map((i) => i.statement)]);
    expect(tree).toEqual([
      ['G1', 'goal', null, 'Meningkatnya Kualitas Tata Kelola Manajemen ASN', ['Hasil Penilaian Mandiri Penerapan Sistem Merit']],
      [
        'UO1',
        'ultimate-outcome',
        'G1',
        'Meningkatnya Kualitas dan Kapasitas ASN',
        ['Persentase kesesuaian jabatan pegawai berdasarkan pendidikan', 'Persentase ASN bekerja sesuai kompetensi'],
      ],
      ['IO1', 'intermediate-outcome', 'UO1', 'Meningkatnya Kualitas Perencanaan dan Pengadaan ASN', ['Persentase formasi yang terpenuhi']],
      ['IMO1', 'immediate-outcome', 'IO1', 'Terkelolanya Pengadaan dan Informasi Kepegawaian ASN', []],
      ['OU1', 'output', 'IMO1', 'Terselenggaranya Koordinasi Pengadaan PNS dan PPPK', ['Jumlah dokumen koordinasi pengadaan']],
      ['OU2', 'output', 'IMO1', 'Terkelolanya Data Kepegawaian', ['Jumlah dokumen data kepegawaian', 'Jumlah pembaruan data']],
      ['IMO2', 'immediate-outcome', 'IO1', 'Terkelolanya Mutasi ASN', []],
      ['OU3', 'output', 'IMO2', 'Terlaksananya Mutasi ASN', ['Jumlah ASN dimutasi']],
      ['UO2', 'ultimate-outcome', 'G1', 'Meningkatnya Kinerja Aparatur Sipil Negara', ['Persentase pegawai berkinerja baik']],
    ]);
    expect(read.notes.map((n) => n.text.id)[0]).toMatch(/^kode hasil dibuat otomatis per level/);
    expect(read.locate(['results', 4, 'statement'])).toEqual({ sheet: 'Kertas Kerja', cell: 'E4' });
  }, 120_000);
});
