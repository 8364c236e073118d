import { clean, sasaranWithProgram, withStatement, withStatements } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('statement-as-indicator', {
  reject: [
    {
      name: 'a result written as a coverage ("Cakupan Administrasi Keuangan Perangkat Daerah")',
      doc: withStatement('M', 'Cakupan Administrasi Keuangan Perangkat Daerah'),
      says: '"Cakupan ..."',
    },
    {
      name: 'a sasaran holding its target ("... sebesar 1 (satu) persen ...")',
      doc: withStatement('M', 'Menurunnya angka kemiskinan sebesar 1 (satu) persen pada tahun 2019'),
      says: '("sebesar 1 (satu) persen")',
      count: 1,
    },
    {
      name: 'a tujuan holding the figure it is to reach ("menjadi 7,5")',
      doc: withStatement('G', 'Meningkatnya rata-rata lama sekolah menjadi 7,5 tahun'),
      says: 'menjadi 7,5',
    },
    {
      name: 'a sasaran written as its indicator ("Persentase desa mandiri pangan")',
      doc: withStatement('M', 'Persentase desa mandiri pangan'),
      where: 'M',
      says: '"Persentase ..."',
    },
    {
      name: 'a sasaran program written as its indicator, at a nomenclature level',
      doc: sasaranWithProgram(
        'Meningkatnya akuntabilitas keuangan daerah',
        'Persentase OPD terlayani dalam rekonsiliasi laporan keuangan yang tepat waktu',
        'P2',
      ),
      where: 'P2',
    },
    { name: 'an output written as a count', doc: withStatement('O0a', 'Jumlah dokumen standar layanan puskesmas'), where: 'O0a' },
  ],
  accept: [
    {
      name: 'a year or a numbered program is no target figure',
      doc: withStatements({
        M: 'Terlaksananya Renstra 2021-2026 dan Program Wajib Belajar 12 Tahun',
        G: 'Meningkatnya cakupan layanan K3 bagi 100 perusahaan mitra',
      }),
    },
    { name: 'the clean document', doc: clean },
    {
      name: 'a condition of a measure ("Meningkatnya Indeks Kepuasan Masyarakat")',
      doc: withStatement('M', 'Meningkatnya Indeks Kepuasan Masyarakat'),
    },
    {
      name: 'a Renstra program name (nomenclature)',
      doc: sasaranWithProgram('Meningkatnya kesejahteraan petani', 'Program Penyuluhan Pertanian'),
    },
  ],
});
