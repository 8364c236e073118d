import { clean, firstInd, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

/** The clean document with no owner on its results from the `from`th on (all of them from 0). */
const unownedFrom = (from: number) =>
  mut((d) => {
    for (const r of d.results.slice(from)) delete r.owner;
  });

testRule('owner-missing', {
  reject: [
    { name: 'one result without owner', doc: mut((d) => delete res(d, 'O0a').owner) },
    { name: 'no owner anywhere: once', doc: unownedFrom(0), count: 1 },
    { name: 'most results without owner: once, naming them', doc: unownedFrom(3), count: 1, says: 'Sebagian besar kinerja' },
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
