import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('mixed-script', {
  reject: [
    {
      name: 'a Cyrillic Т in a Latin word',
      doc: mut((d) => (res(d, 'O0a').statement = '\u0422ersedianya Dokumen Standar Layanan Puskesmas')),
    },
  ],
  accept: [{ name: 'the matching good case', doc: clean }],
});
