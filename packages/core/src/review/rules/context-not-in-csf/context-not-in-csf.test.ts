import { mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('context-not-in-csf', {
  reject: [
    {
      name: 'an issue nobody takes up',
      doc: mut((d) => {
        d.context = { ...d.context, strategicIssues: ['Maraknya peredaran narkoba di sekolah'] };
      }),
      says: 'narkoba',
    },
  ],
  accept: [
    {
      name: 'an issue a result takes up',
      doc: mut((d) => {
        d.context = { ...d.context, strategicIssues: ['Rendahnya derajat kesehatan masyarakat'] };
      }),
    },
    {
      name: 'an issue a result takes up in a derived word ("pusat kota" and "kawasan perkotaan")',
      doc: mut((d) => {
        d.context = { ...d.context, strategicIssues: ['Kemacetan di pusat kota pada jam sibuk'] };
        d.results.push({
          id: 'K1',
          level: 'output',
          parent: 'M',
          statement: 'Meningkatnya kelancaran lalu lintas di kawasan perkotaan',
          indicators: [{ statement: 'Rata-rata kecepatan perjalanan', unit: 'km/jam' }],
        });
      }),
    },
  ],
});
