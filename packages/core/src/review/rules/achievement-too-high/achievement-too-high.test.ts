import { capaian, clean, realised, statedAs, statedUnpolarised } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('achievement-too-high', {
  reject: [
    { name: 'a realisation of 100 against a target of 55 (182 %)', doc: realised('G', { '2025': 100 }), says: '182' },
    {
      name: 'an index on two scales (target 0,79, realisation 62): the scales are named, not the target',
      doc: statedAs('G', 'Indeks Kualitas Air', 'indeks', capaian(0.79, 62)),
      says: 'skala atau satuan yang berbeda',
    },
    { name: 'a capaian of 127 % where the direction is stated (above 120 %)', doc: realised('G', { '2025': 70 }), says: '127' },
    {
      name: 'disaster victims served far beyond the target (221 %): the count follows the disaster, not an easy target (a BPBD)',
      doc: statedAs('G', 'Jumlah korban bencana yang mendapatkan pelayanan kesehatan', 'orang', { polarity: 'up', ...capaian(100, 221) }),
      says: 'mengikuti banyaknya kejadian (korban)',
    },
    { name: 'above a lower maximum', doc: realised('G', { '2025': 70 }), entry: ['info', { max: 120 }] },
    {
      name: 'a higher-is-better measure already far beyond its target in the third quarter',
      doc: realised('G', { '2025': { q1: 40, q2: 60, q3: 72 } }),
      options: { asOf: '2025-10-15' },
      says: '131',
    },
  ],
  accept: [
    { name: 'the clean document', doc: clean },
    {
      name: 'a lower-is-better measure in a year not yet over (deaths through the third quarter, 5,8 against 7,8 for the year)',
      doc: statedAs('G', 'Angka kematian bayi per 1.000 kelahiran hidup', 'per 1.000 KH', {
        polarity: 'down',
        targets: { '2025': 7.8 },
        realisations: { '2025': { q1: 1.9, q2: 3.7, q3: 5.8 } },
      }),
      options: { asOf: '2025-10-15' },
    },
    {
      name: 'a realisation the measure cannot take (APM 154,58): implausible-value says it',
      doc: statedAs('G', 'Angka Partisipasi Murni SD', '%', capaian(96, 154.58)),
    },
    {
      name: 'a lower-is-better measure by its words ("Headway bus ..."), far above its target: missed, not set too low',
      doc: statedUnpolarised('G', 'Headway bus Suroboyo', 'menit', capaian(20, 43.12)),
    },
    {
      name: 'a capaian of 127 % where no direction is known (only beyond 150 %)',
      doc: statedUnpolarised('G', 'Jumlah kunjungan wisatawan', 'orang', capaian(1000, 1270)),
    },
    {
      name: 'a count of documents at 140 % (7 drafts against 5): only beyond 150 %',
      doc: statedAs('G', 'Jumlah rancangan perda yang tersusun', 'dokumen', capaian(5, 7)),
    },
    {
      name: 'a capaian of 127 % with the directed limit raised',
      doc: realised('G', { '2025': 70 }),
      entry: ['info', { maxDirected: 150 }],
    },
  ],
});
