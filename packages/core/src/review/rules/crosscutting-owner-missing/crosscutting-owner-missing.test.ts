import { crossAgency } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('crosscutting-owner-missing', {
  reject: [{ name: 'a link from another agency without unit or position', doc: crossAgency({ agency: 'Dinas Sosial' }) }],
  accept: [
    { name: 'the matching good case', doc: crossAgency({ agency: 'Dinas Sosial', unit: 'Bidang Perlindungan dan Jaminan Sosial' }) },
  ],
});
