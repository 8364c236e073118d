/**
 * The review's Indonesian word lists, in one place: synonyms, connectives, units, measures,
 * activity nouns and the words that tell which way an indicator improves. Data, not logic; a list
 * may grow as agencies write new words. Everything is lower case and ASCII (the review compares
 * normalised text).
 *
 * @module
 */

/** Words that mean the same for comparison: each maps to one form. */
export const SYNONYMS: Readonly<Record<string, string>> = Object.freeze({
  pegawai: 'asn',
  aparatur: 'asn',
  pns: 'asn',
  aparat: 'asn',
  karyawan: 'asn',
  prosentase: 'persentase',
  presentase: 'persentase',
  persen: 'persentase',
  mutu: 'kualitas',
  kab: 'kabupaten',
  kec: 'kecamatan',
  kel: 'kelurahan',
  prov: 'provinsi',
  yg: 'yang',
  dgn: 'dengan',
  dlm: 'dalam',
  thd: 'terhadap',
  utk: 'untuk',
  pemda: 'pemerintah daerah',
  opd: 'perangkat daerah',
  skpd: 'perangkat daerah',
  pd: 'perangkat daerah',
  index: 'indeks',
  ratio: 'rasio',
  tk: 'tingkat',
  // "Capaian SAKIP" and "Nilai SAKIP": the value a measure reaches ("pencapaian", "tercapainya" stay).
  capaian: 'nilai',
  kinerja: 'kinerja',
});

/**
 * Acronyms agencies write beside or instead of their words ("Indeks Kepuasan Masyarakat (IKM)",
 * "IKM", "Sekretariat DPRD" and "Dewan Perwakilan Rakyat Daerah"): compared as the content words
 * they stand for, so that both spellings give the same stems and share each word. Only acronyms
 * whose words name one thing: SAKIP, IKU or SPM would bring words as general as "kinerja" or
 * "pelayanan" into every text that names them. (No word of an expansion is itself an acronym here.)
 */
export const ACRONYMS: Readonly<Record<string, string>> = Object.freeze({
  ikm: 'indeks kepuasan masyarakat',
  skm: 'survei kepuasan masyarakat',
  dprd: 'dewan perwakilan rakyat daerah',
  ipm: 'indeks pembangunan manusia',
  ipg: 'indeks pembangunan gender',
  idg: 'indeks pemberdayaan gender',
  spbe: 'sistem pemerintahan berbasis elektronik',
  lkpd: 'laporan keuangan pemerintah daerah',
  apbd: 'anggaran pendapatan dan belanja daerah',
  pad: 'pendapatan asli daerah',
  pdrb: 'produk domestik regional bruto',
  umkm: 'usaha mikro kecil dan menengah',
  apip: 'aparat pengawasan intern pemerintah',
  spip: 'sistem pengendalian intern pemerintah',
  tpt: 'tingkat pengangguran terbuka',
  rpjmd: 'rencana pembangunan jangka menengah daerah',
  bumd: 'badan usaha milik daerah',
});

/** Phrases that mean one thing, unified before stemming ("aparatur sipil negara" = "ASN"). */
export const PHRASES: readonly (readonly [readonly string[], string])[] = Object.freeze([
  [['aparatur', 'sipil', 'negara'], 'asn'],
  [['pegawai', 'negeri', 'sipil'], 'asn'],
  [['sumber', 'daya', 'manusia'], 'sdm'],
  [['organisasi', 'perangkat', 'daerah'], 'perangkat daerah'],
  [['satuan', 'kerja', 'perangkat', 'daerah'], 'perangkat daerah'],
  // (written out, as "OPD", "SKPD" and "PD" read)
  [['perangkat', 'daerah'], 'perangkat daerah'],
  [['pemerintah', 'daerah'], 'pemerintah daerah'],
  // SAKIP and AKIP written out, alone or beside the acronym: one term (not its five words, see ACRONYMS).
  [['sistem', 'akuntabilitas', 'kinerja', 'instansi', 'pemerintah'], 'sakip'],
  [['akuntabilitas', 'kinerja', 'instansi', 'pemerintah'], 'sakip'],
  // The area a network or facility serves is how its area is measured ("Luas layanan jaringan irigasi" in ha).
  [['luas', 'layanan'], 'luas'],
]);

/** Connectives and fillers left out when comparing content. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'dan',
  'serta',
  'yang',
  'di',
  'ke',
  'dari',
  'bagi',
  'untuk',
  'pada',
  'dalam',
  'atas',
  'oleh',
  'dengan',
  'atau',
  'melalui',
  'terhadap',
  'sesuai',
  'secara',
  'antar',
  'per',
  'se',
  'the',
  'of',
  'and',
  'tersebut',
  'ini',
  'itu',
  'akan',
  'telah',
  'sudah',
  'adalah',
  'yaitu',
  'sebagai',
  'para',
  'seluruh',
  'semua',
  'setiap',
  'tiap',
  'agar',
  'guna',
  'dalam rangka',
  'rangka',
]);

// ---------------------------------------------------------------------------------------------
// Statement heads.

/** Normative heads that name a wish, not a measurable condition ("Optimalnya ..."). */
export const NORMATIVE_HEADS: ReadonlySet<string> = new Set([
  'optimalnya',
  'efektifnya',
  'efisiennya',
  'mantapnya',
  'baiknya',
  'lancarnya',
  'tertibnya',
  // (the same word heading a noun phrase, as a Kemenkes or Kemenkeu sasaran writes it: "Tertib administrasi keuangan dan BMN")
  'tertib',
  'maksimalnya',
  'suksesnya',
  'berhasilnya',
  'kondusifnya',
  'harmonisnya',
  'sinergisnya',
  'optimalisasinya',
]);

/**
 * Activity nouns: a condition verb followed by one of these ("Meningkatnya Pengelolaan ...")
 * names more activity, not a better condition. pe-...-an and -asi nouns are found by their form
 * (see `statementForm`); these are the ones the form misses or that must always count.
 */
export const ACTIVITY_NOUNS: ReadonlySet<string> = new Set([
  'pengelolaan',
  'pengembangan',
  'pelaksanaan',
  'penyelenggaraan',
  'pembinaan',
  'penanganan',
  'pengadaan',
  'penyediaan',
  'pemeliharaan',
  'penyusunan',
  'pengawasan',
  'pengendalian',
  'pemantauan',
  'pendampingan',
  'penataan',
  'penguatan',
  'pemberdayaan',
  'pembangunan',
  'peningkatan',
  'pengembangan',
  'perencanaan',
  'pengaturan',
  'pengkajian',
  'penelitian',
  'pembenahan',
  'penegakan',
  'pencegahan',
  'penanggulangan',
  'pengamanan',
  'pemanfaatan',
  'penerapan',
  'pemenuhan',
  'pengukuran',
  'penilaian',
  'evaluasi',
  'koordinasi',
  'fasilitasi',
  'sosialisasi',
  'monitoring',
  'supervisi',
  'advokasi',
  'promosi',
  'administrasi',
  'implementasi',
  'optimalisasi',
  'intensifikasi',
  'ekstensifikasi',
  'revitalisasi',
  'rehabilitasi',
  'kegiatan',
  'program',
  'upaya',
  'dukungan',
  'layanan administrasi',
  'bimbingan',
  'pelatihan',
  'pendidikan dan pelatihan',
]);

