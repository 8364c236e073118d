import { clean, docOf, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('statement-as-indicator', {
  reject: [
    {
      name: 'a sasaran written as its indicator ("Persentase desa mandiri pangan")',
      doc: mut((d) => (res(d, 'M').statement = 'Persentase desa mandiri pangan')),
      where: 'M',
      says: '"Persentase ..."',
    },
    {
      name: 'a sasaran program written as its indicator, at a nomenclature level',
      doc: () =>
        docOf(
          [
            { id: 'S1', level: 'sasaran', statement: 'Meningkatnya akuntabilitas keuangan daerah' },
            {
              id: 'P2',
              level: 'program',
              parent: 'S1',
              statement: 'Persentase OPD terlayani dalam rekonsiliasi laporan keuangan yang tepat waktu',
            },
          ],
          { levels: 'renstra' },
        ),
      where: 'P2',
    },
    {
      name: 'an output written as a count',
      doc: mut((d) => (res(d, 'O0a').statement = 'Jumlah dokumen standar layanan puskesmas')),
      where: 'O0a',
    },
  ],
  accept: [
    { name: 'the clean document', doc: clean },
    {
      name: 'a condition of a measure ("Meningkatnya Indeks Kepuasan Masyarakat")',
      doc: mut((d) => (res(d, 'M').statement = 'Meningkatnya Indeks Kepuasan Masyarakat')),
    },
    {
      name: 'a Renstra program name (nomenclature)',
      doc: () =>
        docOf(
          [
            { id: 'S1', level: 'sasaran', statement: 'Meningkatnya kesejahteraan petani' },
            { id: 'P1', level: 'program', parent: 'S1', statement: 'Program Penyuluhan Pertanian' },
          ],
          { levels: 'renstra' },
        ),
    },
  ],
});
