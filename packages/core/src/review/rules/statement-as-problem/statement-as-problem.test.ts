import { mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('statement-as-problem', {
  reject: [{ name: '"Rendahnya ..." as a result', doc: mut((d) => (res(d, 'M').statement = 'Rendahnya Mutu Layanan Puskesmas')) }],
  accept: [
    { name: 'the matching good case', doc: mut((d) => (res(d, 'M').statement = 'Tingginya Partisipasi Masyarakat dalam Posyandu')) },
  ],
});
