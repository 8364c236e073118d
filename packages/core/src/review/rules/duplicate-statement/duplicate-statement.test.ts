import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('duplicate-statement', {
  reject: [
    {
      name: 'a result restating its grandparent: named as its own branch, not another',
      doc: mut((d) => (res(d, 'M').statement = res(d, 'U').statement)),
      where: 'M',
      says: 'cabangnya sendiri',
    },
    {
      name: 'a result restating a result its parent contributes to (crosscutting): its own branch, not another',
      doc: mut((d) => {
        res(d, 'M').contributesTo = ['I2'];
        res(d, 'O0a').statement = res(d, 'I2').statement;
      }),
      where: 'O0a',
      says: 'cabangnya sendiri',
    },
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
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: 'a result restating its grandparent through its parent (child-restates-parent names the step)',
      doc: mut((d) => {
        res(d, 'I').statement = res(d, 'U').statement;
        res(d, 'M').statement = res(d, 'U').statement;
      }),
      where: 'M',
    },
  ],
});
