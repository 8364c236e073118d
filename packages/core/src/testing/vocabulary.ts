/**
 * Word lists from which the generator composes Indonesian-like statements, in the style of
 * the BKPSDM worksheet and of regional Renstra documents. Every list is frozen.
 *
 * @module
 */

const list = (...words: string[]): readonly string[] => Object.freeze(words);

/** Objects of a statement: what a result is about (urusan and services of a regional government). */
export const OBJECTS = list(
  'Manajemen Aparatur Sipil Negara',
  'Perencanaan dan Pengadaan ASN',
  'Pengembangan Kompetensi ASN',
  'Penilaian Kinerja Aparatur',
  'Mutasi dan Promosi ASN',
  'Sistem Informasi Kepegawaian',
  'Pelayanan Administrasi Kepegawaian',
  'Perencanaan Pembangunan Daerah',
  'Pengelolaan Keuangan Daerah',
  'Pengelolaan Barang Milik Daerah',
  'Pengadaan Barang dan Jasa Pemerintah',
  'Pengawasan Internal Pemerintah Daerah',
  'Pelayanan Kesehatan Dasar',
  'Pelayanan Kesehatan Ibu dan Anak',
  'Pencegahan Stunting',
  'Pendidikan Anak Usia Dini',
  'Pendidikan Dasar',
  'Pelayanan Administrasi Kependudukan',
  'Pelayanan Perizinan Berusaha',
  'Penanaman Modal Daerah',
  'Pemberdayaan Usaha Mikro Kecil dan Menengah',
  'Ketahanan Pangan Masyarakat',
  'Produksi Pertanian Tanaman Pangan',
  'Penyediaan Air Minum',
  'Pengelolaan Sampah dan Limbah',
  'Infrastruktur Jalan dan Jembatan',
  'Penataan Ruang Wilayah',
  'Penanggulangan Bencana Daerah',
  'Ketenteraman dan Ketertiban Umum',
  'Perlindungan Sosial',
  'Pemberdayaan Masyarakat Desa',
  'Pengelolaan Arsip Daerah',
  'Pelayanan Perpustakaan',
  'Pengembangan Pariwisata Daerah',
  'Pelestarian Kebudayaan Daerah',
  'Komunikasi dan Informatika',
  'Statistik Sektoral',
  'Persandian dan Keamanan Informasi',
  'Pengelolaan Pendapatan Daerah',
  'Pelayanan Transportasi Umum',
);

/** Aspects an outcome improves: "Meningkatnya {aspect} {object}". */
export const ASPECTS = list(
  'Kualitas',
  'Kapasitas',
  'Akuntabilitas',
  'Efektivitas',
  'Kinerja',
  'Cakupan',
  'Daya Saing',
  'Tata Kelola',
  'Profesionalitas',
  'Transparansi',
  'Aksesibilitas',
  'Kepuasan Masyarakat atas',
);

/** Qualifiers of outcome statements: they make statements longer and distinct, as real ones are. */
export const QUALIFIERS = list(
  '',
  ' di Perangkat Daerah',
  ' secara Digital',
  ' Berbasis Sistem Merit',
  ' yang Tepat Waktu',
  ' yang Terintegrasi',
  ' Sesuai Standar Pelayanan Minimal',
  ' bagi Masyarakat',
);

/** Qualifiers of output statements. */
export const OUTPUT_QUALIFIERS = list('', ' Tahun Berjalan', ' secara Elektronik', ' Tingkat Kecamatan', ' Lintas Perangkat Daerah');

/** Regions that tell apart statements once a statement space is used up: "... Wilayah Utara". */
export const REGIONS = list('Utara', 'Selatan', 'Timur', 'Barat', 'Tengah', 'Pesisir', 'Pegunungan', 'Perkotaan', 'Perdesaan');

/** Outcome verbs, each followed by an aspect: "Meningkatnya Kualitas ...". */
export const OUTCOME_VERBS = list('Meningkatnya', 'Terwujudnya', 'Optimalnya', 'Menguatnya');

/** Output verbs, as the review expects of outputs, with what they take: a document, an activity or a record. */
export const OUTPUT_VERBS: readonly (readonly [verb: string, takes: 'document' | 'activity' | 'record'])[] = Object.freeze([
  ['Tersedianya', 'document'],
  ['Tersusunnya', 'document'],
  ['Terlaksananya', 'activity'],
  ['Terselenggaranya', 'activity'],
  ['Terfasilitasinya', 'activity'],
  ['Terkelolanya', 'record'],
] as const);

/** What "Terkelolanya" takes: "Terkelolanya Data ...". */
export const OUTPUT_RECORDS = list('Administrasi', 'Data', 'Sistem Informasi', 'Arsip');

/** What an output delivers: documents for "Tersedianya/Tersusunnya", activities for "Terlaksananya". */
export const OUTPUT_DOCUMENTS = list(
  'Dokumen Perencanaan',
  'Laporan Evaluasi',
  'Data dan Informasi',
  'Rekomendasi Kebijakan',
  'Dokumen Standar Operasional Prosedur',
  'Laporan Kinerja',
  'Basis Data',
  'Dokumen Analisis Kebutuhan',
);

/** Activities an output carries out. */
export const OUTPUT_ACTIVITIES = list(
  'Pembinaan',
  'Monitoring dan Evaluasi',
  'Sosialisasi',
  'Bimbingan Teknis',
  'Verifikasi dan Validasi',
  'Pendampingan',
  'Fasilitasi',
  'Rapat Koordinasi',
);

/** Predicates of "Persentase {object} yang {predicate}" (rates rise when good). */
export const RATE_PREDICATES = list(
  'Memenuhi Standar',
  'Terlayani Tepat Waktu',
  'Sesuai Ketentuan',
  'Tertangani',
  'Terdigitalisasi',
  'Dinilai Baik',
);

/** Predicates of rates that fall when good (polarity `down`). */
export const DOWN_PREDICATES = list(
  'Tidak Sesuai Ketentuan',
  'Terlambat Diselesaikan',
  'Menjadi Temuan Pemeriksaan',
  'Dikeluhkan Pengguna',
);

/** Work units (unit kerja) that own results. */
export const UNITS = list(
  'Sekretariat',
  'Bidang Perencanaan',
  'Bidang Pengembangan',
  'Bidang Pelayanan',
  'Bidang Data dan Informasi',
  'Bidang Pembinaan',
  'Bidang Pengendalian',
  'Bidang Evaluasi',
);

/**
 * Positions (jabatan) by worksheet tier, top first: strategis, urusan, taktis, operasional, as
 * Langkah 5 assigns them under a JPT: taktis with administrators, operasional with pengawas and
 * functional positions.
 */
export const POSITIONS: readonly (readonly string[])[] = Object.freeze([
  list('Kepala Badan', 'Kepala Dinas'),
  list('Kepala Bidang', 'Sekretaris'),
  list('Kepala Bidang', 'Kepala Bagian', 'Sekretaris'),
  list('Kepala Sub Bidang', 'Kepala Seksi', 'Kepala Sub Bagian', 'Analis Kebijakan', 'Pengelola Data', 'Penyusun Program'),
]);

/** Agencies (perangkat daerah) of the generated documents. */
export const AGENCIES = list(
  'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
  'Badan Perencanaan Pembangunan Daerah',
  'Dinas Kesehatan',
  'Dinas Pendidikan',
  'Dinas Pekerjaan Umum dan Penataan Ruang',
  'Badan Pengelolaan Keuangan dan Aset Daerah',
);
