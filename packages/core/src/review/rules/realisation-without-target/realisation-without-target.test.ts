import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('realisation-without-target', {
  reject: [
    {
      name: 'a 2028 realisation with no 2028 target',
      doc: mut((d) => (firstInd(d, 'I').realisations = { '2028': 70 })),
      count: 1,
      says: '2028',
    },
    {
      name: 'two years without targets: one finding naming both',
      doc: mut((d) => (firstInd(d, 'I').realisations = { '2028': 70, '2029': 72 })),
      count: 1,
      says: '2028, 2029',
    },
    {
      name: 'the year reported on, before the first target (an LKjIP 2024 table with only the 2025 target): that year alone',
      doc: mut((d) => (firstInd(d, 'I').realisations = { '2022': 50, '2023': 51, '2024': 53 })),
      count: 1,
      says: 'realisasi 2024 tetapi',
    },
  ],
  accept: [
    { name: 'the clean document', doc: clean },
    {
      name: 'an indicator with no target at all (targets-missing says it)',
      doc: mut((d) => Object.assign(firstInd(d, 'I'), { targets: undefined, realisations: { '2025': 54 } })),
    },
    {
      name: 'the years before the first target: the trend shown for comparison',
      doc: mut((d) => (firstInd(d, 'I').realisations = { '2022': 50, '2023': 51, '2024': 53, '2025': 54 })),
    },
    { name: 'realisations of target years', doc: mut((d) => (firstInd(d, 'I').realisations = { '2025': 54, '2026': { q1: 20 } })) },
  ],
});
