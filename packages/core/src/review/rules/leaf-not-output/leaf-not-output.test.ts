import { clean, drop, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('leaf-not-output', {
  reject: [
    { name: 'immediate outcome without outputs', doc: mut((d) => drop(d, 'O3a', 'O3b')) },
    {
      name: 'a tree that stops at one level: once',
      doc: mut((d) => {
        d.results = d.results.filter((r: any) => !String(r.level).startsWith('output') && r.level !== 'immediate-outcome');
      }),
      count: 1,
      entry: ['warning', { partialFrom: 2 }],
    },
  ],
  accept: [{ name: 'the matching good case', doc: clean }],
});
