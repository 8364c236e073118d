import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('duplicate-sibling', {
  reject: [
    {
      name: 'siblings differing in case and punctuation',
      doc: mut((d) => (res(d, 'O0b').statement = 'tersedianya  dokumen standar-layanan PUSKESMAS.')),
    },
  ],
  accept: [{ name: 'the matching good case', doc: clean }],
});
