import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('indicator-as-statement', {
  reject: [
    { name: 'IK "Meningkatnya ..."', doc: mut((d) => (firstInd(d, 'M').statement = 'Meningkatnya mutu layanan puskesmas')) },
    {
      name: 'IK of a quality reached, with no measure ("Tertib ketatausahaan ...")',
      doc: mut((d) => (firstInd(d, 'M').statement = 'Tertib ketatausahaan dan keprotokolan')),
      says: '"Tertib ..."',
    },
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: 'a measure of a quality ("Persentase ... yang tertib")',
      doc: mut((d) => (firstInd(d, 'M').statement = 'Persentase arsip yang tertib')),
    },
  ],
});