/** Activity nouns that, after a condition verb, name the condition anyway ("Meningkatnya Pelayanan Publik" is read as service quality by agencies and evaluators alike). */
export const CONDITION_NOUNS: ReadonlySet<string> = new Set([
  'pelayanan',
  'pendidikan',
  'pertumbuhan',
  'pendapatan',
  'penerimaan',
  'penjualan',
  'perekonomian',
  'perlindungan',
  'partisipasi',
  'kesejahteraan',
  'pemerataan',
  'penggunaan',
  'pemanfaatan',
  'penghasilan',
  'pengetahuan',
  'pemahaman',
  'penguasaan',
  'perkembangan',
  'persebaran',
  'penyebaran',
  'kepatuhan',
  'keterlibatan',
  'penyerapan',
  'pencapaian',
  'peranan',
  'peran',
  'penerapan',
  'penggunaan',
  'kepemilikan',
  'pemakaian',
  // (the rate at which a service is used, by those it serves: "Meningkatnya utilisasi layanan jasa
  // industri", a Balai Besar Standardisasi dan Pelayanan Jasa Industri, as "pemanfaatan" is)
  'utilisasi',
  'penghuni',
  'kepesertaan',
  'pencatatan',
  'perekaman',
]);

/** Words that name the quality a condition reaches ("... yang baik"): an outcome phrased around them states a condition. */
export const QUALITY_WORDS: ReadonlySet<string> = new Set([
  'baik',
  'optimal',
  'berkualitas',
  'prima',
  'memadai',
  'efektif',
  'efisien',
  'akuntabel',
  'transparan',
  'andal',
  'handal',
  'profesional',
  'berintegritas',
  'kondusif',
  'aman',
  'sehat',
  'bersih',
  'tertib',
  'lancar',
  'mandiri',
  'berdaya',
  'sejahtera',
  'maju',
  'unggul',
  'inovatif',
  'responsif',
  'kompeten',
  'produktif',
  'merata',
  'berkelanjutan',
  'terintegrasi',
  'terpadu',
  'modern',
  'tangguh',
  'inklusif',
  'meningkat',
  'menurun',
  'tinggi',
  'rendah',
  'terkendali',
  'tercapai',
  'terpenuhi',
  'terjamin',
  'lestari',
  'cerdas',
  'religius',
  'harmonis',
  'nyaman',
  'layak',
  'terjangkau',
  'berkeadilan',
  'adil',
  'stabil',
  // (roads in steady condition, good or fair: "Terpeliharanya ruas jalan ... dalam kondisi mantap")
  'mantap',
  'kuat',
  'tumbuh',
  'bermutu',
  'partisipatif',
  'kolaboratif',
  'setara',
  'ramah',
  'good',
  'clean',
  'akurat',
  'mutakhir',
  'berdaya saing',
  'tepat',
  'cepat',
  'mudah',
  'valid',
  'terukur',
  'berbasis',
  'digital',
  'sinergis',
  'kredibel',
  'objektif',
  'terbuka',
  'berkinerja',
  'tinggi',
]);

// ---------------------------------------------------------------------------------------------
// Indicators.

/** Activities counted by an activity indicator ("Jumlah kegiatan ...", "Jumlah koordinasi ..."). */
export const COUNTED_ACTIVITIES: ReadonlySet<string> = new Set([
  'kegiatan',
  'koordinasi',
  'fasilitasi',
  'sosialisasi',
  'rapat',
  'rakor',
  // (rapat koordinasi pengendalian pembangunan, as a Bagian Administrasi Pembangunan writes it)
  'rakordal',
  'pertemuan',
  'konferensi pers',
  'bimtek',
  'monitoring',
  'monev',
  'pembinaan',
  'pendampingan',
  'asistensi',
  'supervisi',
  'kunjungan kerja',
  // (visits made by the agency's officers, not received: "Jumlah kunjungan penyuluh ke kelompok
  // tani"; "kunjungan wisatawan", "kunjungan pasien" count those served, a result)
  'kunjungan lapangan',
  'kunjungan penyuluh',
  'kunjungan petugas',
  'kunjungan pembinaan',
  'kunjungan monitoring',
  'kunjungan pengawasan',
  // (field schools held for farmers: SL-PTT, SL-PHT)
  'sekolah lapang',
  // (drills held: "Jumlah latihan SAR gabungan", a Kantor Pencarian dan Pertolongan)
  'latihan',
  // (group sessions a Puskesmas holds: kelas ibu hamil, kelas ibu balita)
  'kelas ibu',
  // (events held: an output of a kegiatan, an activity counted at outcome level; see activity-indicator)
  'event',
  'festival',
  'lomba',
  'acara',
  'forum',
  'workshop',
  'lokakarya',
  'penyuluhan',
  'kampanye',
  'pelaksanaan',
  'penyelenggaraan',
  'kali',
  'frekuensi',
  'konsultasi',
  'evaluasi',
  'verifikasi',
  'pameran',
  // (trade missions sent and dialogues held: "Jumlah misi dagang yang dilaksanakan" of a
  // Disperindag, "Jumlah dialog kerukunan umat beragama" of a Kesbangpol)
  'misi dagang',
  'dialog',
  // (business meetings, sarasehan and market spot checks held: "Jumlah temu bisnis yang
  // diselenggarakan", "Jumlah sarasehan wawasan kebangsaan", "Jumlah sidak pasar")
  'temu bisnis',
  'sarasehan',
  'sidak',
  'seminar',
  'rapat koordinasi',
  'operasi',
  'patroli',
  'razia',
]);

/**
 * Words after "program" that make it a thing, not a programme of work: a study programme of a
 * university ("Program Studi ..."), a broadcast programme of a TVRI or RRI station ("Program
 * Siaran Budaya Lokal", "Persentase program siaran lokal yang sesuai P3SPS", "Program Acara ..."), a
 * competency programme of an SMK ("Persentase program keahlian yang kurikulumnya diselaraskan ...").
 */
export const PROGRAM_THINGS: ReadonlySet<string> = new Set(['studi', 'siaran', 'acara', 'keahlian']);

/** Words after "Persentase" that report completion of work ("Persentase terlaksananya ..."). */
export const COMPLETION_WORDS: ReadonlySet<string> = new Set([
  'terlaksananya',
  'terselenggaranya',
  'pelaksanaan',
  'penyelenggaraan',
  'terealisasinya',
  'terlaksana',
  'kegiatan',
  'program',
  'tersusunnya',
  'penyusunan',
  'pembentukan',
]);

/** Things an output delivers: counting them measures an output, not an outcome. */
export const DELIVERABLES: ReadonlySet<string> = new Set([
  'dokumen',
  'laporan',
  'lhp',
  'kajian',
  'paket',
  'regulasi',
  'peraturan',
  'perda',
  'perbup',
  'perwal',
  'perkada',
  'sop',
  'rekomendasi',
  'modul',
  'aplikasi',
  'rancangan',
  'rumusan',
  'naskah',
  'buku',
  'publikasi',
  'surat',
  'berkas',
  'dokumentasi',
  'juknis',
  'pedoman',
  'kebijakan',
  'keputusan',
  'sk',
  'nota',
  'materi',
  'bahan',
  'sistem',
  'database',
  'produk hukum',
  'standar',
  'rencana',
]);

