/**
 * A Renstra table heads its years on two rows: "Target" merged over the year columns, the years
 * under it (and "Realisasi 2025" over TW1 ... TW4). The results sheet reads each such column as
 * named by both rows.
 */
import { describe, expect, it } from 'vitest';
import { parseXlsx } from '@pokin/xlsx';
import { makeXlsx, sheetXml } from './support.js';

const TOP = ['Kode', 'Induk', 'Level', 'Kinerja', 'Indikator Kinerja', 'Satuan', 'Target', '', 'Realisasi 2025', ''];
const SUB = ['', '', '', '', '', '', 2025, 2026, 'TW1', 'TW 2'];
const MERGES =
  '<mergeCells count="8"><mergeCell ref="A1:A2"/><mergeCell ref="B1:B2"/><mergeCell ref="C1:C2"/><mergeCell ref="D1:D2"/>' +
  '<mergeCell ref="E1:E2"/><mergeCell ref="F1:F2"/><mergeCell ref="G1:H1"/><mergeCell ref="I1:J1"/></mergeCells>';
const ROW = ['G1', '', 'goal', 'Meningkatnya ketahanan pangan', 'Skor PPH', 'Skor', 85, 86, 80, 84.5];

describe('a results header on two rows', () => {
  it('names the year and quarter columns by the merged header above and the year or quarter below', () => {
    const read = parseXlsx(makeXlsx(sheetXml([TOP, SUB, ROW], MERGES), undefined, 'Tabel Kinerja'));
    const [g1] = read.cascade.results();
    expect(g1!.indicators[0]).toMatchObject({ targets: { '2025': 85, '2026': 86 }, realisations: { '2025': { q1: 80, q2: 84.5 } } });
    expect(read.notes.map((n) => n.text.id)).toContain(
      'tajuk dibaca dari dua baris: 4 kolom dinamai dengan tajuk di atasnya dan tahun atau triwulan di bawahnya (mis. "Target 2026")',
    );
    expect(read.locate(['results', 0, 'statement'])).toEqual({ sheet: 'Tabel Kinerja', cell: 'D3' });
  });

  it('reads the row under a one-row header as data, whatever it holds', () => {
    const header = ['Kode', 'Induk', 'Level', 'Kinerja', 'Indikator Kinerja', 'Satuan', 'Target 2025'];
    const read = parseXlsx(makeXlsx(sheetXml([header, ROW.slice(0, 7)]), undefined, 'Tabel Kinerja'));
    expect(read.cascade.results().map((r) => r.id)).toEqual(['G1']);
  });
});
