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
  ],
});