/** Two words of a unit read in either order ("tingkat/indeks" and "indeks/tingkat"). */
const either = (a: string, b: string): string[] => [`${a}/${b}`, `${b}/${a}`];

/** What to write instead of a vague unit, with the units it answers. */
const VAGUE_UNIT_ADVICE: readonly (readonly [{ readonly id: string; readonly en: string }, readonly string[]])[] = [
  [{ id: 'jam, hari atau bulan', en: 'hours, days or months' }, ['waktu']],
  [{ id: '% atau poin indeks', en: '% or index points' }, ['tingkat']],
  [{ id: 'indeks atau poin', en: 'index or points' }, [...either('tingkat', 'indeks'), ...either('nilai', 'indeks')]],
  [{ id: 'poin atau skor dengan skalanya', en: 'points or a score with its scale' }, either('nilai', 'skor')],
  [{ id: '% atau poin', en: '% or points' }, [...either('persen', 'nilai'), '%/nilai', 'kinerja']],
  [{ id: 'satuan benda yang dihitung atau %', en: 'the thing counted, or %' }, either('jumlah', 'persen')],
  [{ id: 'indeks, poin atau predikat', en: 'index, points or a grade' }, ['kualitas']],
  [{ id: 'indeks, % atau predikat', en: 'index, % or a grade' }, ['kondisi']],
  [{ id: '% atau satuan yang dicapai', en: '% or the unit achieved' }, ['capaian']],
  [
    {
      id: 'benda atau orang yang dihitung (dokumen, orang, unit ...)',
      en: 'the thing or people counted (documents, persons, units ...)',
    },
    ['jumlah'],
  ],
  [
    { id: 'satuan yang diukur (tahun, per 1.000 penduduk, % ...)', en: 'the measured unit (years, per 1,000 population, % ...)' },
    ['angka'],
  ],
  [{ id: 'satuan yang diukur', en: 'the measured unit' }, ['besaran', 'ukuran', 'satuan']],
  [{ id: 'dokumen atau unit, atau ukur kondisinya', en: 'documents or units, or measure the condition' }, ['ada/tidak']],
];

/** What to write instead of a vague unit for an indicator that names an index ("Indeks Kepuasan Masyarakat" in "Angka"). */
export const INDEX_UNIT_ADVICE: { readonly id: string; readonly en: string } = Object.freeze({
  id: 'indeks atau poin',
  en: 'index or points',
});

/** Units that are not units, with what to write instead. */
export const VAGUE_UNITS: Readonly<Record<string, { readonly id: string; readonly en: string }>> = Object.freeze(
  Object.fromEntries(VAGUE_UNIT_ADVICE.flatMap(([advice, units]) => units.map((unit) => [unit, advice]))),
);

/** Nouns counted in people ("Jumlah ASN ..." in orang is right). */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'asn',
  'pegawai',
  'pns',
  'orang',
  'peserta',
  'penduduk',
  'warga',
  'masyarakat',
  'siswa',
  'murid',
  'guru',
  'pasien',
  'balita',
  'bayi',
  'ibu',
  'anak',
  'pemuda',
  'atlet',
  'petani',
  'nelayan',
  'pelaku',
  'wisatawan',
  'pengunjung',
  'penerima',
  'tenaga',
  'pejabat',
  'kader',
  'relawan',
  'penyandang',
  'lansia',
  'keluarga',
  'jiwa',
  'mahasiswa',
  'pelajar',
  'tenaga kerja',
  'pencari',
  'korban',
  'tahanan',
  'narapidana',
  'pengguna',
  'pelanggan',
  'wajib',
  'calon',
  'lulusan',
  'jabatan fungsional',
  'honorer',
  'ppppk',
  'pppk',
  'cpns',
  'auditor',
  'penyuluh',
  'dokter',
  'bidan',
  'perawat',
  'kepala',
  'pengurus',
  'anggota',
  'personil',
  'personel',
]);

/** Units of people. */
export const PEOPLE_UNITS: ReadonlySet<string> = new Set([
  'orang',
  'jiwa',
  'pegawai',
  'asn',
  'pns',
  'peserta',
  'org',
  'kk',
  'keluarga',
  'siswa',
  'pasien',
  'personil',
  'personel',
]);

/**
 * Verbs of being served by an activity: "Jumlah UMKM yang dibina" counts who an activity reached,
 * an output; those that take an object count only with an aid or a service as the object
 * ("... yang menerima bantuan"), not a status reached ("... yang memperoleh predikat ...").
 */
export const SERVED_VERBS: ReadonlySet<string> = new Set(['dilatih', 'terlatih', 'dibina', 'terbina', 'difasilitasi', 'didampingi']);

/** Verbs of receiving, counted as served only with an object of {@link SERVED_OBJECTS}. */
export const RECEIVING_VERBS: ReadonlySet<string> = new Set(['menerima', 'mendapat', 'mendapatkan', 'memperoleh', 'diberi', 'diberikan']);

/** What an activity hands out: aid, training, guidance, a service. */
export const SERVED_OBJECTS: ReadonlySet<string> = new Set([
  'bantuan',
  'pelatihan',
  'pembinaan',
  'pendampingan',
  'sosialisasi',
  'fasilitasi',
  'insentif',
  'hibah',
  'beasiswa',
  'bimbingan',
  'penyuluhan',
  'santunan',
  'subsidi',
  'paket',
  'stimulan',
]);

/**
 * Verbs of what an activity builds, forms, installs, compiles, issues, hands out, visits or watches over:
 * "Persentase Bumdes yang dibentuk", "Jumlah proyek strategis yang diawasi" measure the work done
 * (an output or a process), not a condition that changed.
 */
export const PRODUCED_VERBS: ReadonlySet<string> = new Set([
  'dibentuk',
  'terbentuk',
  'dibangun',
  'terbangun',
  'dipasang',
  'terpasang',
  'diawasi',
  'dikunjungi',
  'dipantau',
  'terpantau',
  'dilestarikan',
  'disusun',
  'tersusun',
  'diterbitkan',
  'diselenggarakan',
  // what an activity carried out or assisted: "Persentase pengembangan daya tarik yang dilaksanakan",
  // "Prosentase lembaga kemasyarakatan yang difasilitasi"
  'dilaksanakan',
  'terlaksana',
  'direalisasikan',
  'difasilitasi',
  'terfasilitasi',
  'didampingi',
  'dibina',
  // what an activity handed out: "Jumlah bibit tanaman hutan yang disalurkan"
  'disalurkan',
  'tersalurkan',
  'tersalur',
  'didistribusikan',
  'terdistribusi',
  'terdistribusikan',
  'dibagikan',
]);

/**
 * Words after a {@link PRODUCED_VERBS} verb that name the state the thing reached ("yang terbentuk
 * dan aktif", "yang dibangun sesuai standar"), a time limit ("yang diterbitkan paling lama 3 hari
 * kerja") or a score to reach ("... dengan nilai METT minimal 70"): a condition or a service
 * standard, not the work.
 */
