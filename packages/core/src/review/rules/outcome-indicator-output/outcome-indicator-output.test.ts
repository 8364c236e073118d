import { clean, firstInd, mut, renstraChain, res, statedRows, tableCases } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

const outcomeIk = (statement: string, unit: string) => mut((d) => Object.assign(firstInd(d, 'M'), { statement, unit }));
/** An indicator of the goal (a strategic outcome, like a sasaran or tujuan). */
const goalIk = (statement: string, unit: string) => mut((d) => Object.assign(firstInd(d, 'G'), { statement, unit }));

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
      name: 'outcome IK counting files ("Jumlah berkas usulan ...": documents, a deliverable)',
      doc: outcomeIk('Jumlah berkas usulan kenaikan pangkat yang diverifikasi', 'Berkas'),
      says: 'berkas',
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
      says: 'Persentase Bumdes yang akan dibentuk',
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
    ...tableCases(
      ([statement, unit]: readonly [string, string]) => outcomeIk(statement, unit),
      [
        [
          'outcome IK counting what was inspected ("... yang diperiksa kepatuhannya", a Stasiun PSDKP)',
          ['Jumlah pelaku usaha kelautan yang diperiksa kepatuhannya', 'pelaku usaha'],
          { says: 'yang diperiksa' },
        ],
        [
          'outcome IK counting what was maintained ("Jumlah menara suar yang dipelihara", a Distrik Navigasi)',
          ['Jumlah menara suar yang dipelihara', 'unit'],
          { says: 'yang dipelihara' },
        ],
        [
          'outcome IK counting what was rebuilt ("Jumlah sekolah dan madrasah yang direhabilitasi dan direnovasi", a BPPW)',
          ['Jumlah sekolah dan madrasah yang direhabilitasi dan direnovasi', 'unit'],
          { says: 'yang direhabilitasi' },
        ],
        [
          'outcome IK counting what was revitalised ("Jumlah pasar rakyat yang direvitalisasi", a BPPW)',
          ['Jumlah pasar rakyat yang direvitalisasi', 'unit'],
          { says: 'yang direvitalisasi' },
        ],
      ],
    ),
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
      name: 'outcome IK, the share handed out, with no word of its use ("Persentase bibit yang tersalurkan")',
      doc: outcomeIk('Persentase bibit yang tersalurkan ke kelompok tani', '%'),
      says: 'Persentase bibit yang tersalurkan',
    },
    {
      name: 'outcome IK counting the vehicles acted against ("Jumlah kendaraan ODOL yang ditindak", a BPTD)',
      doc: outcomeIk('Jumlah kendaraan ODOL yang ditindak', 'kendaraan'),
      says: '("Jumlah kendaraan ODOL yang ditindak")',
    },
    {
      name: 'the work quoted as the indicator writes it ("tipe A", "dan/atau")',
      doc: outcomeIk('Jumlah fasilitas terminal tipe A dan/atau halte yang dibangun', 'unit'),
      says: '("Jumlah fasilitas terminal tipe A dan/atau halte yang dibangun")',
    },
    ...tableCases(
      (statement: string) => outcomeIk(statement, 'unit'),
      [
        ['outcome IK counting the samples tested ("Jumlah sampel yang diuji", a UPTD Laboratorium Lingkungan)', 'Jumlah sampel yang diuji'],
        ['outcome IK counting the instruments calibrated ("Jumlah alat yang dikalibrasi")', 'Jumlah alat yang dikalibrasi'],
        [
          'outcome IK counting the premises inspected ("Jumlah sarana produksi pangan yang diperiksa")',
          'Jumlah sarana produksi pangan yang diperiksa',
        ],
      ],
      { says: 'yang di' },
    ),
    {
      name: 'outcome IK counting the cases handled, after more words ("Jumlah kasus gangguan keamanan hutan yang ditangani")',
      doc: outcomeIk('Jumlah kasus gangguan keamanan hutan yang ditangani', 'kasus'),
      says: 'yang ditangani',
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
      name: 'case files settled count cases, not documents ("Jumlah Berkas Kasus Piutang Negara (BKPN) yang dapat diselesaikan", a KPKNL)',
      doc: outcomeIk('Jumlah Berkas Kasus Piutang Negara (BKPN) yang dapat diselesaikan', 'BKPN'),
    },
    {
      name: 'outcome IK, a change in those an activity assisted ("pertumbuhan omset UMKM yang dibina")',
      doc: outcomeIk('Persentase pertumbuhan omset UMKM yang dibina', '%'),
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
    ...(
      [
        [
          'advice carried out by the party it was given to ("Persentase saran perbaikan ... yang dilaksanakan oleh terlapor", an Ombudsman)',
          'Persentase saran perbaikan Ombudsman yang dilaksanakan oleh terlapor',
        ],
        [
          'an agreement carried out by its parties ("Persentase kesepakatan diversi yang dilaksanakan", a Bapas)',
          'Persentase kesepakatan diversi yang dilaksanakan',
        ],
        [
          'a verdict carried out by the party it binds ("Persentase putusan ... yang dilaksanakan oleh tergugat", a PTUN)',
          'Persentase putusan perkara tata usaha negara yang dilaksanakan oleh tergugat',
        ],
        [
          'the work taken up by the party it went to ("... yang difasilitasi dan ditindaklanjuti oleh kementerian/lembaga", a Badan Penghubung Daerah)',
          'Persentase urusan pemerintah daerah yang difasilitasi dan ditindaklanjuti oleh kementerian/lembaga',
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
    { name: 'the matching good case', doc: clean },
    // Result M (an immediate outcome) or O0a (an output): id | statement | unit | case.
    ...statedRows(`
      M | Persentase rumah rusak akibat bencana yang direhabilitasi | % | the share of damaged houses rebuilt: the coverage of recovery (a BPBD)
      M | Jumlah desa yang memperoleh predikat desa mandiri | desa | a status reached, not an aid received
      M | Persentase sampah yang terolah di TPA dan TPST yang dibangun | % | what became of the waste, at facilities that were built ("sampah yang terolah di TPA dan TPST yang dibangun", a BPPW)
      M | Persentase UMKM yang dibina yang naik kelas | % | the share of those trained who changed
      M | Persentase Bumdes yang terbentuk dan aktif | % | what was formed, and is now active
      M | Persentase dokumen perencanaan yang disusun tepat waktu | % | what was compiled, on time
      M | Persentase bantuan sosial yang tersalurkan tepat sasaran | % | aid handed out on target
      M | Jumlah pengaduan yang ditangani paling lama 5 hari kerja | pengaduan | cases handled within a time limit
      M | Jumlah surat masuk | surat | mail coming in is an input, input-indicator's finding, not a deliverable ("Jumlah surat masuk")
      M | Kapasitas terpasang sistem penyediaan air minum | liter/detik | the capacity an output adds, at an immediate outcome
      M | Persentase rekomendasi dan surat keterangan yang diterbitkan paling lama 3 hari kerja | % | what was issued, within a time limit
      M | Persentase pengaduan masyarakat yang ditangani | % | the share of cases handled: the coverage of a service
      O0a | Rasio dokter per 1.000 penduduk | rasio | a resource per population, at an output
      O0a | Jumlah UMKM yang dibina | unit usaha | those reached, counted on an output
      O0a | Jumlah rumah dinas yang dibangun | unit | what was built, counted on an output
      O0a | Jumlah bibit tanaman hutan yang disalurkan | batang | what was distributed, counted on an output
      O0a | Jumlah pengaduan yang ditangani | pengaduan | cases handled, counted on an output
      O0a | Jumlah sampel air yang diuji | sampel | the samples tested, counted on an output
      M | Persentase sampel air limbah yang diuji | % | the share of samples tested: the coverage of testing
      M | Jumlah sampel yang diuji yang memenuhi baku mutu | sampel | the samples tested that meet the quality standard
    `),
    {
      name: 'what was handed out and put to use ("Persentase bibit yang tersalurkan dan ditanam masyarakat", a BPDASHL)',
      doc: outcomeIk('Persentase bibit yang tersalurkan dan ditanam masyarakat', '%'),
    },
    { name: 'what was handed out and used', doc: outcomeIk('Persentase alat tangkap yang disalurkan dan digunakan nelayan', '%') },
    {
      name: 'what was formed, with a score to reach',
      doc: outcomeIk('Persentase Bumdes yang dibentuk dengan nilai kinerja minimum 60', '%'),
    },
    {
      name: 'the share of vehicles acted against: the coverage of enforcement',
      doc: outcomeIk('Persentase kendaraan ODOL yang ditindak', '%'),
    },
  ],
});
