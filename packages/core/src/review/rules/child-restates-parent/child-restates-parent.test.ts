import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('child-restates-parent', {
  reject: [
    {
      name: "a child with its parent's content",
      doc: mut((d) => (res(d, 'M').statement = 'Terwujudnya Cakupan Pelayanan Kesehatan Dasar')),
    },
    {
      name: 'a child restating its parent with other affixes',
      doc: mut((d) => (res(d, 'M').statement = 'Terwujudnya Cakupan Layanan Kesehatan Dasar')),
      where: 'M',
    },
  ],
  accept: [{ name: 'the matching good case', doc: clean }],
});
