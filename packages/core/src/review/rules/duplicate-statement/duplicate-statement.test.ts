import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('duplicate-statement', {
  reject: [
    {
      name: 'the same output in two branches',
      doc: mut((d) => (res(d, 'O1a').statement = res(d, 'O0a').statement)),
      says: 'crosscutting',
    },
    {
      name: "another unit's result copied: its own contribution is asked for",
      doc: mut((d) => {
        res(d, 'O1a').statement = res(d, 'O0a').statement;
        res(d, 'O1a').owner = { unit: 'Puskesmas Dulupi', position: 'Kepala Puskesmas' };
      }),
      says: 'milik Subbagian Program: rumuskan kontribusi Puskesmas Dulupi sendiri',
    },
  ],
  accept: [{ name: 'the matching good case', doc: clean }],
});
