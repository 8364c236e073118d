import { clean, firstInd, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('owner-missing', {
  reject: [
    { name: 'one result without owner', doc: mut((d) => delete res(d, 'O0a').owner) },
    {
      name: 'no owner anywhere: once',
      doc: mut((d) => {
        for (const r of d.results) delete (r as any).owner;
      }),
      count: 1,
    },
    {
      name: 'most results without owner: once, naming them',
      doc: mut((d) => {
        for (const r of d.results.slice(3)) delete (r as any).owner;
      }),
      count: 1,
      says: 'Sebagian besar kinerja',
    },
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: 'the goal without an owner while every result below has one (the head of the agency owns it)',
      doc: mut((d) => {
        const top = d.results.find((r: any) => r.parent === undefined)!;
        delete (top as { owner?: unknown }).owner;
      }),
    },
    {
      name: 'an owner on the indicator',
      doc: mut((d) => {
        delete res(d, 'O0a').owner;
        firstInd(d, 'O0a').owner = { position: 'Analis' };
      }),
    },
  ],
});
