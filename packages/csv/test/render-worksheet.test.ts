import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { renderCsv } from '@pokin/csv';
import { bkpsdm, cells, sampleDocument } from './helpers.js';

const ID_HEADERS = [
  'Goal / Ultimate Outcome',
  'IK Goal / Ultimate Outcome',
  'Ultimate Outcome',
  'IK Ultimate Outcome',
  'Intermediate Outcome',
  'IK Intermediate Outcome',
  'Immediate Outcome',
  'IK Immediate Outcome',
  'Outcome',
  'IK Outcome',
  'Output',
  'IK Output',
];

describe('renderCsv, shape worksheet', () => {
  it('has a statement and an IK column per level, headers in Bahasa Indonesia by default', () => {
    expect(cells(renderCsv(bkpsdm(), { shape: 'worksheet' }))[0]).toEqual(ID_HEADERS);
  });

  it('writes English headers with locale en', () => {
    const header = cells(renderCsv(bkpsdm(), { shape: 'worksheet', locale: 'en' }))[0]!;
    expect(header.slice(0, 4)).toEqual([
      'Goal / Ultimate Outcome',
      'Indicators (Goal / Ultimate Outcome)',
      'Ultimate Outcome',
      'Indicators (Ultimate Outcome)',
    ]);
    const renstra = parseCascade({ pokin: 1, title: 't', levels: 'renstra', results: [{ id: 'T', level: 'tujuan', statement: 's' }] });
    expect(cells(renderCsv(renstra, { shape: 'worksheet', locale: 'en' }))[0]![0]).toBe('Goal');
    expect(cells(renderCsv(renstra, { shape: 'worksheet' }))[0]![0]).toBe('Tujuan');
  });

  it('writes one row per leaf of the BKPSDM tree (20 outputs), ancestors repeated on every row', () => {
    const [, ...rows] = cells(renderCsv(bkpsdm(), { shape: 'worksheet' }));
    expect(rows).toHaveLength(20);
    for (const r of rows) {
      expect(r[0]).toBe('Meningkatnya Kualitas Tata Kelola Manajemen ASN');
      expect(r[8]).toBe(''); // the optional outcome level is skipped
      expect(r[10]).not.toBe('');
    }
    expect(rows[0]![1]!.split('\n')).toHaveLength(bkpsdm().result('G1')!.indicators.length);
  });

  it("joins a result's indicators with a newline inside one quoted cell", () => {
    const csv = renderCsv(parseCascade(sampleDocument()), { shape: 'worksheet' });
    expect(csv).toContain('"Jumlah dokumen\n\'+Jumlah laporan"');
    const rows = cells(csv).slice(1);
    expect(rows.find((r) => r[10] === 'Tersusunnya Rencana Mutasi')![11]).toBe("Jumlah dokumen\n'+Jumlah laporan");
  });

  it('puts a crosscutting result under each of its parents, and a leaf above the last level ends its row early', () => {
    const rows = cells(renderCsv(parseCascade(sampleDocument()), { shape: 'worksheet' })).slice(1);
    // UO1 > IO1 > IM1 > OP1|OP2, and UO2 (crosscut by IO1) > IO1, a leaf there: its breakdown stays
    // under its primary parent, so crosscutting links never multiply the rows (issue 22).
    expect(rows.map((r) => [r[2], r[4], r[10]])).toEqual([
      ['Meningkatnya Kualitas ASN', '\'=HYPERLINK("http://evil.example","klik")', 'Tersusunnya Rencana Mutasi'],
      ['Meningkatnya Kualitas ASN', '\'=HYPERLINK("http://evil.example","klik")', 'Terlaksananya Uji Kompetensi'],
      ['Meningkatnya Kinerja Aparatur', '\'=HYPERLINK("http://evil.example","klik")', ''],
    ]);
    const lone = parseCascade({
      pokin: 1,
      title: 't',
      results: [
        { id: 'G', level: 'goal', statement: 'g' },
        { id: 'U', level: 'ultimate-outcome', statement: 'u', parent: 'G' },
      ],
    });
    expect(cells(renderCsv(lone, { shape: 'worksheet' }))[1]).toEqual(['g', '', 'u', '', '', '', '', '', '', '', '', '']);
  });

  it('with repeatAncestors false, writes an ancestor only on the first row of its group', () => {
    const rows = cells(renderCsv(bkpsdm(), { shape: 'worksheet', repeatAncestors: false })).slice(1);
    expect(rows).toHaveLength(20);
    expect(rows.filter((r) => r[0] !== '')).toHaveLength(1);
    expect(rows.filter((r) => r[2] !== '')).toHaveLength(2);
    expect(rows.filter((r) => r[10] !== '')).toHaveLength(20);
  });

  it('neutralises formulas in worksheet cells too', () => {
    const rows = cells(renderCsv(parseCascade(sampleDocument()), { shape: 'worksheet' })).slice(1);
    expect(rows[0]![4]).toBe('\'=HYPERLINK("http://evil.example","klik")');
    expect(rows[0]![5]).toBe('\'-5\nJumlah dokumen; "perencanaan"\ndan laporan');
  });
});

describe('worksheet shape on adversarial crosscutting (issue 22)', () => {
  it('grows linearly: 40 levels of two results each linked to both above stay a few rows, not 2^40', () => {
    const levels = Array.from({ length: 40 }, (_, i) => ({
      key: `l${i}`,
      label: { id: `L${i}`, en: `L${i}` },
      tier: 'operasional' as const,
    }));
    const results = levels.flatMap((l, i) =>
      ['a', 'b'].map((s) => ({
        id: `${s}${i}`,
        level: l.key,
        statement: `${s}${i}`,
        ...(i === 0 ? {} : { parent: `a${i - 1}`, contributesTo: [`b${i - 1}`] }),
      })),
    );
    const c = parseCascade({ pokin: 1, title: 't', levels, results });
    const rows = cells(renderCsv(c, { shape: 'worksheet' })).length - 1;
    expect(rows).toBeLessThanOrEqual(2 * results.length);
  });
});