export const REACHED_STATE_WORDS: ReadonlySet<string> = new Set([
  'aktif',
  'berfungsi',
  'mandiri',
  'layak',
  'sesuai',
  'tepat',
  'standar',
  'berkembang',
  'dimanfaatkan',
  'termanfaatkan',
  // put to use by those it went to: "Persentase bibit yang tersalurkan dan ditanam masyarakat"
  'digunakan',
  'dipakai',
  'ditanam',
  // taken up by the party it went to: "Persentase urusan pemerintah daerah yang difasilitasi dan
  // ditindaklanjuti oleh kementerian/lembaga" (a Badan Penghubung Daerah), as "... yang ditindaklanjuti" is
  'ditindaklanjuti',
  // a time limit: "yang diterbitkan paling lama 3 hari kerja", "... maksimal 1 jam", "... tepat waktu"
  'lama',
  'maksimal',
  'waktu',
  'hari',
  'jam',
  // a score the thing must reach: "Luas kawasan konservasi yang ditingkatkan efektivitas
  // pengelolaannya dengan nilai METT minimal 70" (the area up to the standard, not the work)
  'minimal',
  'minimum',
]);

/**
 * Things and places counted one by one ("Jumlah Perlengkapan Jalan ...", "Jumlah rumah ...",
 * "Perangkat Pengolah Data ..."): never counted in documents or reports.
 */
export const PHYSICAL_THINGS: ReadonlySet<string> = new Set([
  'gedung',
  'ruang',
  'kendaraan',
  'sarana',
  'prasarana',
  'jalan',
  'jembatan',
  'alat',
  'peralatan',
  'perlengkapan',
  'perangkat',
  'barang',
  'mebel',
  'meubelair',
  'sekolah',
  'puskesmas',
  'posyandu',
  'rumah',
  'rusun',
  'kawasan',
  'lokasi',
  'titik',
  'desa',
  'kelurahan',
]);

/** Nouns that are things, never counted in people ("Jumlah dokumen ..." in orang is wrong). */
export const THING_NOUNS: ReadonlySet<string> = new Set([
  ...DELIVERABLES,
  ...PHYSICAL_THINGS,
  'unit',
  'kegiatan',
  'rapat',
  'kecamatan',
  'usaha',
  'umkm',
  'koperasi',
  'produk',
  'layanan',
  'inovasi',
  'arsip',
  'data',
]);

/** Areas and facilities counted one by one: the counted word is the unit. */
export const SELF_COUNTED: ReadonlySet<string> = new Set([
  'provinsi',
  'kabupaten',
  'kab',
  'kota',
  'kecamatan',
  'kelurahan',
  'desa',
  'puskesmas',
  'posyandu',
  'sekolah',
  'opd',
  'skpd',
]);

// ---------------------------------------------------------------------------------------------
// Direction of an indicator.

/** Words that make lower better ("Angka kematian ibu", "Jumlah kasus ...", "Waktu penyelesaian ..."). */
export const DOWN_WORDS: ReadonlySet<string> = new Set([
  // Health and labour acronyms: angka kematian ibu, bayi, balita, neonatal; tingkat pengangguran terbuka.
  'aki',
  'akb',
  'akaba',
  'akn',
  'tpt',
  'waktu',
  'kasus',
  'kematian',
  'kesakitan',
  'prevalensi',
  'pelanggaran',
  // (disturbances of public order: "Jumlah gangguan ketentraman dan ketertiban umum")
  'gangguan',
  'plagiat',
  'plagiator',
  'plagiarisme',
  'kemiskinan',
  // (couples who want no more children and use no contraception: "... tidak ber-KB karena unmet need")
  'unmet',
  'unmeet',
  'miskin',
  'pengangguran',
  'keluhan',
  'pengaduan',
  // (objections to a tender's result and appeals of them: "Jumlah sanggahan banding yang diterima")
  'sanggahan',
  'gap',
  'kesenjangan',
  'ketimpangan',
  // (errors of targeting or of data: "Persentase inclusion dan exclusion error penerima bantuan sosial")
  'error',
  'kesalahan',
  'gini',
  'stunting',
  'wasting',
  'inflasi',
  'tunggakan',
  'temuan',
  'kecelakaan',
  // (a procurement that failed and is run again: "Persentase tender gagal/ulang")
  'gagal',
  'kriminalitas',
  'kejahatan',
  'korban',
  'kerugian',
  'kumuh',
  'rtlh',
  'tidak layak',
  'pencemaran',
  'banjir',
  'genangan',
  'penyimpangan',
  'backlog',
  'putus',
  'buta',
  'morbiditas',
  'mortalitas',
  'insiden',
  'insidensi',
  'kebakaran',
  'gizi buruk',
  'gizi kurang',
  // Birth and nutrition risks: low birth weight, chronic energy deficiency, anaemia, obesity.
  'bblr',
  'kek',
  'anemia',
  'obesitas',
  'sengketa',
  'konflik',
  'tumpang',
  'deviasi',
  'selisih',
  'residu',
  'disparitas',
  'kerawanan',
  'kerentanan',
  'risiko',
  'resiko',
  'kerusakan',
  'sisa',
  'silpa',
  'hambatan',
  'antrian',
  'antrean',
  'pecandu',
  'penyalahgunaan',
  'korupsi',
  'pungli',
  // Regional inequality (Indeks Williamson), food insecurity ("rumah tangga rawan pangan"), the
  // costliness of building (Indeks Kemahalan Konstruksi), emissions ("Intensitas emisi GRK"; not
  // "rawan" or "emisi" alone: "desa rawan bencana yang memiliki rencana kontinjensi", "kendaraan
  // yang lulus uji emisi" are better higher), dependency ratio.
  'williamson',
  'rawan pangan',
  'kemahalan',
  'intensitas emisi',
  'emisi grk',
  'ketergantungan',
]);

/** Words that turn a down word into a measure where higher is better ("Persentase kasus yang ditangani"). */
export const REVERSING_WORDS: ReadonlySet<string> = new Set([
  'penurunan',
  'menurunnya',
  'turunnya',
  'berkurangnya',
  'pengurangan',
  'ditangani',
  'tertangani',
  'penanganan',
  'ditindaklanjuti',
  'tertindaklanjuti',
  'tindak',
  'diselesaikan',
  'terselesaikan',
  'penyelesaian',
  // (the settlement of a dispute: "Jumlah sengketa tanah garapan yang difasilitasi penyelesaiannya")
  'penyelesaiannya',
  // (a dispute brought to mediation: "Jumlah kasus sengketa tanah yang dimediasi")
  'dimediasi',
  // (a case looked into or solved: "Jumlah kasus penyakit hewan yang diinvestigasi", "Jumlah kasus
  // narkoba yang diungkap"; the count goes with the work done, not with the cases that occur)
  'diinvestigasi',
  'diungkap',
  'terungkap',
  'selesai',
  'tuntas',
  'dituntaskan',
  'terlayani',
  'dilayani',
  // (the share of the poor covered by a scheme: "Persentase kepesertaan jaminan perlindungan sosial untuk masyarakat miskin")
  'kepesertaan',
  'bebas',
  'pengentasan',
  'dientaskan',
  'tertanggulangi',
  'penanggulangan',
  'pencegahan',
  'dicegah',
  'pulih',
  'sembuh',
  'kesembuhan',
  'ketepatan',
  'tepat',
  'keberhasilan',
  'berhasil',
  'terkendali',
  'pengendalian',
  'pengendali',
  'dikendalikan',
  // What holds a bad thing back ("bangunan pengendali banjir", "penahan abrasi", "pemecah gelombang").
  'penahan',
  'pemecah',
  'pelindung',
  'ditekan',
  // The share of a group at risk that changed for the better ("narapidana risiko tinggi yang berubah perilakunya").
  'berubah',
  'membaik',
  'diatas',
  // Those placed or taken up ("Prosentase pengangguran yang ... ditempatkan").
  'ditempatkan',
  'terserap',
]);

