import { byYear, clean, firstInd, mut, plan, statedAs } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('implausible-value', {
  reject: [
    {
      name: 'a percentage planned as proportions (0,7, 0,8, 0,9 %)',
      doc: statedAs('G', 'Persentase ketersediaan barang kebutuhan pokok', '%', {
        baseline: undefined,
        targets: byYear(2025, 0.7, 0.8, 0.9),
      }),
      says: 'proporsi',
    },
    {
      name: 'a percentage written partly as a proportion (73 then 0,74)',
      doc: statedAs('G', 'Persentase pemenuhan sarana puskesmas', '%', { baseline: undefined, targets: byYear(2025, 73, 0.74, 0.79) }),
      says: 'proporsi',
    },
    {
      name: 'mean years of schooling given as a percentage (99,99)',
      doc: statedAs('G', 'Angka rata-rata lama sekolah', 'tahun', plan(2024, 10.5, 99.99)),
      says: 'target 2025 (99,99)',
    },
    {
      name: 'life expectancy by its acronym, baseline off the scale',
      doc: statedAs('G', 'UHH', 'tahun', plan(2024, 7.23, 72.5)),
      says: 'kondisi awal (7,23)',
    },
    {
      name: 'a net enrolment rate realised at 154,58',
      doc: statedAs('G', 'Angka Partisipasi Murni (APM) SD', '%', { ...plan(2024, 95, 96), realisations: { '2025': '154,58' } }),
      says: 'realisasi 2025 (154,58)',
    },
    {
      name: 'a count of documents realised as a fraction (0,8 dokumen)',
      doc: statedAs('G', 'Jumlah dokumen perencanaan yang disusun', 'Dokumen', {
        ...plan(2024, 1, 1),
        realisations: { '2025': { q1: 0.2, q2: 0.4, q3: 0.6, q4: 0.8 } },
      }),
      says: 'realisasi 2025 q1 (0,2)',
    },
    {
      name: 'a count of reports targeted as a fraction (2,4 laporan)',
      doc: statedAs('G', 'Jumlah laporan keuangan', 'Lap', plan(2024, 2, 2.4)),
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
      doc: statedAs('G', 'Persentase balita gizi buruk', '%', { baseline: undefined, targets: byYear(2025, 0.6, 0.5, 0.4) }),
    },
    {
      name: 'an average count (Rata-rata ...)',
      doc: statedAs('G', 'Rata-rata jumlah pengunjung per hari', 'orang', plan(2024, 12.5, 13.5)),
    },
    { name: 'a unit per period (orang/bulan)', doc: statedAs('G', 'Jumlah pasien rawat inap', 'orang/bulan', plan(2024, 40.5, 41.5)) },
    { name: 'a continuous quantity (ton)', doc: statedAs('G', 'Jumlah produksi padi', 'ton', plan(2024, 1200.5, 1300.25)) },
    {
      name: "a small subsector's share of the PDRB (0,93 to 0,97 %, Dinas Kehutanan)",
      doc: statedAs('G', 'Kontribusi Usaha Subsektor Kehutanan terhadap PDRB', '%', plan(2024, 0.92, 0.93, 0.94, 0.95)),
    },
    { name: 'the clean document', doc: clean },
    { name: 'values in their band', doc: statedAs('G', 'Harapan Lama Sekolah (HLS)', 'tahun', plan(2024, 12.9, 13.1)) },
    { name: 'a word that only contains an acronym ("rlsx")', doc: statedAs('G', 'Persentase desa rlsx', '%', plan(2024, 10, 99)) },
  ],
});
