import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('achievement-too-high', {
  reject: [
    {
      name: 'a realisation of 100 against a target of 55 (182 %)',
      doc: mut((d) => (firstInd(d, 'G').realisations = { '2025': 100 })),
      says: '182',
    },
    { name: 'above a lower maximum', doc: mut((d) => (firstInd(d, 'G').realisations = { '2025': 70 })), entry: ['info', { max: 120 }] },
  ],
  accept: [
    { name: 'the clean document', doc: clean },
    { name: 'a capaian of 127 %', doc: mut((d) => (firstInd(d, 'G').realisations = { '2025': 70 })) },
  ],
});