/** Rate heads where higher is better unless the wording says otherwise (also in {@link RATE_HEADS}). */
const UP_RATE_HEADS: readonly string[] = [
  'nilai',
  'skor',
  'cakupan',
  'capaian',
  'predikat',
  'opini',
  'kepuasan',
  'rata',
  'rerata',
  'kualitas',
  'derajat',
  'peringkat',
  'level',
  'tingkat',
  'angka',
  'rasio',
  'pertumbuhan',
  'laju',
  'kontribusi',
  'produktivitas',
  'harapan',
  'efektivitas',
  'efisiensi',
  'akurasi',
  'ketepatan',
  'kesesuaian',
  'realisasi',
  'kinerja',
  'akuntabilitas',
  'maturitas',
  'pdrb',
  'rls',
  'hls',
  'apk',
  'apm',
  'ntp',
  'tpak',
  'ahh',
  'usia',
  'umur',
];

/** Measure heads where higher is better unless the wording says otherwise. */
export const UP_HEADS: ReadonlySet<string> = new Set([
  'persentase',
  // The spellings agencies also write.
  'prosentase',
  'presentase',
  'proporsi',
  'indeks',
  'ikm',
  'skm',
  'kepesertaan',
  'partisipasi',
  // Coverage of civil registration ("Kepemilikan akta kelahiran", "Perekaman KTP-el").
  'kepemilikan',
  'perekaman',
  ...UP_RATE_HEADS,
]);

/**
 * Measures named by their acronym whose direction is certain, higher is better: umur (angka)
 * harapan hidup, rata-rata and harapan lama sekolah, angka partisipasi murni, indeks pembangunan manusia,
 * indeks and survei kepuasan masyarakat.
 */
export const UP_MEASURES: ReadonlySet<string> = new Set(['uhh', 'ahh', 'rls', 'hls', 'apm', 'ipm', 'ipg', 'idg', 'ikm', 'skm']);

/** "Tingkat ..." of something good: higher is better ("Tingkat kepuasan ...", "Tingkat pemahaman ..."). */
export const TINGKAT_UP: ReadonlySet<string> = new Set([
  'kepuasan',
  'partisipasi',
  'kepatuhan',
  'kesadaran',
  'capaian',
  'kematangan',
  'pemahaman',
  'ketahanan',
  'kemandirian',
  'kesiapan',
  'keberhasilan',
  'kesejahteraan',
  'literasi',
  'pemenuhan',
  'keterpenuhan',
  'akurasi',
  'keakuratan',
  'kelengkapan',
  'validitas',
  // (roads in steady condition: "Tingkat kemantapan jalan")
  'kemantapan',
]);

/** Heads that stay ambiguous even without down words: their direction depends on what is measured. */
export const AMBIGUOUS_HEADS: ReadonlySet<string> = new Set([
  'rasio',
  'tingkat',
  'angka',
  'laju',
  'pertumbuhan',
  'level',
  'rata',
  'rerata',
  'usia',
  'umur',
]);

/**
 * Heads of an indicator worded as a statement ("Berkurangnya jumlah keluhan ...", "Meningkatnya
 * cakupan ..."): the verb says which way the measured quantity should go.
 */
export const FALLING_HEADS: ReadonlySet<string> = new Set(['menurunnya', 'turunnya', 'berkurangnya']);

/** Heads of an indicator worded as a statement of increase: higher is better (see {@link FALLING_HEADS}). */
export const RISING_HEADS: ReadonlySet<string> = new Set(['meningkatnya', 'naiknya', 'bertambahnya']);

/** Words that mark a count as cumulative (a running total that should not fall). */
export const CUMULATIVE_WORDS: ReadonlySet<string> = new Set(['kumulatif', 'akumulasi', 'akumulatif', 'total', 'keseluruhan']);

// ---------------------------------------------------------------------------------------------
// Positions (Langkah 5: who owns a result).

/** Position names that tell the position type when `positionType` is not given (first match wins). */
export const POSITION_PATTERNS: readonly (readonly [RegExp, string])[] = Object.freeze([
  [
    // (the sekretaris of a kelurahan sits under the lurah, a pengawas: not an administrator as a dinas's sekretaris)
    /^kepala (?:sub ?bidang|sub ?bagian|subbag|subbid|seksi|sub ?seksi|unit pelaksana|upt|uptd)\b|^kasubbag|^kasubbid|^kasi\b|^lurah\b|^sekretaris kelurahan\b|^sekkel\b|^seklur\b/,
    'pengawas',
  ],
  [
    // (not the inspektur pembantu, an administrator under the inspektur: see below)
    // (an asisten of the sekretaris daerah, "Asisten Pemerintahan", "Asisten I", or an asisten deputi
    // of a ministry; not an "Asisten Ombudsman", an examiner, nor an "Asisten Ahli", a lecturer's rank)
    /^(?:kepala (?:dinas|badan|kantor|biro)|kadis|kaban|sekretaris daerah|sekda|asisten (?:deputi|sekretaris|sekda|setda|bidang|pemerintahan|perekonomian|ekonomi|administrasi|kesejahteraan|pembangunan|umum|[1-4]|i{1,3}|iv)|inspektur(?! pembantu)|staf ahli|direktur utama)\b/,
    'jpt-pratama',
  ],
  // (not the sekretaris of a jurusan or program studi of a Poltekkes or politeknik: a dosen with a
  // tugas tambahan, no structural position, as its ketua is not read as one either)
  // (the inspektur pembantu, "Irban", of an inspektorat daerah is a pejabat administrator, as its
  // sekretaris: Kemendagri's 2022 letter on the kelas jabatan of the inspektorat daerah)
  [
    /^(?:kepala bidang|kabid|kepala bagian|kabag|sekretaris(?! (?:jurusan|program studi|prodi)\b)|camat|sekcam|direktur rsud|inspektur pembantu|irban)\b/,
    'administrator',
  ],
  [
    // (a team lead, "Ketua Tim Kerja ..." or "Katim ...": a functional official leading a tim kerja
    // since the simplification of the bureaucracy, PermenPAN-RB 7/2022; not the chair of the PKK's
    // Tim Penggerak)
    /^(?:ketua tim(?! penggerak)|katim)\b/,
    'fungsional',
  ],
  [
    // ("Pejabat Fungsional Analis ...", and the sub koordinator a functional position coordinates
    // a substansi as since the 2021 delayering)
    /^(?:analis|pranata|perencana|penyuluh|auditor|arsiparis|pustakawan|dokter|perawat|bidan|guru|widyaiswara|penata|pengelola|pengadministrasi|statistisi|pranata komputer|(?:pejabat |jabatan )?fungsional|sub ?koordinator)\b/,
    'fungsional',
  ],
  // ("Staf Pelaksana Seksi ...", "Pelaksana ...": a pelaksana position, below the functional ones)
  [/^(?:staf |staff )?pelaksana\b/, 'pelaksana'],
]);

// ---------------------------------------------------------------------------------------------
// Statement forms and measure heads (read by `text.utils.ts`).

