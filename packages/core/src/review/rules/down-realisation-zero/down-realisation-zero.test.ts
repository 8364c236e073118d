import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('down-realisation-zero', {
  reject: [
    {
      name: 'a realisation of 0 on Angka kesakitan',
      doc: mut((d) => (firstInd(d, 'U').realisations = { '2026': { q1: '0,0' } })),
      count: 1,
      says: 'periksa datanya',
    },
    {
      name: 'a zero-accident target met (target 0, realisation 0): asked how its capaian is counted, not to check the data',
      doc: mut((d) => {
        const ind = firstInd(d, 'U');
        ind.targets = { ...ind.targets, '2026': 0 };
        ind.realisations = { '2026': 0 };
      }),
      count: 1,
      says: 'bertarget 0 dan realisasinya 0',
    },
  ],
  accept: [
    { name: 'the clean document', doc: clean },
    { name: 'a 0 on a higher-is-better indicator', doc: mut((d) => (firstInd(d, 'I').realisations = { '2026': 0 })) },
  ],
});
