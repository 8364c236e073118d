import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

const measure = (statement: string, fields: Record<string, unknown>) =>
  mut((d) => Object.assign(firstInd(d, 'G'), { statement, ...fields }));

testRule('implausible-value', {
  reject: [
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
  ],
  accept: [
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
