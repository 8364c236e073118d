import { withFirst, clean, plan, statedAs } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('target-jump', {
  reject: [
    {
      name: 'a step far beyond the others',
      doc: statedAs('G', 'Angka harapan hidup', 'Tahun', plan(2024, 70.1, 70.3, 71.8, 72.0)),
      says: '71,8',
    },
    {
      name: 'a percentage more than doubling in a year, beyond its other steps (0 -> 14 -> 30 -> 40 -> 50 %)',
      doc: statedAs('I', 'Persentase Puskesmas mampu PKRE terpadu', '%', plan(2011, 0, 14, 30, 40, 50, 60)),
      says: '30',
    },
    { name: 'a percentage doubling in a year', doc: withFirst('M', plan(2024, 20, 45, 50, 55)) },
    {
      name: 'a count whose kondisi awal is a total of years (72 documents, then 12 a year)',
      doc: withFirst('O0a', plan(2025, 72, 12, 12, 12)),
      says: 'Kondisi awal (72)',
    },
  ],
  accept: [
    {
      name: 'a step from zeros that stand for cells not filled in (0, 0, 70,5, 71, 72)',
      doc: withFirst('I', { unit: 'indeks', ...plan(2024, 0, 0, 70.5, 71, 72) }),
    },
    {
      name: 'a count whose kondisi awal is written in percent ("100%", then 26 documents): a unit to fix, not a total',
      doc: withFirst('O0a', plan(2025, '100%', 26, 26, 26)),
    },
    {
      name: 'cases of a bad condition planned down from a high kondisi awal',
      doc: statedAs('O0a', 'Jumlah kasus DBD', 'kasus', plan(2025, 300, 90, 80)),
    },
    {
      name: 'a percentage planned two points up after steps of 0,05 (93 -> 95 %)',
      doc: statedAs('I', 'APM SD/MI', '%', plan(2024, 92.95, 93, 95, 95.05)),
    },
    {
      name: 'a step under 1 % of the value near a ceiling (99,25 -> 99,88 after steps of 0,01)',
      doc: statedAs('I', 'Persentase ASN yang disiplin', '%', plan(2024, 99.23, 99.24, 99.25, 99.88)),
    },
    { name: 'steady steps', doc: clean },
    {
      name: 'a score out of 100 moving a few points, then little (Nilai SAKIP 82,51 -> 85,1 -> 85,25 -> 85,4)',
      doc: statedAs('I', 'Nilai SAKIP Kecamatan', 'Nilai', plan(2025, 82.51, 85.1, 85.25, 85.4, 85.55)),
    },
    {
      name: 'growth from a negative year (-1,88 -> 4 %), two years apart',
      doc: statedAs('I', 'Pertumbuhan ekonomi', '%', { baseline: { year: 2020, value: -1.88 }, targets: { '2022': 4, '2023': 4.5 } }),
    },
    {
      name: 'a plan rising steadily from a small base (3 then 7 of 78 companies: 3,85 -> 8,97 %)',
      doc: statedAs('I', 'Persentase perusahaan angkutan umum yang tersertifikasi', '%', plan(2025, 2.56, 3.85, 8.97, 12.82, 19.23, 25.64)),
    },
    {
      name: 'one more route every other year (3,33 -> 6,67 -> 10 %)',
      doc: statedAs('I', 'Persentase rute pelayaran yang dikembangkan', '%', plan(2025, 3.33, 3.33, 3.33, 6.67, 6.67, 10)),
    },
    { name: 'a step allowed by the options', doc: withFirst('M', plan(2024, 20, 45, 50, 55)), entry: ['info', { relative: 2 }] },
  ],
});
