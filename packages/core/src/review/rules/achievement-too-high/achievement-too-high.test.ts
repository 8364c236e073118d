import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('achievement-too-high', {
  reject: [
    {
      name: 'a realisation of 100 against a target of 55 (182 %)',
      doc: mut((d) => (firstInd(d, 'G').realisations = { '2025': 100 })),
      says: '182',
    },
    {
      name: 'an index on two scales (target 0,79, realisation 62): the scales are named, not the target',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'G'), {
          statement: 'Indeks Kualitas Air',
          unit: 'indeks',
          targets: { '2025': 0.79 },
          realisations: { '2025': 62 },
        }),
      ),
      says: 'skala atau satuan yang berbeda',
    },
    {
      name: 'a capaian of 127 % where the direction is stated (above 120 %)',
      doc: mut((d) => (firstInd(d, 'G').realisations = { '2025': 70 })),
      says: '127',
    },
    { name: 'above a lower maximum', doc: mut((d) => (firstInd(d, 'G').realisations = { '2025': 70 })), entry: ['info', { max: 120 }] },
  ],
  accept: [
    { name: 'the clean document', doc: clean },
    {
      name: 'a realisation the measure cannot take (APM 154,58): implausible-value says it',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'G'), {
          statement: 'Angka Partisipasi Murni SD',
          unit: '%',
          targets: { '2025': 96 },
          realisations: { '2025': 154.58 },
        }),
      ),
    },
    {
      name: 'a lower-is-better measure by its words ("Headway bus ..."), far above its target: missed, not set too low',
      doc: mut((d) => {
        const ind = firstInd(d, 'G');
        delete ind.polarity;
        Object.assign(ind, { statement: 'Headway bus Suroboyo', unit: 'menit', targets: { '2025': 20 }, realisations: { '2025': 43.12 } });
      }),
    },
    {
      name: 'a capaian of 127 % where no direction is known (only beyond 150 %)',
      doc: mut((d) => {
        const ind = firstInd(d, 'G');
        delete ind.polarity;
        Object.assign(ind, {
          statement: 'Jumlah kunjungan wisatawan',
          unit: 'orang',
          targets: { '2025': 1000 },
          realisations: { '2025': 1270 },
        });
      }),
    },
    {
      name: 'a count of documents at 140 % (7 drafts against 5): only beyond 150 %',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'G'), {
          statement: 'Jumlah rancangan perda yang tersusun',
          unit: 'dokumen',
          targets: { '2025': 5 },
          realisations: { '2025': 7 },
        }),
      ),
    },
    {
      name: 'a capaian of 127 % with the directed limit raised',
      doc: mut((d) => (firstInd(d, 'G').realisations = { '2025': 70 })),
      entry: ['info', { maxDirected: 150 }],
    },
  ],
});