/** Roots whose ter-/di- -nya form states that something was delivered or done (an output). */
export const OUTPUT_ROOTS: ReadonlySet<string> = new Set([
  'sedia',
  'laksana',
  'susun',
  'selenggara',
  'kelola',
  'bangun',
  'bit',
  'bitkan',
  'salur',
  'salurkan',
  'pelihara',
  'bentuk',
  'bayar',
  'bayarkan',
  'pasang',
  'lapor',
  'laporkan',
  'proses',
  'rancang',
  'rumus',
  'rumuskan',
  'tetapkan',
  'sampaikan',
  'kirim',
  'data',
  'petakan',
  'input',
  'update',
  'siapkan',
  'adakan',
  'laksanakan',
  'susunnya',
  'fasilitasi',
  'koordinasi',
  'koordinasikan',
  'sosialisasi',
  'sosialisasikan',
  'evaluasi',
  'monitor',
  'pantau',
  'publikasi',
  'publikasikan',
  'dokumentasi',
  'dokumentasikan',
  'verifikasi',
  'validasi',
  'inventarisasi',
  'identifikasi',
  'realisasi',
  'realisasikan',
  'rehabilitasi',
  'administrasi',
  'distribusi',
  'distribusikan',
  'susunkan',
  'buat',
  'buatkan',
  'cetak',
  'arsip',
  'arsipkan',
  'bagikan',
  'serahkan',
]);

/** Activity nouns that carry no pe-...-an or -asi form. */
export const ACTIVITY_WORDS: ReadonlySet<string> = new Set([
  'kegiatan',
  'program',
  'rapat',
  'monitoring',
  'monev',
  'bimtek',
  'bimbingan',
  'workshop',
  'lokakarya',
  'diklat',
  'kajian',
  'studi',
  'survei',
  'survey',
  'belanja',
  'dukungan',
  'upaya',
  'penyelenggaraan',
  'operasional',
  'pembinaan',
  'asistensi',
  // (supervision and patrols carried out: "Supervisi KPPN", a Kanwil DJPb; "Patroli laut ...", a KPPBC)
  'supervisi',
  'patroli',
  // (raids and drills held: "Razia dan Penggeledahan Kamar Hunian", a Lapas; "Latihan Gabungan
  // Pencarian dan Pertolongan", a Kantor SAR)
  'razia',
  'latihan',
  // (an examination held: "Uji Kompetensi Jabatan Fungsional", a Pusdiklat; its product is the
  // certificates issued or the candidates found competent)
  'uji',
  // (an operation carried out: "Operasi Pencarian dan Pertolongan ...", a Kantor SAR; "Operasi Pasar Murah")
  'operasi',
  // (market spot checks and sarasehan held: "Sidak Pasar Bersama Satgas Pangan", a Biro
  // Perekonomian; "Sarasehan Wawasan Kebangsaan", a Bakesbangpol)
  'sidak',
  'sarasehan',
  'pendampingan',
  // (an -si that is not -asi: "Rekonstruksi Jalan", as "Rehabilitasi Jalan"; "Redistribusi Tanah Objek
  // Reforma Agraria", a Kanwil BPN: the handing out, whose product is the land certified to its subjects)
  'rekonstruksi',
  'redistribusi',
  'pengadaan',
  'penyediaan',
  'rakor',
  'bintek',
  'pelatihan',
  'peningkatan',
  'pengembangan',
]);

/** pe-...-an words that name a field or a thing rather than an activity (they often head a condition). */
export const FIELD_NOUNS: ReadonlySet<string> = new Set([
  'persalinan',
  'pelanggaran',
  'penyalahgunaan',
  'pencemaran',
  'penularan',
  'perkawinan',
  'penduduk',
  'pengangguran',
  'perceraian',
  'pendidikan',
  'pemerintahan',
  // (a court and the judiciary are institutions: "Terwujudnya Pengadilan Tata Usaha Negara ... yang
  // Agung", a court's tujuan, names the court, not more of an activity)
  'pengadilan',
  'peradilan',
  'perekonomian',
  'pendapatan',
  'perumahan',
  'permukiman',
  'pemukiman',
  'pertanian',
  'perikanan',
  'peternakan',
  'perkebunan',
  'perusahaan',
  'perdagangan',
  'perindustrian',
  'perhubungan',
  'pertanahan',
  'pertamanan',
  'perpustakaan',
  'persandian',
  'pertambangan',
  'pelabuhan',
  'perkantoran',
  'pedesaan',
  'perdesaan',
  'perkotaan',
  'peralatan',
  'perlengkapan',
  'perbankan',
  'pengetahuan',
  'perempuan',
  'pekerjaan',
  'penerimaan',
  'pengeluaran',
  'pertumbuhan',
  'perekonomian',
  'perizinan',
  'penghasilan',
  'perhutanan',
  'pemuda',
  'pelayaran',
  'penerbangan',
  'perairan',
  'persatuan',
  'perdamaian',
  'pelayanan',
  'persampahan',
  'peribadatan',
  'perfilman',
  'persediaan',
  // (a complaint received: "Tertanganinya pengaduan masyarakat" handles complaints, it does not do more complaining)
  'pengaduan',
  // (a request received: "Permohonan layanan perpajakan yang diselesaikan tepat waktu", a KPP, or
  // "Permohonan informasi publik yang dilayani PPID" names the requests settled, not the asking)
  'permohonan',
  // (a problem: "Terselesaikannya permasalahan lahan transmigrasi" solves problems, it does no more of an activity)
  'permasalahan',
  'persoalan',
  // (a dispute: "Terselesaikannya Perselisihan Hubungan Industrial", a Dinas Tenaga Kerja, settles disputes)
  'perselisihan',
  'persengketaan',
  // (a guideline, a document, not pe-...-an work: "Pedoman Cara Pembuatan Obat yang Baik", the
  // Deputi of an LPNK, counted in pedoman)
  'pedoman',
]);

/** -asi/-isasi words that name a thing or a state, not an activity. */
export const STATE_ASI: ReadonlySet<string> = new Set([
  'akurasi',
  'publikasi',
  'rekomendasi',
  'kompetensi',
  'konsistensi',
  'kontinuitas',
  'kolaborasi',
  'produksi',
  'konsumsi',
  'populasi',
  'informasi',
  'organisasi',
  'inflasi',
  'populasi',
  'partisipasi',
  'reputasi',
  'kondisi',
  'situasi',
  'prestasi',
  'aspirasi',
  'generasi',
  'destinasi',
  'stasi',
  'motivasi',
  'inovasi',
  'akreditasi',
  'kompetisi',
  'posisi',
  'tradisi',
  'komposisi',
  'relasi',
  'korelasi',
  'frekuensi',
  'regulasi',
  'operasi',
  'fungsi',
  'transportasi',
  'komunikasi',
  'aplikasi',
  'legislasi',
  'literasi',
  'proporsi',
  'akuntabilitasi',
  'kolaborasi',
  'integrasi',
  'investasi',
  'demokrasi',
  'birokrasi',
  'reformasi',
  'apresiasi',
  'asosiasi',
  'koperasi',
  'yayasan',
  'nasi',
  'lokasi',
  // (a more diverse diet or economy: "Meningkatnya diversifikasi pangan", measured by the skor PPH)
  'diversifikasi',
  'ekspektasi',
  'resolusi',
  'evolusi',
  'variasi',
  // (a gap measured: "Deviasi halaman III DIPA", the IKPA's deviation of spending from its plan;
  // "Fluktuasi harga bahan pokok")
  'deviasi',
  'fluktuasi',
  'dedikasi',
  'kualifikasi',
  'spesifikasi',
  'klasifikasi',
  'imunisasi',
  'sanitasi',
  'elektrifikasi',
]);

