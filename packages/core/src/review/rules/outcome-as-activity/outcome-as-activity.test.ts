import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('outcome-as-activity', {
  reject: [
    { name: '"Pelaksanaan ..." as an outcome', doc: mut((d) => (res(d, 'I').statement = 'Pelaksanaan Pelayanan Kesehatan Dasar')) },
    {
      name: 'an action on a quality ("Meningkatkan pelayanan yang berkualitas")',
      doc: mut((d) => (res(d, 'I').statement = 'Meningkatkan Pelayanan yang Berkualitas dan Terakreditasi')),
    },
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: 'a noun phrase that names the quality reached',
      doc: mut((d) => (res(d, 'I').statement = 'Perencanaan, Pelaporan dan Evaluasi Pembangunan Daerah yang Berkualitas')),
    },
  ],
});
