import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

const targets = (t: Record<string, unknown>, fields: Record<string, unknown> = {}) =>
  mut((d) => Object.assign(firstInd(d, 'G'), { targets: t, ...fields }));

testRule('target-not-measurable', {
  reject: [
    {
      name: 'targets "meningkat" and "baik"',
      doc: targets({ '2025': 'meningkat', '2026': 'baik', '2027': 65 }),
      says: '"meningkat", "baik"',
    },
    { name: 'a target "Ada"', doc: targets({ '2025': 'Ada', '2026': 'Ada', '2027': 'Ada' }), says: '"Ada"' },
    {
      name: 'most indicators with word targets: once for the document',
      doc: mut((d) => {
        for (const r of d.results) for (const i of r.indicators ?? []) i.targets = { '2025': 'tersedia' };
      }),
      says: 'Sebagian besar IK',
    },
    {
      name: 'a realisation pasted from a spreadsheet as its error code',
      doc: mut((d) => (firstInd(d, 'G').realisations = { '2025': '#DIV/0!' })),
      says: 'galat rumus spreadsheet (#DIV/0!)',
      count: 1,
    },
    {
      name: 'two numbers in one target cell ("71,5 52,88", a value per school level)',
      doc: targets({ '2025': '71,5 52,88', '2026': '72 53', '2027': 65 }),
      says: 'lebih dari satu angka ("71,5 52,88")',
      count: 1,
    },
    {
      name: 'a count per kind in one cell ("91 lokasi udara, 69 lokasi air")',
      doc: targets({ '2025': '91 lokasi udara, 69 lokasi air', '2026': 60, '2027': 65 }),
      says: 'lebih dari satu angka',
    },
    {
      name: 'a target that is formula text ("=80+2"): named with its year, not as two numbers',
      doc: targets({ '2025': 60, '2026': '=80+2', '2027': 65 }),
      says: 'target 2026 IK G.1 "Indeks Kesehatan Masyarakat" berupa teks rumus spreadsheet (=80+2)',
      count: 1,
    },
    {
      name: 'a baseline that is formula text',
      doc: mut((d) => (firstInd(d, 'G').baseline = { year: 2024, value: '=SUM(B2:B5)' })),
      says: 'kondisi awal',
      count: 1,
    },
    { name: 'a target "#N/A": one finding, the error', doc: targets({ '2025': '#N/A', '2026': 60, '2027': 65 }), says: '#N/A', count: 1 },
  ],
  accept: [
    { name: 'the clean document', doc: clean },
    { name: 'numbers with words and units', doc: targets({ '2025': 'Rp 1,5 miliar', '2026': 'Level 3', '2027': '≥ 80 %' }) },
    {
      name: 'a band written as centre and half-width, as inflation targets are ("3±1", "2,5 ± 1 %", Disperindag)',
      doc: targets(
        { '2025': '3±1', '2026': '2,5 ± 1 %', '2027': '2,5+/-1' },
        { statement: 'Inflasi Barang Kebutuhan Pokok pada Pasar', unit: '%' },
      ),
    },
    { name: 'grades: predikat SAKIP and BPK opinion', doc: targets({ '2025': 'BB', '2026': 'A', '2027': 'Opini WTP' }) },
    { name: 'accreditation levels', doc: targets({ '2025': 'Madya', '2026': 'Utama', '2027': 'Paripurna' }) },
    {
      name: 'an indicator valued in categories ("Status ...")',
      doc: targets({ '2025': 'Sedang', '2026': 'Tinggi', '2027': 'Tinggi' }, { statement: 'Status kesiapsiagaan bencana' }),
    },
    { name: 'a stand-in for "none"', doc: targets({ '2025': '-', '2026': 60, '2027': 65 }) },
    {
      name: 'one value written with two numbers: a ratio, a fraction, a range, a grade band, thousands in spaces',
      doc: targets({
        '2024': 'Indeks 3 (Skala 4)',
        '2025': '1:17',
        '2026': '3 dari 5 dokumen',
        '2027': 'A (80,01 - 90)',
        '2028': '1 500 000',
        '2029': '3/5',
      }),
    },
    {
      name: 'an indicator with a scale (scale-value-unknown reads its values)',
      doc: targets({ '2025': 'Madya', '2026': 'Utama', '2027': 'Paripurna' }, { scale: { Dasar: 1, Madya: 2, Utama: 3, Paripurna: 4 } }),
    },
  ],
});
