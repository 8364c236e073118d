import { clean, firstInd, mut, withFirst } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('unit-mismatch', {
  reject: [
    { name: '"Persentase" in "orang"', doc: mut((d) => (firstInd(d, 'I').unit = 'orang')) },
    {
      name: '"Persentase" in a word that is no unit ("Prolegda")',
      doc: mut((d) => (firstInd(d, 'I').unit = 'Prolegda')),
      says: '"Prolegda"',
    },
    { name: '"Jumlah dokumen" in orang', doc: withFirst('O0a', { unit: 'Orang' }), says: 'bukan orang' },
    {
      name: 'a baseline written in percent for an indicator counted in sheets',
      doc: withFirst('O0a', {
        statement: 'Jumlah leaflet PHBS yang dicetak',
        unit: 'lbr',
        baseline: { year: 2024, value: '20%' },
      }),
      says: 'kondisi awal',
    },
    {
      name: 'the things counted in %, with no word for the percentage ("Kelurahan Siaga Aktif")',
      doc: withFirst('I', { statement: 'Kelurahan Siaga Aktif', unit: '%' }),
      says: 'Persentase kelurahan',
    },
    {
      name: '"Indeks ..." in "%"',
      doc: withFirst('I', { statement: 'Indeks kepuasan pelayanan kesehatan dasar', unit: 'Persen' }),
      says: 'indeks bersatuan indeks',
    },
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: 'a rate in % that names no things counted ("Laju pertumbuhan ekonomi")',
      doc: withFirst('I', { statement: 'Laju pertumbuhan ekonomi daerah', unit: '%' }),
    },
    {
      name: 'a percentage written with its sign in a percentage indicator',
      doc: withFirst('I', { baseline: { year: 2024, value: '50%' } }),
    },
    {
      name: '"Jumlah ASN ..." in orang',
      doc: withFirst('O0b', { statement: 'Jumlah ASN yang dibina', unit: 'Orang' }),
    },
  ],
});