/** Intransitive me- verbs that state a change (a condition), not an action on an object. */
export const CHANGE_VERBS: ReadonlySet<string> = new Set([
  'meningkat',
  'menurun',
  'membaik',
  'menguat',
  'meluas',
  'melemah',
  'memadai',
  'merata',
  'menyusut',
  'mengecil',
  'membesar',
  'meninggi',
  'menipis',
  'menyempit',
  'melebar',
  'memburuk',
  'mandiri',
  'maju',
]);

/** Words that head a problem statement (a CSF's masalah), not a desired condition. */
export const PROBLEM_WORDS: ReadonlySet<string> = new Set([
  'rendahnya',
  'kurangnya',
  'lemahnya',
  'buruknya',
  'minimnya',
  'terbatasnya',
  'belum',
  'tidak',
  'kurang',
  'masih',
  'lambatnya',
  'sulitnya',
  'rawannya',
  'banyaknya',
  'maraknya',
  'tingginya',
  'rusaknya',
  'terhambatnya',
]);

/** Words in {@link PROBLEM_WORDS} that are a problem only before a negative noun: "Tingginya angka kemiskinan". */
export const PROBLEM_IF_NEGATIVE: ReadonlySet<string> = new Set(['tingginya', 'banyaknya', 'masih']);

// The heads of each measure, in the order `measureForm` (text.forms.ts) asks them.

/** percent heads. */
export const PERCENT_HEADS: ReadonlySet<string> = new Set([
  'persentase',
  'prosentase',
  'presentase',
  'presentasi',
  'persentasi',
  'prosentasi',
  'persen',
  'proporsi',
]);

/** index heads. */
export const INDEX_HEADS: ReadonlySet<string> = new Set([
  'indeks',
  'index',
  'ipm',
  'ikm',
  'skm',
  'ipkd',
  'ikp',
  'ipp',
  // (not 'ikk': in a ministry's tables it is the Indikator Kinerja Kegiatan, a row label)
  'ikd',
  'ipg',
  'idg',
]);

/** count heads. */
export const COUNT_HEADS: ReadonlySet<string> = new Set(['jumlah', 'banyaknya', 'banyak', 'frekuensi', 'frekwensi', 'kuantitas']);

/** rate heads. */
export const RATE_HEADS: ReadonlySet<string> = new Set([
  ...UP_RATE_HEADS,
  'prevalensi',
  'kategori',
  'ranking',
  'status',
  'hasil',
  'besaran',
  'gini',
  'tpt',
  'persepsi',
  'koefisien',
  'lama',
  'waktu',
  'kecepatan',
  'aki',
  'akb',
]);

/** Units (as `unitKey` writes them) of an index, a score or a grade. */
export const INDEX_UNITS: ReadonlySet<string> = new Set([
  'indeks',
  'index',
  'nilai',
  'skor',
  'score',
  'poin',
  'point',
  'predikat',
  'kategori',
  'level',
  'opini',
  'peringkat',
  'ranking',
]);

/** Units of time. */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'jam',
  'hari',
  'hari kerja',
  'menit',
  'detik',
  'bulan',
  'minggu',
  'pekan',
  'tahun',
  'thn',
  'hr',
  'jam kerja',
]);

/** Units that count things: persons, documents, places, events, quantities. */
export const COUNT_UNITS: ReadonlySet<string> = new Set([
  'orang',
  'jiwa',
  'dokumen',
  'laporan',
  'lhp',
  'unit',
  'kegiatan',
  'buah',
  'paket',
  'kali',
  'berkas',
  'aplikasi',
  'sistem',
  'peraturan',
  'regulasi',
  'lembaga',
  'instansi',
  'opd',
  'pd',
  'desa',
  'kelurahan',
  'kecamatan',
  'sekolah',
  'ekor',
  'rekomendasi',
  'perda',
  'judul',
  'eksemplar',
  'set',
  'titik',
  'lokasi',
  'kasus',
  'pegawai',
  'asn',
  'pns',
  'peserta',
  'keluarga',
  'kk',
  'rumah',
  'ruas',
  'kawasan',
  'usaha',
  'umkm',
  'koperasi',
  'kelompok',
  'naskah',
  'buku',
  'surat',
  'sk',
  'produk',
  'layanan',
  'jenis',
  'bidang',
  'perkara',
  'pengaduan',
  'event',
  'rapat',
  'modul',
  'sop',
  'pelaku',
  'org',
  'dok',
  'keg',
  'lap',
  'bh',
  'pkt',
  'inovasi',
  'km',
  'meter',
  'm',
  'm2',
  'ha',
  'hektar',
  'ton',
  'kg',
  'liter',
  'siswa',
  'pasien',
  'personil',
  'personel',
  'kebijakan',
  'data',
  'arsip',
  'puskesmas',
  'gedung',
  'ruang',
  'kendaraan',
  'alat',
  'ls',
  'lembar',
  'berita',
  'izin',
  'sertifikat',
  'dokumen/laporan',
  'laporan/dokumen',
]);

/** A measure whose values lie in a known band, found by its words in the normalised statement. */
export interface MeasureRange {
  /** Matches the normalised statement. */
  readonly pattern: RegExp;
  readonly name: { readonly id: string; readonly en: string };
  readonly min: number;
  readonly max: number;
  readonly unit: { readonly id: string; readonly en: string };
}

/**
 * Measures of the RPJMD and Renstra tables whose values lie in a known band (BPS definitions):
 * life expectancy in years, mean and expected years of schooling, and net enrolment and school
 * participation rates in percent. A value far outside is a percentage or another measure pasted in.
 */
export const MEASURE_RANGES: readonly MeasureRange[] = Object.freeze([
  {
    pattern: /(?:^| )(?:umur|usia|angka) harapan hidup(?: |$)|(?:^| )(?:uhh|ahh)(?: |$)/,
    name: { id: 'umur harapan hidup', en: 'life expectancy' },
    min: 40,
    max: 90,
    unit: { id: 'tahun', en: 'years' },
  },
  {
    pattern: /(?:^| )rata rata lama sekolah(?: |$)|(?:^| )rls(?: |$)/,
    name: { id: 'rata-rata lama sekolah', en: 'mean years of schooling' },
    min: 0,
    max: 16,
    unit: { id: 'tahun', en: 'years' },
  },
  {
    pattern: /(?:^| )harapan lama sekolah(?: |$)|(?:^| )hls(?: |$)/,
    name: { id: 'harapan lama sekolah', en: 'expected years of schooling' },
    min: 0,
    max: 20,
    unit: { id: 'tahun', en: 'years' },
  },
  {
    pattern: /(?:^| )angka partisipasi (?:murni|sekolah)(?: |$)|(?:^| )(?:apm|aps)(?: |$)/,
    name: { id: 'angka partisipasi murni atau sekolah', en: 'net enrolment or school participation rate' },
    min: 0,
    max: 100,
    unit: { id: '%', en: '%' },
  },
]);

