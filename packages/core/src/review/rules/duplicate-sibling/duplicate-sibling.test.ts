import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('duplicate-sibling', {
  reject: [
    {
      name: 'siblings differing in case and punctuation',
      doc: mut((d) => (res(d, 'O0b').statement = 'tersedianya  dokumen standar-layanan PUSKESMAS.')),
      says: 'berinduk sama',
    },
    {
      name: 'two results at the top of the tree: said so, not "under the same parent"',
      doc: mut((d) => {
        const top = { ...res(d, 'G'), id: 'G2', indicators: [] };
        d.results.push(top);
      }),
      where: 'G2',
      says: 'keduanya di puncak pohon',
    },
    {
      name: 'the same work, once with "Terlaksananya" before it ("... Bahan  Logistik Kantor", spaced apart)',
      doc: mut((d) => {
        res(d, 'O0a').statement = 'Terlaksananya Penyediaan Bahan Logistik Kantor';
        res(d, 'O0b').statement = 'Penyediaan Bahan  Logistik Kantor';
      }),
      where: 'O0a',
      says: 'O0b',
    },
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: '"Terlaksananya" before other work than the sibling\'s',
      doc: mut((d) => {
        res(d, 'O0a').statement = 'Terlaksananya Penyediaan Bahan Logistik Kantor';
        res(d, 'O0b').statement = 'Penyediaan Barang Cetakan dan Penggandaan';
      }),
    },
  ],
});
