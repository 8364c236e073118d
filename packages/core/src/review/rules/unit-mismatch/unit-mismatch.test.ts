import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('unit-mismatch', {
  reject: [
    { name: '"Persentase" in "orang"', doc: mut((d) => (firstInd(d, 'I').unit = 'orang')) },
    { name: '"Jumlah dokumen" in orang', doc: mut((d) => Object.assign(firstInd(d, 'O0a'), { unit: 'Orang' })), says: 'bukan orang' },
    {
      name: 'a baseline written in percent for an indicator counted in sheets',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'O0a'), {
          statement: 'Jumlah leaflet PHBS yang dicetak',
          unit: 'lbr',
          baseline: { year: 2024, value: '20%' },
        }),
      ),
      says: 'kondisi awal',
    },
    {
      name: 'the things counted in %, with no word for the percentage ("Kelurahan Siaga Aktif")',
      doc: mut((d) => Object.assign(firstInd(d, 'I'), { statement: 'Kelurahan Siaga Aktif', unit: '%' })),
      says: 'Persentase kelurahan',
    },
    {
      name: '"Indeks ..." in "%"',
      doc: mut((d) => Object.assign(firstInd(d, 'I'), { statement: 'Indeks kepuasan pelayanan kesehatan dasar', unit: 'Persen' })),
      says: 'indeks bersatuan indeks',
    },
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: 'a rate in % that names no things counted ("Laju pertumbuhan ekonomi")',
      doc: mut((d) => Object.assign(firstInd(d, 'I'), { statement: 'Laju pertumbuhan ekonomi daerah', unit: '%' })),
    },
    {
      name: 'a percentage written with its sign in a percentage indicator',
      doc: mut((d) => Object.assign(firstInd(d, 'I'), { baseline: { year: 2024, value: '50%' } })),
    },
    {
      name: '"Jumlah ASN ..." in orang',
      doc: mut((d) => Object.assign(firstInd(d, 'O0b'), { statement: 'Jumlah ASN yang dibina', unit: 'Orang' })),
    },
  ],
});
