import { clean, firstInd, mut, renstraChain, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

const outcomeIk = (statement: string, unit: string) => mut((d) => Object.assign(firstInd(d, 'M'), { statement, unit }));
/** An indicator of the goal (a strategic outcome, like a sasaran or tujuan). */
const goalIk = (statement: string, unit: string) => mut((d) => Object.assign(firstInd(d, 'G'), { statement, unit }));
const outputIk = (statement: string, unit: string) => mut((d) => Object.assign(firstInd(d, 'O0a'), { statement, unit }));

/** A Renstra kegiatan K stating `statement`, measured by indicators named `iks`. */
const kegiatan = (statement: string, iks: string[]) => () => {
  const d = renstraChain('Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah', statement)();
  res(d, 'K').indicators = iks.map((s) => ({ statement: s, unit: 'dokumen' }));
  return d;
};
/** A Renstra with `n` kegiatan stating a change measured by reports. */
const kegiatanMany = (n: number) => () => {
  const d = kegiatan('Meningkatnya Kualitas Perencanaan', ['Jumlah laporan perencanaan'])();
  for (let i = 2; i <= n; i++) d.results.push({ ...res(d, 'K'), id: `K${i}` });
  return d;
};

testRule('outcome-indicator-output', {
  reject: [
    {
      name: 'a kegiatan stating a change, measured only by counts of reports',
      doc: kegiatan('Meningkatnya Kinerja Pelayanan Parkir', ['Jumlah laporan pelayanan parkir', 'Jumlah dokumen kajian parkir']),
      where: 'K',
    },
    { name: 'three such kegiatan, once for the document', doc: kegiatanMany(3), where: undefined },
    { name: 'outcome IK "Jumlah dokumen ..."', doc: outcomeIk('Jumlah dokumen mutu layanan', 'Dokumen') },
    {
      name: 'outcome IK "Jumlah LHP yang terbit" (audit reports are deliverables)',
      doc: outcomeIk('Jumlah LHP yang terbit', 'LHP'),
      says: 'lhp',
    },
    {
      name: 'outcome IK "Jumlah rumusan kebijakan ..." (policy drafts are deliverables)',
      doc: outcomeIk('Jumlah Rumusan Kebijakan Penyelenggaraan Bidang hukum', 'Dokumen'),
      says: 'rumusan',
    },
    {
      name: 'outcome IK counting those trained',
      doc: outcomeIk('Jumlah usaha ekonomi produktif perempuan yang terlatih', 'unit usaha'),
      says: 'Jumlah usaha ekonomi produktif perempuan yang terlatih',
    },
    {
      name: 'outcome IK counting those who attended training',
      doc: outcomeIk('Jumlah SDM vokasi yang mengikuti pelatihan', 'orang'),
      says: 'yang mengikuti pelatihan',
    },
    {
      name: 'outcome IK counting those given aid',
      doc: outcomeIk('Jumlah keluarga miskin yang menerima bantuan sosial', 'KK'),
      says: 'yang menerima bantuan',
    },
    {
      name: 'outcome IK, the share of what was formed ("yang akan dibentuk")',
      doc: outcomeIk('Persentase Bumdes yang akan dibentuk', '%'),
      says: 'Persentase bumdes yang akan dibentuk',
    },
    {
      name: 'outcome IK, the share of those an activity assisted ("yang difasilitasi")',
      doc: outcomeIk('Prosentase lembaga kemasyarakatan yang difasilitasi', '%'),
      says: 'yang difasilitasi',
    },
    {
      name: 'outcome IK counting those an activity assisted: named as those reached',
      doc: outcomeIk('Jumlah UMKM yang dibina', 'UMKM'),
      says: 'menghitung sasaran yang dijangkau kegiatan',
    },
    {
      name: 'outcome IK counting what was watched over',
      doc: outcomeIk('Jumlah Proyek Strategis Nasional yang diawasi', 'proyek'),
      says: 'yang diawasi',
    },
    {
      name: 'outcome IK counting what was distributed ("Jumlah bibit ... yang disalurkan")',
      doc: outcomeIk('Jumlah bibit tanaman hutan yang disalurkan', 'batang'),
      says: 'Jumlah bibit tanaman hutan yang disalurkan',
    },
    {
      name: 'outcome IK, the share of aid handed out ("yang tersalurkan")',
      doc: outcomeIk('Persentase bantuan pangan yang tersalurkan', '%'),
      says: 'yang tersalurkan',
    },
    {
      name: 'outcome IK counting the cases handled ("Jumlah pengaduan yang ditangani")',
      doc: outcomeIk('Jumlah pengaduan yang ditangani', 'pengaduan'),
      says: 'Jumlah pengaduan yang ditangani',
    },
    {
      name: 'outcome IK counting the cases handled, after more words ("Jumlah kasus gangguan keamanan hutan yang ditangani")',
      doc: outcomeIk('Jumlah kasus gangguan keamanan hutan yang ditangani', 'kasus'),
      says: 'yang ditangani',
    },
    {
      name: 'outcome IK, the area treated ("Luas rehabilitasi hutan dan lahan", Dinas Kehutanan)',
      doc: outcomeIk('Luas Rehabilitasi Hutan dan Lahan', 'Ha'),
      says: '("Luas rehabilitasi")',
    },
    {
      name: 'outcome IK, the area said to be treated ("Luas lahan kritis yang direhabilitasi")',
      doc: outcomeIk('Luas lahan kritis yang direhabilitasi', 'Ha'),
      says: 'Luas lahan kritis yang direhabilitasi',
    },
    {
      name: 'outcome IK, the slum area handled ("Luas kawasan kumuh yang ditangani", Dinas Perkim)',
      doc: outcomeIk('Luas kawasan kumuh yang ditangani', 'Ha'),
      says: '("Luas kawasan kumuh yang ditangani")',
    },
    {
      name: 'outcome IK, the length built ("Panjang tanggul pengendali banjir yang dibangun")',
      doc: outcomeIk('Panjang tanggul pengendali banjir yang dibangun dan ditingkatkan', 'km'),
      says: 'Panjang tanggul pengendali banjir yang dibangun',
    },
    {
      name: 'outcome IK, the road work named as a noun ("Panjang pelebaran jalan menuju standar", a BPJN)',
      doc: outcomeIk('Panjang pelebaran jalan menuju standar', 'km'),
      says: '("Panjang pelebaran")',
    },
    {
      name: 'outcome IK, the length of road preserved ("Panjang jalan nasional yang dipreservasi", a BPJN)',
      doc: outcomeIk('Panjang jalan nasional yang dipreservasi Wilayah I', 'km'),
      says: 'Panjang jalan nasional yang dipreservasi',
    },
    {
      name: 'outcome IK, a resource per population ("Rasio Jumlah Linmas per 1.000 penduduk")',
      doc: goalIk('Rasio Jumlah Linmas per 1.000 penduduk', 'rasio'),
      says: 'Rasio Jumlah Linmas per 1.000 penduduk',
    },
    {
      name: 'outcome IK, a stock held ("Kapasitas Debit Air Bersih")',
      doc: goalIk('Kapasitas Debit Air Bersih', 'liter/detik'),
      says: 'Kapasitas',
    },
    {
      name: 'outcome IK, a document available ("Ketersediaan dokumen perencanaan")',
      doc: goalIk('Ketersediaan dokumen perencanaan dan penganggaran', 'dokumen'),
      says: 'Ketersediaan dokumen',
    },
  ],
  accept: [
    {
      name: 'outcome IK, a change in those an activity assisted ("pertumbuhan omset UMKM yang dibina")',
      doc: outcomeIk('Persentase pertumbuhan omset UMKM yang dibina', '%'),
    },
    {
      name: 'mail coming in is an input, input-indicator\'s finding, not a deliverable ("Jumlah surat masuk")',
      doc: outcomeIk('Jumlah surat masuk', 'surat'),
    },
    // Work reported done at an outcome: activity-indicator's finding (its test pins it), not a second one here.
    ...(
      [
        ['the share of a work plan carried out ("Persentase PKPT yang dilaksanakan")', 'Persentase PKPT yang dilaksanakan'],
        [
          'an action plan carried out ("Persentase rencana aksi zona integritas yang terlaksana", a KSOP)',
          'Persentase rencana aksi zona integritas yang terlaksana',
        ],
      ] as const
    ).map(([name, statement]) => ({ name, doc: outcomeIk(statement, '%') })),
    {
      name: 'a kegiatan stating a change, measured by a share',
      doc: kegiatan('Meningkatnya Kinerja Pelayanan Parkir', ['Persentase titik parkir yang tertib']),
      where: 'K',
    },
    {
      name: 'a kegiatan stating its output, measured by counts of reports',
      doc: kegiatan('Tersedianya Dokumen Perencanaan', ['Jumlah dokumen perencanaan']),
      where: 'K',
    },
    { name: 'a ratio of a condition, not a resource', doc: goalIk('Rasio gini', 'rasio') },
    {
      name: 'the capacity an output adds, at an immediate outcome',
      doc: outcomeIk('Kapasitas terpasang sistem penyediaan air minum', 'liter/detik'),
    },
    { name: 'a resource per population, at an output', doc: outputIk('Rasio dokter per 1.000 penduduk', 'rasio') },
    { name: 'the matching good case', doc: clean },
    { name: 'those reached, counted on an output', doc: outputIk('Jumlah UMKM yang dibina', 'unit usaha') },
    { name: 'a status reached, not an aid received', doc: outcomeIk('Jumlah desa yang memperoleh predikat desa mandiri', 'desa') },
    { name: 'the share of those trained who changed', doc: outcomeIk('Persentase UMKM yang dibina yang naik kelas', '%') },
    { name: 'what was formed, and is now active', doc: outcomeIk('Persentase Bumdes yang terbentuk dan aktif', '%') },
    { name: 'what was compiled, on time', doc: outcomeIk('Persentase dokumen perencanaan yang disusun tepat waktu', '%') },
    {
      name: 'what was issued, within a time limit',
      doc: outcomeIk('Persentase rekomendasi dan surat keterangan yang diterbitkan paling lama 3 hari kerja', '%'),
    },
    { name: 'what was built, counted on an output', doc: outputIk('Jumlah rumah dinas yang dibangun', 'unit') },
    { name: 'what was distributed, counted on an output', doc: outputIk('Jumlah bibit tanaman hutan yang disalurkan', 'batang') },
    { name: 'aid handed out on target', doc: outcomeIk('Persentase bantuan sosial yang tersalurkan tepat sasaran', '%') },
    {
      name: 'the share of cases handled: the coverage of a service',
      doc: outcomeIk('Persentase pengaduan masyarakat yang ditangani', '%'),
    },
    { name: 'cases handled within a time limit', doc: outcomeIk('Jumlah pengaduan yang ditangani paling lama 5 hari kerja', 'pengaduan') },
    { name: 'cases handled, counted on an output', doc: outputIk('Jumlah pengaduan yang ditangani', 'pengaduan') },
    { name: 'the area treated, on an output', doc: outputIk('Luas rehabilitasi hutan dan lahan', 'Ha') },
    { name: 'the road work, on an output', doc: outputIk('Panjang pelebaran jalan', 'km') },
    { name: 'an area in a condition ("Luas lahan kritis")', doc: outcomeIk('Luas lahan kritis di dalam kawasan hutan', 'Ha') },
    { name: 'an area in good condition', doc: outcomeIk('Luas kawasan hutan dalam kondisi baik', 'Ha') },
    { name: 'what became of the planting ("yang tumbuh")', doc: outcomeIk('Luas penanaman yang tumbuh dan berkembang', 'Ha') },
    { name: 'an area treated and now working', doc: outcomeIk('Luas jaringan irigasi yang direhabilitasi dan berfungsi', 'Ha') },
    {
      name: 'the slum area still there ("Luas kawasan permukiman kumuh", lower is better)',
      doc: outcomeIk('Luas kawasan permukiman kumuh', 'Ha'),
    },
    { name: 'the slum area handled, on an output', doc: outputIk('Luas kawasan kumuh yang ditangani', 'Ha') },
    { name: 'a length protected ("Panjang pantai yang terlindungi")', doc: outcomeIk('Panjang pantai yang terlindungi dari abrasi', 'km') },
    {
      name: 'the slum area in the state reached ("yang tertangani")',
      doc: outcomeIk('Luas kawasan kumuh yang tertangani infrastruktur dasarnya', 'Ha'),
    },
    { name: 'a length built and now in good condition', doc: outcomeIk('Panjang jalan yang ditingkatkan dalam kondisi baik', 'km') },
  ],
});
