import { allIndicators, clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('targets-missing', {
  reject: [
    { name: 'one IK without targets', doc: mut((d) => delete firstInd(d, 'O0a').targets) },
    {
      name: 'most IK without targets: once for the document, naming them',
      doc: mut((d) => {
        for (const ind of allIndicators(d).slice(2)) delete ind.targets;
      }),
      count: 1,
      says: '(14 dari 16) belum memiliki target (I.1, I2.1, M.1, M2.1, M3.1, M4.1, O0a.1, O0b.1, O1a.1, O1b.1, …)',
    },
  ],
  accept: [{ name: 'the matching good case', doc: clean }],
});
