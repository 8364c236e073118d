import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('output-as-activity', {
  reject: [
    { name: '"Penyusunan ..." as an output', doc: mut((d) => (res(d, 'O0a').statement = 'Penyusunan Dokumen Standar Layanan Puskesmas')) },
  ],
  accept: [{ name: 'the matching good case', doc: clean }],
});
