import { mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('all-caps', {
  reject: [{ name: 'a statement in capitals', doc: mut((d) => (res(d, 'M').statement = 'MENINGKATNYA MUTU LAYANAN PUSKESMAS')) }],
  accept: [{ name: 'the matching good case', doc: mut((d) => (res(d, 'M').statement = 'Meningkatnya Mutu Layanan RSUD dan UPTD')) }],
});
