import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('realisation-outside-period', {
  reject: [
    { name: 'a 2030 realisation in a 2025-2027 document', doc: mut((d) => (firstInd(d, 'I').realisations = { '2030': 70 })), count: 1 },
  ],
  accept: [
    { name: 'the clean document', doc: clean },
    {
      name: 'realisations before the period (history: the trend of earlier years)',
      doc: mut((d) => (firstInd(d, 'I').realisations = { '2022': 48, '2023': 50 })),
    },
    { name: 'a 2026 realisation', doc: mut((d) => (firstInd(d, 'I').realisations = { '2026': 61 })) },
  ],
});
