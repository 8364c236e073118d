/**
 * The table models: the cascading matrix rows, the column
 * table's header lookup, and the linear text scans.
 */
import { describe, expect, it } from 'vitest';
import {
  cascadingMatrix,
  columnOfHeader,
  matrixCell,
  parseCascade,
  resultsHeader,
  RESULTS_COLUMNS,
  trimCell,
  hasLooseEnds,
  valueText,
} from '@pokin/core';

describe('tables', () => {
  it('valueText prints a value as a table shows it, its digits as written', () => {
    expect(valueText(79.5)).toBe('79,5');
    expect(valueText(79.125, 'en')).toBe('79.125');
    expect(valueText(1234.5)).toBe('1.234,5');
    expect(valueText(1250)).toBe('1.250');
    expect(valueText(1300000)).toBe('1.300.000');
    expect(valueText(1300000, 'en')).toBe('1,300,000');
    expect(valueText(-2500.25, 'en')).toBe('-2,500.25');
    expect(valueText(999)).toBe('999');
    expect(valueText('2025')).toBe('2025');
    expect(valueText('1.02.02.2.01')).toBe('1.02.02.2.01');
    expect(valueText('84-85')).toBe('84-85');
    expect(valueText(undefined)).toBe('');
    expect(valueText(undefined, 'id', '–')).toBe('–');
  });

  it('the matrix: a row per indicator in tree order, outline numbers, targets of the period', () => {
    const c = parseCascade({
      pokin: 1,
      title: 't',
      period: { start: 2025, end: 2026 },
      results: [
        {
          id: 'G',
          level: 'goal',
          statement: 'g',
          indicators: [{ statement: 'i1', baseline: { year: 2024, value: 5 }, targets: { '2025': 6 } }, { statement: 'i2' }],
        },
        { id: 'U2', level: 'ultimate-outcome', statement: 'u2', parent: 'G', owner: { unit: 'Bidang' } },
        { id: 'U1', level: 'ultimate-outcome', statement: 'u1', parent: 'G' },
      ],
    });
    const m = cascadingMatrix(c);
    expect(m.years).toEqual(['2025', '2026']);
    expect(m.tiers).toEqual(['strategis', 'urusan']);
    expect(m.rows.map((r) => [r.result.id, r.number, r.first, r.span])).toEqual([
      ['G', '1', true, 2],
      ['G', '1', false, 2],
      ['U2', '1.1', true, 1],
      ['U1', '1.2', true, 1],
    ]);
    const col = (key: string) => m.columns.find((x) => x.key === key)!;
    expect(matrixCell(m, m.rows[0]!, col('target:2025'))).toBe(6);
    expect(matrixCell(m, m.rows[0]!, col('baseline'))).toBe(5);
    expect(col('baseline').label.id).toBe('Kondisi Awal 2024');
    expect(matrixCell(m, m.rows[2]!, col('owner-unit'))).toBe('Bidang');
    expect(matrixCell(m, m.rows[2]!, col('tier:strategis'))).toBeUndefined();
    expect(col('owner-unit').title.id).toBe('Unit Kerja Penanggung Jawab');
  });

  it('the matrix: a baseline of another year than the column groups its thousands in the locale', () => {
    const c = parseCascade({
      pokin: 1,
      title: 't',
      results: [
        {
          id: 'G',
          level: 'goal',
          statement: 'g',
          indicators: [
            { statement: 'i1', baseline: { year: 2023, value: 1250 } },
            { statement: 'i2', baseline: { year: 2024, value: 1234.5 } },
          ],
        },
      ],
    });
    const m = cascadingMatrix(c);
    expect(m.baselineYear).toBeUndefined();
    const baseline = m.columns.find((x) => x.key === 'baseline')!;
    expect(matrixCell(m, m.rows[0]!, baseline)).toBe('1.250 (2023)');
    expect(matrixCell(m, m.rows[0]!, baseline, 'en')).toBe('1,250 (2023)');
    expect(matrixCell(m, m.rows[1]!, baseline, 'id')).toBe('1.234,5 (2024)');
    expect(matrixCell(m, m.rows[1]!, baseline, 'en')).toBe('1,234.5 (2024)');
  });

  it('headers by key, label or alias, in either language', () => {
    for (const [h, key] of [
      ['Kondisi Awal', 'baseline_value'],
      ['kode', 'result_id'],
      ['PENANGGUNG JAWAB', 'owner_unit'],
      ['Baseline Year', 'baseline_year'],
      ['sub-kegiatan', 'budget_sub_activity'],
    ] as const) {
      expect(columnOfHeader(h)?.column.key, h).toBe(key);
    }
    expect(columnOfHeader('Target 2026')).toMatchObject({ year: '2026' });
    expect(columnOfHeader('nama')).toBeUndefined();
  });

  it('reads a quarter as Indonesian tables write it: TW1, TW I, Triwulan 2, before or after the year', () => {
    const q = (h: string) => {
      const found = columnOfHeader(h);
      return found === undefined ? undefined : [found.column.key, found.year, found.period];
    };
    expect(q('Realisasi 2025 TW1')).toEqual(['realisation_<year>_<period>', '2025', 'q1']);
    expect(q('Realisasi 2025 TW IV')).toEqual(['realisation_<year>_<period>', '2025', 'q4']);
    expect(q('REALISASI 2025 TRIWULAN III')).toEqual(['realisation_<year>_<period>', '2025', 'q3']);
    expect(q('Realisasi Triwulan 2 2025')).toEqual(['realisation_<year>_<period>', '2025', 'q2']);
    expect(q('Realisasi TW-II 2025')).toEqual(['realisation_<year>_<period>', '2025', 'q2']);
    expect(q('realisation_q1_2025')).toEqual(['realisation_<year>_<period>', '2025', 'q1']);
    expect(q('Realisasi 2025 q1')).toEqual(['realisation_<year>_<period>', '2025', 'q1']);
    expect(q('Realisasi 2025 TW5')).toBeUndefined();
    expect(q('Realisasi 2025 TWI')).toEqual(['realisation_<year>_<period>', '2025', 'q1']);
  });

  it('heads a quarter TW1 in Bahasa Indonesia, and reads that header back', () => {
    const column = RESULTS_COLUMNS.find((c) => c.key === 'realisation_<year>_<period>')!;
    expect(resultsHeader(column, 'id', '2025', 'q1')).toBe('Realisasi 2025 TW1');
    expect(resultsHeader(column, 'en', '2025', 'q1')).toBe('Realisation 2025 q1');
    expect(resultsHeader(column, 'key', '2025', 'q1')).toBe('realisation_2025_q1');
    expect(resultsHeader(column, 'id', '2025', 'm03')).toBe('Realisasi 2025 m03');
    expect(columnOfHeader(resultsHeader(column, 'id', '2025', 'q4'))).toMatchObject({ column, year: '2025', period: 'q4' });
  });

  it('trims spaces and invisible characters at the ends in linear time', () => {
    expect(trimCell('\ufeff\u200b  a b \u00a0')).toBe('a b');
    expect(hasLooseEnds('a ')).toBe(true);
    expect(hasLooseEnds('\u202ea')).toBe(true);
    expect(hasLooseEnds('a')).toBe(false);
    const spaces = `${' '.repeat(1_000_000)}x${' '.repeat(1_000_000)}`;
    expect(trimCell(spaces)).toBe('x');
  });
});
