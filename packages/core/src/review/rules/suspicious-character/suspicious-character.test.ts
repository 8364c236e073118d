import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('suspicious-character', {
  reject: [
    { name: 'a zero-width space', doc: mut((d) => (res(d, 'O0a').statement = 'Tersedianya Dokumen\u200B Standar Layanan Puskesmas')) },
  ],
  accept: [{ name: 'the matching good case', doc: clean }],
});
