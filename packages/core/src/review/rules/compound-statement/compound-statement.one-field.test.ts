/**
 * compound-statement: what reads as one field, one activity's objects or one clause (fixed pairs,
 * the kinds of one thing, a second verb or quality of one "yang" clause), and what is a second
 * condition after them. The rule's other cases are in compound-statement.test.ts.
 */
import { twoConditions } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('compound-statement', {
  reject: [
    {
      name: 'after an activity, a second condition of its own ("pengelolaan sampah dan kesadaran masyarakat ...")',
      doc: twoConditions('Meningkatnya pengelolaan sampah rumah tangga dan kesadaran masyarakat memilah sampah', [
        'Persentase sampah rumah tangga yang terkelola',
      ]),
      where: 'M',
      says: 'tambahkan IK untuk "kesadaran masyarakat memilah sampah"',
    },
    {
      name: 'after a quality of some holders, a condition of its own ("kompetensi guru madrasah dan kesejahteraan guru honorer")',
      doc: twoConditions('Meningkatnya kompetensi guru madrasah dan kesejahteraan guru honorer', [
        'Persentase guru madrasah yang lulus uji kompetensi',
      ]),
      where: 'M',
      says: 'tambahkan IK untuk "kesejahteraan guru honorer"',
    },
    {
      name: 'one competence of two holders, measured for one of them only ("kompetensi guru dan kepala sekolah", a Cabang Dinas Pendidikan)',
      doc: twoConditions('Meningkatnya Kompetensi Guru dan Kepala Sekolah', ['Persentase guru yang memiliki sertifikat pendidik']),
      where: 'M',
      says: 'tambahkan IK untuk "Kepala Sekolah"',
    },
    {
      name: 'after a passive "yang" clause, a condition of its own ("... yang disertifikasi dan ketahanan pangan masyarakat")',
      doc: twoConditions('Meningkatnya jumlah produk usaha mikro yang disertifikasi dan ketahanan pangan masyarakat', [
        'Jumlah produk usaha mikro yang disertifikasi halal',
      ]),
      where: 'M',
      says: 'tambahkan IK untuk',
    },
    {
      name: 'after a "yang" clause, a second condition of more than two words ("... yang bermutu dan kepesertaan jaminan kesehatan nasional")',
      doc: twoConditions('Meningkatnya pelayanan kesehatan rujukan yang bermutu dan kepesertaan jaminan kesehatan nasional', [
        'Indeks kepuasan pasien terhadap pelayanan rujukan',
      ]),
      where: 'M',
      says: 'tambahkan IK untuk "kepesertaan jaminan kesehatan nasional"',
    },
  ],
  accept: [
    {
      name: 'one competence named by its kinds ("kompetensi manajerial dan sosial kultural pejabat", PermenPAN-RB 38/2017)',
      doc: twoConditions('Meningkatnya kompetensi manajerial dan sosial kultural pejabat', [
        'Persentase pejabat struktural yang telah mengikuti pelatihan kepemimpinan sesuai jenjang',
      ]),
      where: 'M',
    },
    {
      name: 'one competence of two holders ("kompetensi penyuluh agama dan penghulu alumni diklat", a Balai Diklat Keagamaan)',
      doc: twoConditions('Meningkatnya Kompetensi Penyuluh Agama dan Penghulu Alumni Diklat Teknis Keagamaan', [
        'Rata-rata selisih nilai post-test dan pre-test peserta diklat teknis keagamaan',
      ]),
      where: 'M',
    },
    {
      name: 'one field of education ("mutu pendidikan dasar dan menengah", a BPMP provinsi)',
      doc: twoConditions('Meningkatnya mutu pendidikan dasar dan menengah di Provinsi Sulawesi Tengah', [
        'Persentase satuan pendidikan dengan capaian literasi pada Rapor Pendidikan minimal kategori baik',
      ]),
      where: 'M',
    },
    {
      name: 'the movements one quarantine prevents ("pencegahan masuk dan tersebarnya HPHK", Balai Karantina)',
      doc: twoConditions('Meningkatnya efektivitas pencegahan masuk dan tersebarnya hama penyakit hewan karantina', [
        'Jumlah kasus hama penyakit hewan karantina yang lolos ke wilayah kerja',
      ]),
      where: 'M',
    },
    {
      name: 'a second verb of the same "yang" clause ("volume ikan yang didaratkan dan dipasarkan melalui pelabuhan", a PPN)',
      doc: twoConditions('Meningkatnya volume ikan yang didaratkan dan dipasarkan melalui pelabuhan', [
        'Jumlah kunjungan kapal perikanan yang mendaratkan ikan',
        'Persentase ikan didaratkan yang dilelang di Tempat Pelelangan Ikan',
      ]),
      where: 'M',
    },
    {
      name: 'a second quality after a "yang" clause ("data statistik dasar yang akurat dan tepat waktu", a K/L sasaran program)',
      doc: twoConditions('Meningkatnya ketersediaan data statistik dasar yang akurat dan tepat waktu', [
        'Persentase data statistik dasar yang memenuhi standar kualitas data',
      ]),
    },
    {
      name: 'one field named by a fixed pair ("pengadaan barang dan jasa pemerintah", Perpres 16/2018, Bagian PBJ Setda)',
      doc: twoConditions('Meningkatnya kualitas pengadaan barang dan jasa pemerintah', [
        'Persentase paket tender yang selesai tepat waktu',
        'Indeks Tata Kelola Pengadaan',
      ]),
      where: 'M',
    },
    {
      name: 'two objects of one activity ("penyebarluasan informasi kebijakan dan program pemerintah daerah", Kominfo)',
      doc: twoConditions('Meningkatnya penyebarluasan informasi kebijakan dan program pemerintah daerah', [
        'Persentase informasi publik yang terdiseminasi',
      ]),
    },
    {
      name: 'two objects of one activity after its quality ("kualitas fasilitasi persidangan dan perundang-undangan DPRD", a Sekretariat DPRD)',
      doc: twoConditions('Meningkatnya Kualitas Fasilitasi Persidangan dan Perundang-undangan DPRD', [
        'Persentase fasilitasi pembahasan Raperda yang selesai sesuai jadwal Propemperda',
        'Persentase rapat paripurna dan rapat alat kelengkapan yang terfasilitasi',
      ]),
    },
    {
      name: 'a half named by its field ("perlindungan tenaga kerja" by "norma ketenagakerjaan", a Dinas Tenaga Kerja)',
      doc: twoConditions('Meningkatnya Kondusivitas Hubungan Industrial dan Perlindungan Tenaga Kerja', [
        'Persentase perselisihan hubungan industrial yang diselesaikan melalui perundingan bipartit dan mediasi',
        'Persentase perusahaan yang menerapkan norma ketenagakerjaan',
      ]),
    },
    {
      name: 'two objects of one activity ("pemanfaatan data dan hasil litbang", Bappeda)',
      doc: twoConditions('Meningkatnya pemanfaatan data dan hasil litbang dalam perencanaan', [
        'Persentase rekomendasi kajian yang dimanfaatkan dalam dokumen perencanaan',
      ]),
    },
    {
      name: 'one function named by a fixed pair ("tugas dan fungsi DPRD")',
      doc: twoConditions('Meningkatnya dukungan pelaksanaan tugas dan fungsi DPRD', ['Persentase fungsi DPRD yang terfasilitasi']),
    },
    {
      name: 'two actions on one object named together ("pencegahan dan penanggulangan kebakaran", Damkar)',
      doc: twoConditions('Meningkatnya ketahanan daerah dalam pencegahan dan penanggulangan kebakaran', [
        'Persentase kerugian materiil akibat kebakaran terhadap nilai aset terdampak',
      ]),
    },
    {
      name: 'two actions on one object named together ("pengolahan dan pemasaran hasil perikanan", Dinas Perikanan)',
      doc: twoConditions('Meningkatnya kemampuan pelaku usaha pengolahan dan pemasaran hasil perikanan', [
        'Persentase pelaku usaha pengolahan yang menerapkan sanitasi dan higiene',
      ]),
    },
    {
      name: 'a second half that qualifies the first ("... bermutu dan berkesetaraan ...")',
      doc: twoConditions('Terwujudnya layanan pendidikan dasar bermutu dan berkesetaraan di semua kecamatan', [
        'Angka Partisipasi Murni pendidikan dasar',
      ]),
    },
  ],
});
