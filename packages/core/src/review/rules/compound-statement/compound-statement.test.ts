import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('compound-statement', {
  reject: [
    {
      name: 'two numbered indicators in one row',
      doc: mut(
        (d) => (res(d, 'M').indicators![0]!.statement = '1. Nilai LHE AKIP Perangkat Daerah    2. Indeks Kepuasan Masyarakat (IKM)'),
      ),
      says: '2 IK bernomor',
    },
    {
      name: 'two changes in one statement',
      doc: mut((d) => (res(d, 'M').statement = 'Meningkatnya Mutu Layanan dan Menurunnya Keluhan Pasien')),
    },
    {
      name: 'a list of three fields at an outcome level',
      doc: mut(
        (d) =>
          (res(d, 'M').statement =
            'Meningkatnya kesehatan keluarga & perbaikan gizi masyarakat, Promosi & pemberdayaan masyarakat, dan kesehatan lingkungan'),
      ),
      where: 'M',
      says: '3 bidang',
    },
    {
      name: 'a list of three fields with no comma before "serta"',
      doc: mut(
        (d) =>
          (res(d, 'M').statement =
            'Terwujudnya Manajemen Organisasi yang Efektif, Pengelolaan Keuangan yang Akuntabel serta Pelayanan Publik yang Prima'),
      ),
      where: 'M',
      says: '"Pelayanan Publik yang Prima"',
    },
    {
      name: 'three fields, the second holding "dan", the last after "serta"',
      doc: mut(
        (d) =>
          (res(d, 'M').statement =
            'Meningkatnya Manajemen Organisasi yang Berkualitas, Keuangan yang Efektif dan Efisien serta Pelayanan Publik yang Prima'),
      ),
      says: '"Keuangan yang Efektif dan Efisien"',
    },
  ],
  accept: [
    {
      name: 'a number in running text, and a single numbered indicator',
      doc: mut((d) => {
        res(d, 'M').indicators![0]!.statement = 'Persentase izin yang terbit dalam 1 hari kerja';
        res(d, 'I').indicators![0]!.statement = '1. Indeks Kepuasan Masyarakat';
      }),
    },
    {
      name: 'a reference clause holding "dan" ("... sesuai dengan ketentuan dan perundangan yang berlaku")',
      doc: mut(
        (d) =>
          (res(d, 'M').statement =
            'Terciptanya Lingkungan daerah Perkotaan, yang bersih sesuai dengan ketentuan dan perundangan yang berlaku'),
      ),
    },
    { name: 'the matching good case', doc: clean },
    {
      name: 'a list of qualities or of parties, in single words',
      doc: mut((d) => {
        res(d, 'M').statement = 'Terwujudnya Birokrasi yang Efektif, Efisien dan Berorientasi Layanan Prima';
        res(d, 'M2').statement = 'Meningkatnya Kualitas Statistik Sektoral Kementerian, Lembaga dan Pemerintah Daerah';
      }),
    },
    {
      name: 'qualities after one comma, the first closing a field ("... yang berdaya saing, inklusif dan berkelanjutan")',
      doc: mut((d) => (res(d, 'M').statement = 'Meningkatnya Perekonomian Daerah yang Berdaya Saing, Inklusif dan Berkelanjutan')),
    },
    {
      name: 'an urusan name standing for a result ("Urusan A, B dan C")',
      doc: mut((d) => (res(d, 'M').statement = 'Urusan Ketentraman, Ketertiban Umum Dan Perlindungan Masyarakat')),
    },
    {
      name: 'the scope of one result ("... yang meliputi A, B dan C")',
      doc: mut(
        (d) =>
          (res(d, 'M').statement =
            'Meningkatnya Layanan Mutasi ASN yang meliputi Jabatan Pimpinan Tinggi, Jabatan Administrasi, Jabatan Pelaksana dan Mutasi antar Daerah'),
      ),
    },
    {
      name: 'the parts of one result, with "dan" inside them',
      doc: mut(
        (d) =>
          (res(d, 'M').statement =
            'Meningkatnya kemampuan individu, keluarga dan masyarakat secara mandiri untuk menjaga kesehatan, memilih dan mendapatkan pelayanan kesehatan yang prima'),
      ),
    },
    {
      name: 'a list of fields at an output level',
      doc: mut((d) => (res(d, 'O0a').statement = 'Tersedianya Dokumen Perencanaan, Laporan Kinerja, dan Laporan Keuangan')),
    },
  ],
});
