import { clean, mut, res, withStatement, withStatements } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('duplicate-sibling', {
  reject: [
    {
      name: 'siblings differing in case and punctuation',
      doc: withStatement('O0b', 'tersedianya  dokumen standar-layanan PUSKESMAS.'),
      says: 'berinduk sama',
    },
    {
      name: 'two results at the top of the tree: said so, not "under the same parent"',
      doc: mut((d) => d.results.push({ ...res(d, 'G'), id: 'G2', indicators: [] })),
      where: 'G2',
      says: 'keduanya di puncak pohon',
    },
    {
      name: 'the same work, once with "Terlaksananya" before it ("... Bahan  Logistik Kantor", spaced apart)',
      doc: withStatements({ O0a: 'Terlaksananya Penyediaan Bahan Logistik Kantor', O0b: 'Penyediaan Bahan  Logistik Kantor' }),
      where: 'O0a',
      says: 'O0b',
    },
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: '"Terlaksananya" before other work than the sibling\'s',
      doc: withStatements({ O0a: 'Terlaksananya Penyediaan Bahan Logistik Kantor', O0b: 'Penyediaan Barang Cetakan dan Penggandaan' }),
    },
  ],
});
