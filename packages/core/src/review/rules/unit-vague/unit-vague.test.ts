import { withFirst } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('unit-vague', {
  reject: [
    { name: 'unit "Waktu"', doc: withFirst('O0a', { statement: 'Lama waktu penyusunan dokumen', unit: 'Waktu' }), says: 'jam' },
    { name: 'unit "Nilai / Skor"', doc: withFirst('M', { unit: 'Nilai / Skor' }) },
    {
      name: 'an index in "Tingkat": index points are suggested',
      doc: withFirst('M', { statement: 'Indeks Kepuasan Masyarakat (IKM)', unit: 'Tingkat' }),
      says: 'misalnya indeks atau poin.',
    },
  ],
  accept: [
    {
      name: 'an index in "angka", as BPS prints the IPM',
      doc: withFirst('M', { statement: 'Indeks Pembangunan Manusia (IPM)', unit: 'angka' }),
    },
    { name: 'unit "Hari"', doc: withFirst('O0a', { statement: 'Lama waktu penyusunan dokumen', unit: 'Hari' }) },
  ],
});
