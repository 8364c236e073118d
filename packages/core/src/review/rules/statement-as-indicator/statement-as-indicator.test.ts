import { clean, docOf, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('statement-as-indicator', {
  reject: [
    {
      name: 'a result written as a coverage ("Cakupan Administrasi Keuangan Perangkat Daerah")',
      doc: mut((d) => (res(d, 'M').statement = 'Cakupan Administrasi Keuangan Perangkat Daerah')),
      says: '"Cakupan ..."',
    },
    {
      name: 'a sasaran holding its target ("... sebesar 1 (satu) persen ...")',
      doc: mut((d) => (res(d, 'M').statement = 'Menurunnya angka kemiskinan sebesar 1 (satu) persen pada tahun 2019')),
      says: '("sebesar 1 (satu) persen")',
      count: 1,
    },
    {
      name: 'a tujuan holding the figure it is to reach ("menjadi 7,5")',
      doc: mut((d) => (res(d, 'G').statement = 'Meningkatnya rata-rata lama sekolah menjadi 7,5 tahun')),
      says: 'menjadi 7,5',
    },
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
    {
      name: 'a year or a numbered program is no target figure',
      doc: mut((d) => {
        res(d, 'M').statement = 'Terlaksananya Renstra 2021-2026 dan Program Wajib Belajar 12 Tahun';
        res(d, 'G').statement = 'Meningkatnya cakupan layanan K3 bagi 100 perusahaan mitra';
      }),
    },
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
