import { clean, docOf, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('output-as-activity', {
  reject: [
    {
      name: 'a Renstra kegiatan that only says it was carried out ("Terlaksananya Administrasi Keuangan ...")',
      doc: () =>
        docOf(
          [
            { id: 'S', level: 'sasaran', statement: 'Meningkatnya akuntabilitas kinerja perangkat daerah' },
            { id: 'P', level: 'program', parent: 'S', statement: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota' },
            { id: 'K', level: 'kegiatan', parent: 'P', statement: 'Terlaksananya Administrasi Keuangan Perangkat Daerah' },
          ],
          { levels: 'renstra' },
        ),
      where: 'K',
      says: 'terlaksana',
    },
    { name: '"Penyusunan ..." as an output', doc: mut((d) => (res(d, 'O0a').statement = 'Penyusunan Dokumen Standar Layanan Puskesmas')) },
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: 'a Renstra kegiatan stating its product',
      doc: () =>
        docOf(
          [
            { id: 'S', level: 'sasaran', statement: 'Meningkatnya akuntabilitas kinerja perangkat daerah' },
            { id: 'P', level: 'program', parent: 'S', statement: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota' },
            { id: 'K', level: 'kegiatan', parent: 'P', statement: 'Tersedianya Dokumen Perencanaan dan Evaluasi Kinerja Perangkat Daerah' },
          ],
          { levels: 'renstra' },
        ),
      where: 'K',
    },
    {
      name: '"Terlaksananya ..." at an output of a PermenPAN-RB 89 tree',
      doc: mut((d) => (res(d, 'O0a').statement = 'Terlaksananya Kelas Ibu Hamil di Desa')),
    },
  ],
});
