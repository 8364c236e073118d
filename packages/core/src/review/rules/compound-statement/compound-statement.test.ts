import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('compound-statement', {
  reject: [
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
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: 'a list of qualities or of parties, in single words',
      doc: mut((d) => {
        res(d, 'M').statement = 'Terwujudnya Birokrasi yang Efektif, Efisien dan Berorientasi Layanan Prima';
        res(d, 'M2').statement = 'Meningkatnya Kualitas Statistik Sektoral Kementerian, Lembaga dan Pemerintah Daerah';
      }),
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
