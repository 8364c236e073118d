/**
 * Two words joined by "dan" that name one function, one field or one thing (`compound-statement`):
 * the last word before "dan" and the first after it.
 *
 * @module
 */

/** Two words joined by "dan" that name one function or one field of government. */
export const PAIRS: ReadonlySet<string> = new Set([
  'tugas fungsi',
  'pembinaan pengawasan',
  'pengendalian pengawasan',
  'kelautan perikanan',
  'kependudukan pencatatan',
  'sarana prasarana',
  'desa kelurahan',
  'monitoring evaluasi',
  'pemantauan evaluasi',
  'perencanaan penganggaran',
  'promosi pemasaran',
  'kapasitas kapabilitas',
  'ketentraman ketertiban',
  'ketenteraman ketertiban',
  'pemuda olahraga',
  // (one object in the regulation's own name: "Pengadaan Barang/Jasa Pemerintah", Perpres 16/2018)
  'barang jasa',
  // (two actions on one object, named together in the nomenclature: "pencegahan dan penanggulangan
  // kebakaran", "pencegahan dan pengendalian penyakit", "pengolahan dan pemasaran hasil perikanan")
  'pencegahan penanggulangan',
  'pencegahan pengendalian',
  'pencegahan pemberantasan',
  'pengolahan pemasaran',
  'penelitian pengembangan',
  // (one field, named so by UU 11/2019 on the Sistem Nasional Iptek and by the BRIN and the BRIDA:
  // "Meningkatnya peran riset dan inovasi dalam pembangunan daerah")
  'riset inovasi',
  // (the kinds of one competence, PermenPAN-RB 38/2017: "kompetensi manajerial dan sosial kultural")
  'manajerial sosial',
  // (one field of education, "pendidikan dasar dan menengah": the Kemendikdasmen nomenclature)
  'dasar menengah',
  // (the movements one quarantine prevents, UU 21/2019: "pencegahan masuk dan tersebarnya HPHK")
  'masuk tersebarnya',
  'keluar tersebarnya',
  // (one code of conduct: the judges' "Kode Etik dan Pedoman Perilaku Hakim", the court staff's
  // "kode etik dan kode perilaku")
  'etik pedoman',
  'etik kode',
  // (one field, named so by UU 22/2009: "keselamatan lalu lintas dan angkutan jalan", a dinas
  // perhubungan's and its UPTD pengujian kendaraan bermotor's goal)
  'lintas angkutan',
  // (one program: "Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya", the support program of
  // a ministry or agency and of its offices)
  'manajemen pelaksanaan',
]);