/**
 * Nouns that name the quality of what follows: "Meningkatnya Kualitas Pengelolaan Arsip" is the
 * quality of an activity, still not the condition the activity brings.
 */
export const QUALITY_NOUNS: ReadonlySet<string> = new Set(['kualitas', 'mutu', 'efektivitas', 'efektifitas', 'efisiensi']);

/**
 * The activities whose quality is still an activity: managing and carrying out. The quality of
 * learning, planning, governance or support ("Meningkatnya Kualitas Pembelajaran", "... Kualitas
 * Penyelenggaraan Pemerintahan") is read as a condition by agencies and most evaluators.
 */
export const MANAGING_NOUNS: ReadonlySet<string> = new Set(['pengelolaan', 'pelaksanaan']);

/** Verbs of taking part ("ASN yang mengikuti diklat"). */
export const TAKING_PART_VERBS: ReadonlySet<string> = new Set(['mengikuti', 'menghadiri']);

/** What one takes part in, beyond the counted activities: training. */
export const TRAINING_NOUNS: ReadonlySet<string> = new Set([
  'pelatihan',
  'diklat',
  'bimtek',
  'bimbingan',
  'kursus',
  // (the bimbingan manasik a Kantor Kementerian Agama gives jemaah haji before departure)
  'manasik',
  'musrenbang',
  'peningkatan',
  'pengembangan',
]);

/** Words of any measure, which a formula and an indicator share without measuring the same thing (compared as stems). */
export const FORMULA_GENERAL_WORDS: ReadonlySet<string> = new Set([
  'jumlah',
  'total',
  'persentase',
  'persen',
  'proporsi',
  'rasio',
  'indeks',
  'nilai',
  'angka',
  'tingkat',
  'rata',
  'rerata',
  'capai',
  'realisasi',
  'target',
  'hasil',
  'bagi',
  'kali',
  'tahun',
  'data',
  // what any formula says of what it counts ("yang memenuhi kriteria / seluruhnya")
  'memenuhi',
  'kriteria',
  'seluruh',
  'seluruhnya',
  'keseluruhan',
  'standar',
  'syarat',
  'sesuai',
  'tetap',
  'rencana',
]);

/** Heads of a measure that make a result statement read as an indicator ("Persentase desa mandiri" as a sasaran). */
export const STATEMENT_MEASURE_HEADS: ReadonlySet<string> = new Set([
  ...PERCENT_HEADS,
  ...INDEX_HEADS,
  'jumlah',
  'banyaknya',
  'rasio',
  'angka',
  'rata',
  'rerata',
  'cakupan',
]);

/** Nouns of a change, which head a measure of it ("Peningkatan populasi ternak", "Penurunan TPT"), not an activity. */
export const CHANGE_NOUNS: ReadonlySet<string> = new Set([
  'peningkatan',
  'penurunan',
  'pengurangan',
  'pertumbuhan',
  'kenaikan',
  'perkembangan',
  'perubahan',
  'penambahan',
]);

/** Nouns of the act of changing something ("Peningkatan ...", "Penguatan ..."): an activity even when what changes is named with its quality. */
export const ACTION_HEADS: ReadonlySet<string> = new Set([
  'optimalisasi',
  'koordinasi',
  'sinkronisasi',
  'fasilitasi',
  'peningkatan',
  'penurunan',
  'pengurangan',
  'penambahan',
  'penguatan',
  'pemantapan',
]);

/** Scores whose average is better higher ("Rata-rata IPK mahasiswa", "Rata-rata nilai ujian"). */
export const SCORE_WORDS: ReadonlySet<string> = new Set(['nilai', 'skor', 'indeks', 'ipk', 'prestasi', 'kepuasan']);

/** A value that stands for "none" ("NA", "N/A", "-", "tidak ada"): a baseline or target written so is missing. */
export const NONE_VALUE = /^\s*(?:n\s*\/\s*a|n\.?\s*a\.?|-+|[\u2013\u2014?]|tidak ada|belum ada|tdk ada)\s*$/i;

/**
 * First words of a name from the government's nomenclature ("Urusan Ketenteraman, Ketertiban Umum
 * dan Perlindungan Masyarakat", "Program ..."): a name that lists its fields is not a compound result.
 */
export const NOMENCLATURE_HEADS: ReadonlySet<string> = new Set(['urusan', 'program', 'kegiatan', 'subkegiatan', 'sub']);

/**
 * Words of {@link QUALITY_WORDS} that say how an activity is done, not what it reaches:
 * "Pengelolaan sampah yang kolaboratif dan berkelanjutan" is still an activity.
 */
export const MANNER_WORDS: ReadonlySet<string> = new Set([
  'optimal',
  'kolaboratif',
  'partisipatif',
  'terpadu',
  'terintegrasi',
  'berkelanjutan',
  'sinergis',
  'komprehensif',
  'holistik',
]);

/**
 * Grades written as words that an evaluator reads as levels of a known scale: accreditation
 * (dasar, madya, utama, paripurna; "terakreditasi"), village status (tertinggal, berkembang, maju,
 * mandiri), the Ombudsman's zones. A target "Paripurna" is measurable without a `scale`.
 */
export const GRADE_WORDS: ReadonlySet<string> = new Set([
  'dasar',
  'madya',
  'utama',
  'paripurna',
  'terakreditasi',
  'akreditasi',
  'tertinggal',
  'berkembang',
  'maju',
  'mandiri',
  'zona',
  'hijau',
  'kuning',
]);

/** Heads of an indicator whose values are grades or categories ("Predikat ...", "Status akreditasi ..."). */
export const GRADE_HEADS: ReadonlySet<string> = new Set([
  'predikat',
  'kategori',
  'status',
  'peringkat',
  'level',
  'opini',
  'zona',
  'klasifikasi',
]);

/**
 * The measures a formula computes a named indicator from, under other names: economic growth from
 * the PDRB, inflation from the consumer price index, the IPM from its three components. Keys and
 * names are content stems, as the rule compares them.
 */
export const FORMULA_ALIASES: ReadonlyMap<string, readonly string[]> = new Map([
  ['ekonomi', ['pdrb', 'pdb']],
  ['inflasi', ['ihk']],
  ['ipm', ['uhh', 'ahh', 'rls', 'hls']],
]);

/**
 * Units of things counted whole: a document, a report, a person, a village. A fraction of one
 * (0,8 dokumen, 2,4 laporan, 36,5 unit mebel) is a share of progress or budget written as a count.
 * Continuous quantities (ton, hektar, km) and measures (persen, indeks) are not here.
 */
export const WHOLE_UNITS: ReadonlySet<string> = new Set([
  'dokumen',
  'dok',
  'laporan',
  'lhp',
  'lap',
  'unit',
  'buah',
  'orang',
  'jiwa',
  'kegiatan',
  'paket',
  'desa',
  'kelurahan',
  'sekolah',
  'perda',
  'perbup',
  'perwali',
  'peraturan',
  'rekomendasi',
  'sertifikat',
  'izin',
  'kasus',
  'kk',
  'rumah',
  'lembaga',
  'kelompok',
  'koperasi',
  'aplikasi',
  'inovasi',
  'produk',
  'judul',
  'buku',
  'usulan',
  'berkas',
  'naskah',
  'surat',
  'sk',
  'ukm',
  'umkm',
  'puskesmas',
  'kecamatan',
  'event',
  'titik',
  'ruas',
  'set',
]);
