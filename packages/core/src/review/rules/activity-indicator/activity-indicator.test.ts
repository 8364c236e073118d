import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('activity-indicator', {
  reject: [
    {
      name: '"Jumlah koordinasi ..."',
      doc: mut((d) => Object.assign(firstInd(d, 'O0a'), { statement: 'Jumlah koordinasi standar layanan', unit: 'Kali' })),
      says: 'koordinasi',
    },
    {
      name: '"Persentase terlaksananya ..."',
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { statement: 'Persentase terlaksananya kegiatan pembinaan puskesmas', unit: '%' })),
    },
  ],
  accept: [
    {
      name: '"Jumlah peserta pelatihan ..."',
      doc: mut((d) => Object.assign(firstInd(d, 'O0b'), { statement: 'Jumlah peserta pelatihan yang lulus', unit: 'Orang' })),
    },
    { name: 'the clean tree', doc: clean },
  ],
});
