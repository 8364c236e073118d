import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

const measure = (statement: string, fields: Record<string, unknown>) =>
  mut((d) => Object.assign(firstInd(d, 'G'), { statement, ...fields }));

testRule('implausible-value', {
  reject: [
    {
      name: 'a percentage planned as proportions (0,7, 0,8, 0,9 %)',
      doc: measure('Persentase ketersediaan barang kebutuhan pokok', {
        unit: '%',
        baseline: undefined,
        targets: { '2025': 0.7, '2026': 0.8, '2027': 0.9 },
      }),
      says: 'proporsi',
    },
    {
      name: 'a percentage written partly as a proportion (73 then 0,74)',
      doc: measure('Persentase pemenuhan sarana puskesmas', {
        unit: '%',
        baseline: undefined,
        targets: { '2025': 73, '2026': 0.74, '2027': 0.79 },
      }),
      says: 'proporsi',
    },
    {
      name: 'mean years of schooling given as a percentage (99,99)',
      doc: measure('Angka rata-rata lama sekolah', { unit: 'tahun', baseline: { year: 2024, value: 10.5 }, targets: { '2025': 99.99 } }),
      says: 'target 2025 (99,99)',
    },
    {
      name: 'life expectancy by its acronym, baseline off the scale',
      doc: measure('UHH', { unit: 'tahun', baseline: { year: 2024, value: 7.23 }, targets: { '2025': 72.5 } }),
      says: 'kondisi awal (7,23)',
    },
    {
      name: 'a net enrolment rate realised at 154,58',
      doc: measure('Angka Partisipasi Murni (APM) SD', {
        unit: '%',
        baseline: { year: 2024, value: 95 },
        targets: { '2025': 96 },
        realisations: { '2025': '154,58' },
      }),
      says: 'realisasi 2025 (154,58)',
    },
    {
      name: 'a count of documents realised as a fraction (0,8 dokumen)',
      doc: measure('Jumlah dokumen perencanaan yang disusun', {
        unit: 'Dokumen',
        baseline: { year: 2024, value: 1 },
        targets: { '2025': 1 },
        realisations: { '2025': { q1: 0.2, q2: 0.4, q3: 0.6, q4: 0.8 } },
      }),
      says: 'realisasi 2025 q1 (0,2)',
    },
    {
      name: 'a count of reports targeted as a fraction (2,4 laporan)',
      doc: measure('Jumlah laporan keuangan', { unit: 'Lap', baseline: { year: 2024, value: 2 }, targets: { '2025': 2.4 } }),
      says: 'target 2025 (2,4)',
    },
    {
      name: 'several counts holding fractions: once for the document',
      doc: mut((d) => {
        Object.assign(firstInd(d, 'G'), { statement: 'Jumlah laporan keuangan', unit: 'Lap', baseline: { year: 2024, value: 0.75 } });
        Object.assign(firstInd(d, 'M'), { statement: 'Jumlah dokumen perencanaan', unit: 'Dok', baseline: { year: 2024, value: 0.8 } });
      }),
      says: '2 IK',
      count: 1,
    },
  ],
  accept: [
    {
      name: 'a small share of a bad condition (0,5 % gizi buruk)',
      doc: measure('Persentase balita gizi buruk', { unit: '%', baseline: undefined, targets: { '2025': 0.6, '2026': 0.5, '2027': 0.4 } }),
    },
    {
      name: 'an average count (Rata-rata ...)',
      doc: measure('Rata-rata jumlah pengunjung per hari', {
        unit: 'orang',
        baseline: { year: 2024, value: 12.5 },
        targets: { '2025': 13.5 },
      }),
    },
    {
      name: 'a unit per period (orang/bulan)',
      doc: measure('Jumlah pasien rawat inap', { unit: 'orang/bulan', baseline: { year: 2024, value: 40.5 }, targets: { '2025': 41.5 } }),
    },
    {
      name: 'a continuous quantity (ton)',
      doc: measure('Jumlah produksi padi', { unit: 'ton', baseline: { year: 2024, value: 1200.5 }, targets: { '2025': 1300.25 } }),
    },
    { name: 'the clean document', doc: clean },
    {
      name: 'values in their band',
      doc: measure('Harapan Lama Sekolah (HLS)', { unit: 'tahun', baseline: { year: 2024, value: 12.9 }, targets: { '2025': 13.1 } }),
    },
    {
      name: 'a word that only contains an acronym ("rlsx")',
      doc: measure('Persentase desa rlsx', { unit: '%', baseline: { year: 2024, value: 10 }, targets: { '2025': 99 } }),
    },
  ],
});
