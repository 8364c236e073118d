import { capaian, clean, unplanned } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('change-holds-level', {
  reject: [
    {
      name: 'a "peningkatan" holding a share near 100 (99,88 %)',
      doc: unplanned('M', { statement: 'Persentase Peningkatan Disiplin ASN', unit: '%', targets: { '2025': 99.88, '2026': 99.89 } }),
      says: '99,88',
    },
    {
      name: 'a "peningkatan" holding a count (35.357 ekor)',
      doc: unplanned('M', { statement: 'Peningkatan populasi ternak: Sapi', unit: 'ekor', targets: { '2025': 35357 } }),
      says: '35.357',
    },
    {
      name: 'a "penurunan" holding case counts, in the realisation',
      doc: unplanned('M', { statement: 'Penurunan Jumlah Kasus kriminal', unit: 'kasus', ...capaian(254, 181) }),
      says: '254',
    },
    {
      name: 'a "pertumbuhan" whose formula holds no previous year',
      doc: unplanned('M', {
        statement: 'Pertumbuhan produksi perikanan tangkap',
        unit: '%',
        formula: 'Jumlah produksi perikanan tangkap dalam 1 (satu) tahun',
        targets: { '2025': 3 },
      }),
      says: 'tahun sebelumnya',
    },
  ],
  accept: [
    { name: 'the clean document', doc: clean },
    {
      name: 'a growth rate (5,2 %)',
      doc: unplanned('M', { statement: 'Pertumbuhan ekonomi', unit: '%', targets: { '2025': 5.2, '2026': 5.4 } }),
    },
    {
      name: 'a growth with the previous year in its formula',
      doc: unplanned('M', {
        statement: 'Pertumbuhan PDRB sektor pertanian',
        unit: '%',
        formula: '(PDRB(t) - PDRB(t-1)) / PDRB(t-1) x 100 %',
        targets: { '2025': 3 },
      }),
    },
    {
      name: 'a change from the year before, in words',
      doc: unplanned('M', {
        statement: 'Persentase peningkatan pendapatan asli daerah',
        unit: '%',
        formula: 'Selisih PAD tahun berjalan dan tahun sebelumnya dibagi PAD tahun sebelumnya x 100 %',
        targets: { '2025': 8 },
      }),
    },
    {
      name: 'a level named as a level',
      doc: unplanned('M', { statement: 'Persentase ASN yang disiplin', unit: '%', targets: { '2025': 99.88 } }),
    },
    {
      name: 'a change in money (Rp): not judged',
      doc: unplanned('M', { statement: 'Peningkatan pendapatan asli daerah', unit: 'Rp', targets: { '2025': 50000000000 } }),
    },
  ],
});
