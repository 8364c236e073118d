import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('outcome-as-output', {
  reject: [
    { name: '"Tersedianya ..." as an outcome', doc: mut((d) => (res(d, 'M').statement = 'Tersedianya Layanan Puskesmas')) },
    { name: '"Disusunnya ..." as an outcome', doc: mut((d) => (res(d, 'M').statement = 'Disusunnya dokumen perencanaan daerah')) },
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: 'compliance reached ("Ditaatinya mekanisme ... izin lingkungan"), a condition',
      doc: mut((d) => (res(d, 'M').statement = 'Ditaatinya mekanisme dan implementasi izin lingkungan')),
    },
    {
      name: 'access to a service ("Tersedianya akses air minum ..."), a condition',
      doc: mut((d) => (res(d, 'M').statement = 'Tersedianya akses air minum yang aman 60 liter per orang per hari')),
    },
  ],
});
