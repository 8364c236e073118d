import { clean, firstInd, mut, programIk, statedAs, tableCases } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('activity-indicator', {
  reject: [
    {
      name: 'attendance at training, at a Renstra program ("Persentase ASN yang mengikuti pengembangan kompetensi")',
      doc: programIk('Program Pengembangan Sumber Daya Manusia', 'Persentase ASN yang mengikuti pengembangan kompetensi', '%'),
      where: 'P',
      says: 'mengikuti pengembangan kompetensi',
    },
    {
      name: 'attendance at the manasik haji, at an outcome level ("Persentase jemaah haji yang mengikuti manasik haji", Kantor Kementerian Agama)',
      doc: statedAs('M', 'Persentase jemaah haji yang mengikuti manasik haji', '%'),
      where: 'M',
      says: 'mengikuti manasik',
    },
    {
      name: 'the share of one\'s own plan of work carried out ("Prosentase PKPT yang dilaksanakan")',
      doc: statedAs('M', 'Prosentase PKPT yang dilaksanakan', '%'),
      says: '("Prosentase PKPT ...")',
    },
    {
      name: 'forums held stay activities ("Jumlah forum konsultasi publik yang dilaksanakan")',
      doc: statedAs('O0a', 'Jumlah forum konsultasi publik yang dilaksanakan', 'Kali'),
      says: 'forum',
    },
    { name: '"Jumlah koordinasi ..."', doc: statedAs('O0a', 'Jumlah koordinasi standar layanan', 'Kali'), says: 'koordinasi' },
    {
      name: 'coordination meetings held under their contraction ("Jumlah rakordal yang dilaksanakan", Bagian Administrasi Pembangunan Setda)',
      doc: statedAs('O0a', 'Jumlah rakordal yang dilaksanakan', 'kali'),
      says: 'rakordal',
    },
    {
      name: 'press conferences held ("Jumlah konferensi pers pimpinan", Bagian Protokol dan Komunikasi Pimpinan Setda)',
      doc: statedAs('O0a', 'Jumlah konferensi pers pimpinan', 'kali'),
      says: 'konferensi pers',
    },
    ...tableCases(
      (statement: string) => statedAs('O0a', statement, 'kali'),
      [
        [
          'trade missions held ("Jumlah misi dagang yang dilaksanakan", Disperindag provinsi)',
          'Jumlah Misi Dagang yang Dilaksanakan',
          { says: 'Misi Dagang' },
        ],
        [
          'dialogues held ("Jumlah dialog kerukunan umat beragama", Bakesbangpol provinsi)',
          'Jumlah Dialog Kerukunan Umat Beragama',
          { says: 'Dialog' },
        ],
        [
          'business meetings held ("Jumlah temu bisnis yang diselenggarakan", Disperindag provinsi)',
          'Jumlah Temu Bisnis yang Diselenggarakan',
          { says: 'Temu Bisnis' },
        ],
        [
          'sarasehan held ("Jumlah sarasehan wawasan kebangsaan", Bakesbangpol provinsi)',
          'Jumlah Sarasehan Wawasan Kebangsaan',
          { says: 'Sarasehan' },
        ],
        [
          'market spot checks held ("Jumlah sidak pasar yang dilaksanakan", Biro Perekonomian)',
          'Jumlah Sidak Pasar yang Dilaksanakan',
          { says: 'Sidak' },
        ],
      ],
    ),
    {
      name: 'visits made by the agency\'s officers ("Jumlah kunjungan penyuluh ke kelompok tani", a Dinas Pertanian)',
      doc: statedAs('M', 'Jumlah kunjungan penyuluh ke kelompok tani', 'kali'),
      where: 'M',
      says: 'kunjungan penyuluh',
    },
    {
      name: 'the days an operation ran, at an outcome level ("Jumlah hari operasi pengawasan", DKP provinsi)',
      doc: statedAs('M', 'Jumlah Hari Operasi Pengawasan', 'hari'),
      where: 'M',
      says: '("Jumlah Hari Operasi ...")',
    },
    {
      name: 'the sea days of a patrol ("Jumlah hari layar patroli laut", a KPPBC)',
      doc: statedAs('O0a', 'Jumlah hari layar patroli laut', 'hari'),
      where: 'O0a',
      says: '("Jumlah hari layar patroli ...")',
    },
    {
      name: 'the sea days of a vessel ("Jumlah hari layar kapal negara kenavigasian", a Distrik Navigasi)',
      doc: statedAs('M', 'Jumlah hari layar kapal negara kenavigasian', 'hari'),
      where: 'M',
      says: '("Jumlah hari layar ...")',
    },
    {
      name: 'auctions held, counted in times ("Jumlah lelang barang rampasan negara", Kejaksaan Negeri)',
      doc: statedAs('O0a', 'Jumlah lelang barang rampasan negara', 'kali'),
      says: '("Jumlah lelang ...")',
    },
    {
      name: 'the days patrols ran, named by the patrol',
      doc: statedAs('M', 'Jumlah hari patroli kebakaran hutan', 'hari'),
      says: 'oleh patroli tersebut',
    },
    {
      name: 'activities carried out by a standard stay completion ("Persentase kegiatan yang dilaksanakan sesuai standar")',
      doc: statedAs('M', 'Persentase kegiatan yang dilaksanakan sesuai standar', '%'),
      says: 'kegiatan',
    },
    {
      name: 'physical work done said as its achievement ("Persentase capaian realisasi fisik program", a Setda)',
      doc: statedAs('M', 'Persentase capaian realisasi fisik program', '%'),
      where: 'M',
      says: '"Persentase capaian realisasi fisik ..."',
    },
    {
      name: 'work reported done at an outcome ("Persentase rencana aksi zona integritas yang terlaksana", a KSOP): reported here, once',
      doc: statedAs('M', 'Persentase rencana aksi zona integritas yang terlaksana', '%'),
      where: 'M',
      says: 'terlaksananya pekerjaan',
    },
    {
      name: 'activities carried out on time stay completion ("Persentase kegiatan yang terlaksana tepat waktu")',
      doc: statedAs('M', 'Persentase kegiatan yang terlaksana tepat waktu', '%'),
      says: 'kegiatan',
    },
    { name: '"Persentase terlaksananya ..."', doc: statedAs('M', 'Persentase terlaksananya kegiatan pembinaan puskesmas', '%') },
    { name: '"Persentase pembentukan ..."', doc: statedAs('M', 'Persentase pembentukan desa tangguh bencana', '%'), says: 'pembentukan' },
    {
      name: 'an activity named, with no measure ("Pengawasan dan pembinaan keamanan pangan")',
      doc: statedAs('M', 'Pengawasan dan pembinaan keamanan pangan', 'kali'),
      where: 'M',
      says: '"Pengawasan ..."',
    },
    {
      name: 'an assessment named, counted in documents, not its score ("Penilaian kinerja pegawai")',
      doc: statedAs('M', 'Penilaian kinerja pegawai', 'dokumen'),
      where: 'M',
      says: '"Penilaian ..."',
    },
    {
      name: 'an activity in -asi named ("Stabilisasi harga dan pasokan pangan")',
      doc: statedAs('M', 'Stabilisasi harga dan pasokan pangan', '%'),
      where: 'M',
    },
    {
      name: 'attendance at training, at an outcome level ("Persentase ASN yang mengikuti pendidikan dan pelatihan")',
      doc: statedAs('M', 'Persentase ASN yang telah mengikuti pendidikan dan pelatihan struktural', '%'),
      where: 'M',
      says: 'mengikuti pendidikan dan pelatihan',
    },
    ...tableCases(
      (statement: string) => statedAs('M', statement, '%'),
      [
        [
          'attendance at a program of guidance ("... yang mengikuti program pembinaan kepribadian", an LPKA)',
          'Persentase Anak Binaan yang mengikuti program pembinaan kepribadian',
          { says: 'mengikuti program pembinaan' },
        ],
        [
          'attendance at a program of training ("... yang mengikuti program pelatihan kerja")',
          'Persentase pencari kerja yang mengikuti program pelatihan kerja',
          { says: 'mengikuti program pelatihan' },
        ],
      ],
      { where: 'M' },
    ),
    {
      name: 'attendance at a technical guidance, misspelt "Presentase"',
      doc: statedAs('M', 'Presentase ASN yang mengikuti Bimbingan teknis di lingkungan Dinas Kesehatan', '%'),
      says: 'mengikuti bimbingan',
    },
    {
      name: '"Frekwensi pertemuan ..." (the common spelling of frekuensi)',
      doc: statedAs('M', 'Frekwensi pertemuan forum kerukunan', 'kali'),
      says: 'pertemuan',
    },
    { name: '"Persentase daya serap APBD" (a budget spent)', doc: statedAs('M', 'Persentase daya serap APBD', '%'), says: 'daya serap' },
    { name: '"Tingkat penyerapan anggaran"', doc: statedAs('M', 'Tingkat penyerapan anggaran', '%'), says: 'penyerapan anggaran' },
    {
      name: '"Persentase penyelesaian tugas ..." (one\'s own work done)',
      doc: statedAs('M', 'Persentase penyelesaian tugas khusus pimpinan', '%'),
      says: 'penyelesaian tugas',
    },
  ],
  accept: [
    { name: 'auctions that failed are a condition ("Jumlah lelang yang gagal")', doc: statedAs('M', 'Jumlah lelang yang gagal', 'paket') },
    {
      name: 'membership of a program is a condition ("Persentase penduduk yang mengikuti program JKN")',
      doc: statedAs('M', 'Persentase penduduk yang mengikuti program JKN', '%'),
    },
    ...[
      // (a Balai Diklat Keagamaan's IKU in nilai: the PMPZI score)
      ['Penilaian Mandiri Pembangunan Zona Integritas', 'nilai'],
      ['Evaluasi SAKIP Balai', 'nilai'],
    ].map(([statement, unit]) => ({
      name: `the score of an assessment, in ${unit}, named after it ("${statement}")`,
      doc: statedAs('M', statement!, unit!),
    })),
    {
      name: 'a deviation is a measure, not an activity named ("Deviasi halaman III DIPA", a Kanwil DJPb)',
      doc: statedAs('M', 'Deviasi halaman III DIPA', '%'),
    },
    {
      name: 'auctions that sold are what the auctions brought ("Frekuensi lelang yang laku", a KPKNL)',
      doc: statedAs('M', 'Frekuensi lelang yang laku', 'frekuensi'),
    },
    ...['Jumlah kunjungan wisatawan mancanegara', 'Jumlah kunjungan pasien rawat jalan', 'Jumlah kunjungan ke perpustakaan daerah'].map(
      (statement) => ({ name: `visits received count those served ("${statement}")`, doc: statedAs('M', statement, 'orang'), where: 'M' }),
    ),
    {
      name: 'packages auctioned are counted, not auctions held ("Jumlah paket lelang")',
      doc: statedAs('M', 'Jumlah paket lelang yang selesai', 'paket'),
    },
    {
      name: 'the days a facility ran are its availability ("Jumlah hari operasi fasilitas RDF", a UPTD Pengelolaan Sampah)',
      doc: statedAs('M', 'Jumlah hari operasi fasilitas RDF', 'hari'),
    },
    {
      name: 'days without a disturbance are a condition ("Jumlah hari tanpa gangguan keamanan hutan")',
      doc: statedAs('M', 'Jumlah hari tanpa gangguan keamanan hutan', 'hari'),
    },
    {
      name: 'working days to settle a permit are a service standard ("Jumlah hari kerja penyelesaian izin")',
      doc: statedAs('M', 'Jumlah hari kerja penyelesaian izin', 'hari'),
    },
    {
      name: 'the budget absorption of the satker mitra a KPPN serves ("Persentase penyerapan anggaran satker mitra KPPN")',
      doc: statedAs('M', 'Persentase penyerapan anggaran satker mitra KPPN', '%'),
    },
    {
      name: 'training programmes built on the competency standard ("Persentase program pelatihan yang mengacu SKKNI", BPVP)',
      doc: statedAs('M', 'Persentase program pelatihan yang mengacu SKKNI', '%'),
    },
    ...tableCases(
      (statement: string) => statedAs('M', statement, '%'),
      [
        [
          'training programmes accredited ("Persentase program pelatihan yang terakreditasi", a UPTD BLK)',
          'Persentase program pelatihan yang terakreditasi',
        ],
        [
          'activities certified ("Persentase kegiatan pengujian yang tersertifikasi", a laboratory)',
          'Persentase kegiatan pengujian yang tersertifikasi',
        ],
        [
          'the share of study programmes, an IKU of a PTN ("Persentase program studi ... akreditasi internasional")',
          'Persentase program studi S1 dan D4/D3 yang memiliki akreditasi atau sertifikasi internasional',
        ],
        [
          'the share of broadcast programmes meeting the code, a TVRI stasiun ("Persentase program siaran lokal ...")',
          'Persentase program siaran lokal yang sesuai P3SPS',
        ],
        [
          'the share of an SMK\'s study programmes ("Persentase program keahlian yang kurikulumnya diselaraskan dengan DUDI")',
          'Persentase program keahlian yang kurikulumnya diselaraskan dengan DUDI',
        ],
      ],
    ),
    {
      name: 'the share of activities made public ("Persentase kegiatan DPRD yang dipublikasikan melalui e-Parlemen", Sekretariat DPRD)',
      doc: statedAs('M', 'Persentase kegiatan DPRD yang dipublikasikan melalui e-Parlemen', '%'),
    },
    {
      name: 'the share of activities whose result meets a standard ("Persentase kegiatan survei yang nilai respons rate-nya memenuhi standar", BPS)',
      doc: statedAs('M', 'Persentase kegiatan survei yang nilai respons rate-nya memenuhi standar', '%'),
    },
    {
      name: 'a study programme is a thing, not a programme of work ("Program studi Berstandar Internasional")',
      doc: statedAs('M', 'Program studi Berstandar Internasional', 'Prodi'),
    },
    {
      name: 'a plan of others, made (not carried out): "Persentase rencana tata ruang yang ditetapkan"',
      doc: statedAs('M', 'Persentase rencana detail tata ruang yang ditetapkan', '%'),
    },
    {
      name: '"Persentase penyelesaian perkara" (cases resolved, a result)',
      doc: statedAs('M', 'Persentase penyelesaian perkara tepat waktu', '%'),
    },
    { name: '"Tingkat penyerapan tenaga kerja" (jobs, not a budget)', doc: statedAs('M', 'Tingkat penyerapan tenaga kerja', '%') },
    { name: '"Jumlah peserta pelatihan ..."', doc: statedAs('O0b', 'Jumlah peserta pelatihan yang lulus', 'Orang') },
    { name: 'the clean tree', doc: clean },
    {
      name: 'a change measured ("Peningkatan populasi ternak"), or a condition ("Pertumbuhan ekonomi", "Pelayanan ...")',
      doc: mut((d) => {
        Object.assign(firstInd(d, 'M'), { statement: 'Peningkatan populasi ternak sapi', unit: 'ekor' });
        Object.assign(firstInd(d, 'M2'), { statement: 'Pertumbuhan ekonomi daerah', unit: '%' });
        Object.assign(firstInd(d, 'M3'), { statement: 'Pelayanan kesehatan dasar sesuai standar', unit: '%' });
      }),
    },
    {
      name: 'taking part in schooling is a condition ("... yang mengikuti pendidikan kesetaraan")',
      doc: statedAs('M', 'Persentase warga putus sekolah yang mengikuti pendidikan kesetaraan', '%'),
    },
    {
      name: 'attendance at training at an output level: the reach of the output',
      doc: statedAs('O0b', 'Persentase petugas yang mengikuti pelatihan teknis', '%'),
    },
  ],
});
