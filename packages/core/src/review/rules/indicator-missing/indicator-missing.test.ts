import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('indicator-missing', {
  reject: [
    { name: 'output without IK', doc: mut((d) => delete res(d, 'O0a').indicators), count: 1 },
    {
      name: 'most outputs without IK: once for their level, naming them',
      doc: mut((d) => {
        for (const r of d.results) if (r.level === 'output') delete (r as Record<string, unknown>).indicators;
      }),
      says: 'Sebagian besar kinerja level Output (8 dari 8)',
      count: 1,
    },
  ],
  accept: [{ name: 'the matching good case', doc: clean }],
});
