import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('unit-mismatch', {
  reject: [
    { name: '"Persentase" in "orang"', doc: mut((d) => (firstInd(d, 'I').unit = 'orang')) },
    { name: '"Jumlah dokumen" in orang', doc: mut((d) => Object.assign(firstInd(d, 'O0a'), { unit: 'Orang' })), says: 'bukan orang' },
    {
      name: '"Indeks ..." in "%"',
      doc: mut((d) => Object.assign(firstInd(d, 'I'), { statement: 'Indeks kepuasan pelayanan kesehatan dasar', unit: 'Persen' })),
      says: 'indeks bersatuan indeks',
    },
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: '"Jumlah ASN ..." in orang',
      doc: mut((d) => Object.assign(firstInd(d, 'O0b'), { statement: 'Jumlah ASN yang dibina', unit: 'Orang' })),
    },
  ],
});
