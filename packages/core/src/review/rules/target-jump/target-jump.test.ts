import { withFirst, clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('target-jump', {
  reject: [
    {
      name: 'a step far beyond the others',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'G'), {
          statement: 'Angka harapan hidup',
          unit: 'Tahun',
          baseline: { year: 2024, value: 70.1 },
          targets: { '2025': 70.3, '2026': 71.8, '2027': 72.0 },
        }),
      ),
      says: '71,8',
    },
    {
      name: 'a percentage more than doubling in a year, beyond its other steps (0 -> 14 -> 30 -> 40 -> 50 %)',
      doc: withFirst('I', {
        statement: 'Persentase Puskesmas mampu PKRE terpadu',
        unit: '%',
        baseline: { year: 2011, value: 0 },
        targets: { '2012': 14, '2013': 30, '2014': 40, '2015': 50, '2016': 60 },
      }),
      says: '30',
    },
    {
      name: 'a percentage doubling in a year',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'M'), { baseline: { year: 2024, value: 20 }, targets: { '2025': 45, '2026': 50, '2027': 55 } }),
      ),
    },
    {
      name: 'a count whose kondisi awal is a total of years (72 documents, then 12 a year)',
      doc: withFirst('O0a', { baseline: { year: 2025, value: 72 }, targets: { '2026': 12, '2027': 12, '2028': 12 } }),
      says: 'Kondisi awal (72)',
    },
  ],
  accept: [
    {
      name: 'a step from zeros that stand for cells not filled in (0, 0, 70,5, 71, 72)',
      doc: withFirst('I', {
        unit: 'indeks',
        baseline: { year: 2024, value: 0 },
        targets: { '2025': 0, '2026': 70.5, '2027': 71, '2028': 72 },
      }),
    },
    {
      name: 'a count whose kondisi awal is written in percent ("100%", then 26 documents): a unit to fix, not a total',
      doc: withFirst('O0a', { baseline: { year: 2025, value: '100%' }, targets: { '2026': 26, '2027': 26, '2028': 26 } }),
    },
    {
      name: 'cases of a bad condition planned down from a high kondisi awal',
      doc: withFirst('O0a', {
        statement: 'Jumlah kasus DBD',
        unit: 'kasus',
        baseline: { year: 2025, value: 300 },
        targets: { '2026': 90, '2027': 80 },
      }),
    },
    {
      name: 'a percentage planned two points up after steps of 0,05 (93 -> 95 %)',
      doc: withFirst('I', {
        statement: 'APM SD/MI',
        unit: '%',
        baseline: { year: 2024, value: 92.95 },
        targets: { '2025': 93, '2026': 95, '2027': 95.05 },
      }),
    },
    {
      name: 'a step under 1 % of the value near a ceiling (99,25 -> 99,88 after steps of 0,01)',
      doc: withFirst('I', {
        statement: 'Persentase ASN yang disiplin',
        unit: '%',
        baseline: { year: 2024, value: 99.23 },
        targets: { '2025': 99.24, '2026': 99.25, '2027': 99.88 },
      }),
    },
    { name: 'steady steps', doc: clean },
    {
      name: 'a score out of 100 moving a few points, then little (Nilai SAKIP 82,51 -> 85,1 -> 85,25 -> 85,4)',
      doc: withFirst('I', {
        statement: 'Nilai SAKIP Kecamatan',
        unit: 'Nilai',
        baseline: { year: 2025, value: 82.51 },
        targets: { '2026': 85.1, '2027': 85.25, '2028': 85.4, '2029': 85.55 },
      }),
    },
    {
      name: 'growth from a negative year (-1,88 -> 4 %), two years apart',
      doc: withFirst('I', {
        statement: 'Pertumbuhan ekonomi',
        unit: '%',
        baseline: { year: 2020, value: -1.88 },
        targets: { '2022': 4, '2023': 4.5 },
      }),
    },
    {
      name: 'a plan rising steadily from a small base (3 then 7 of 78 companies: 3,85 -> 8,97 %)',
      doc: withFirst('I', {
        statement: 'Persentase perusahaan angkutan umum yang tersertifikasi',
        unit: '%',
        baseline: { year: 2025, value: 2.56 },
        targets: { '2026': 3.85, '2027': 8.97, '2028': 12.82, '2029': 19.23, '2030': 25.64 },
      }),
    },
    {
      name: 'one more route every other year (3,33 -> 6,67 -> 10 %)',
      doc: withFirst('I', {
        statement: 'Persentase rute pelayaran yang dikembangkan',
        unit: '%',
        baseline: { year: 2025, value: 3.33 },
        targets: { '2026': 3.33, '2027': 3.33, '2028': 6.67, '2029': 6.67, '2030': 10 },
      }),
    },
    {
      name: 'a step allowed by the options',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'M'), { baseline: { year: 2024, value: 20 }, targets: { '2025': 45, '2026': 50, '2027': 55 } }),
      ),
      entry: ['info', { relative: 2 }],
    },
  ],
});
