import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('pseudo-outcome', {
  reject: [
    {
      name: 'condition verb + activity noun',
      doc: mut((d) => (res(d, 'M').statement = 'Meningkatnya Pengelolaan Layanan Puskesmas')),
      where: 'M',
      says: 'Pengelolaan',
    },
    {
      name: '"Meningkatnya Pengembangan Kompetensi ASN"',
      doc: mut((d) => (res(d, 'M').statement = 'Meningkatnya Pengembangan Kompetensi ASN')),
      where: 'M',
    },
    { name: 'a normative head', doc: mut((d) => (res(d, 'M').statement = 'Optimalnya Layanan Puskesmas')), where: 'M', says: 'Optimalnya' },
    {
      name: 'more of an activity, even with a quality ("Meningkatnya Pengelolaan ... yang Akuntabel")',
      doc: mut((d) => (res(d, 'M').statement = 'Meningkatnya Pengelolaan Keuangan Puskesmas yang Akuntabel')),
      where: 'M',
    },
  ],
  accept: [
    {
      name: 'a condition of a field noun',
      doc: mut((d) => (res(d, 'M').statement = 'Meningkatnya Pelayanan Kesehatan Dasar')),
      where: 'M',
    },
    {
      name: 'a state reached, named by its quality ("Terwujudnya Pengelolaan ... yang Partisipatif")',
      doc: mut((d) => (res(d, 'M').statement = 'Terwujudnya Pengelolaan Sumber Daya Kelautan yang Partisipatif dan Berkelanjutan')),
      where: 'M',
    },
    { name: 'the clean tree', doc: clean },
  ],
});
