import { clean, statementCases, withStatement, withStatements } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('pseudo-outcome', {
  reject: [
    {
      name: 'condition verb + activity noun',
      doc: withStatement('M', 'Meningkatnya Pengelolaan Layanan Puskesmas'),
      says: 'Pengelolaan',
      where: 'M',
    },
    ...statementCases(
      'M',
      [
        ['"Meningkatnya Pengembangan Kompetensi ASN"', 'Meningkatnya Pengembangan Kompetensi ASN'],
        ['a normative head', 'Optimalnya Layanan Puskesmas', { says: 'Optimalnya' }],
        [
          'a normative head without -nya ("Tertib administrasi keuangan ...", a Poltekkes Kemenkes sasaran)',
          'Tertib administrasi keuangan dan barang milik negara',
          { says: 'Tertib' },
        ],
        [
          'more of an activity, even with a quality ("Meningkatnya Pengelolaan ... yang Akuntabel")',
          'Meningkatnya Pengelolaan Keuangan Puskesmas yang Akuntabel',
        ],
        [
          'the quality of an activity ("Meningkatnya Kualitas Pengelolaan Arsip", as the rule\'s documentation says)',
          'Meningkatnya Kualitas Pengelolaan Arsip',
          { says: 'Kualitas Pengelolaan' },
        ],
        [
          'filling posts or supplies stays an activity ("Meningkatnya Pemenuhan Tenaga Kesehatan ...")',
          'Meningkatnya Pemenuhan Tenaga Kesehatan di Puskesmas',
          { says: 'Pemenuhan' },
        ],
        [
          'handling complaints more ("Meningkatnya penanganan pengaduan")',
          'Meningkatnya penanganan pengaduan masyarakat',
          { says: 'Penanganan' },
        ],
        [
          'more promotion ("Meningkatnya promosi potensi dan peluang investasi daerah", a DPMPTSP)',
          'Meningkatnya promosi potensi dan peluang investasi daerah',
          { says: 'Promosi' },
        ],
        ['the quality of carrying out, with "mutu"', 'Meningkatnya Mutu Pelaksanaan Kegiatan Posyandu', { says: 'Mutu Pelaksanaan' }],
        [
          'an activity done ("Terselesaikannya penatausahaan BMN", a Balai Taman Nasional): said as done, not as more of it',
          'Terselesaikannya penatausahaan BMN',
          { says: 'menyatakan kegiatan yang terlaksana' },
        ],
        ['more of an activity is said as more', 'Meningkatnya Pengelolaan Layanan Puskesmas', { says: 'menyatakan meningkatnya kegiatan' }],
      ],
      { where: 'M' },
    ),
  ],
  accept: [
    {
      name: 'the quality of a service or a field ("Meningkatnya Kualitas Pelayanan Publik", "... Mutu Pendidikan")',
      doc: withStatements({ M: 'Meningkatnya Kualitas Pelayanan Publik', M2: 'Meningkatnya Mutu Pendidikan Dasar' }),
    },
    {
      name: 'the quality of learning, planning or governance ("Meningkatnya Kualitas Pembelajaran ...")',
      doc: withStatements({
        M: 'Meningkatnya Kualitas Pembelajaran di Sekolah Dasar',
        M2: 'Meningkatnya Kualitas Perencanaan dan Pelaporan Kinerja',
        M3: 'Meningkatnya Kualitas Penyelenggaraan Pemerintahan Desa',
      }),
    },
    ...statementCases(
      'M',
      [
        ['the quality of a thing ("Meningkatnya Kualitas Aparatur Sipil Negara")', 'Meningkatnya Kualitas Aparatur Sipil Negara'],
        ['a condition of a field noun', 'Meningkatnya Pelayanan Kesehatan Dasar'],
        [
          'a state reached, named by its quality ("Terwujudnya Pengelolaan ... yang Partisipatif")',
          'Terwujudnya Pengelolaan Sumber Daya Kelautan yang Partisipatif dan Berkelanjutan',
        ],
        ['the sales of a target group ("Meningkatnya Penjualan Usaha Mikro")', 'Meningkatnya Penjualan Usaha Mikro'],
        ...[
          'Meningkatnya Pengembalian Piutang Negara',
          'Meningkatnya Pengembalian Kerugian Keuangan Negara',
          'Meningkatnya Pembayaran Tagihan oleh Pengguna Jasa Tepat Waktu',
        ].map((s): [string, string] => [`money paid or returned by those served ("${s}", a Kanwil DJKN or Bea dan Cukai)`, s]),
        ['rights fulfilled ("Meningkatnya pemenuhan hak anak", DP3AP2KB)', 'Meningkatnya pemenuhan hak anak'],
        [
          'basic services met ("Meningkatnya pemenuhan pelayanan dasar di kecamatan lokasi prioritas", a Badan Pengelola Perbatasan)',
          'Meningkatnya Pemenuhan Pelayanan Dasar di Kecamatan Lokasi Prioritas Perbatasan',
        ],
        ['needs met ("Meningkatnya pemenuhan kebutuhan air minum masyarakat")', 'Meningkatnya pemenuhan kebutuhan air minum masyarakat'],
        [
          'standards met ("Meningkatnya pemenuhan standar pelayanan publik", an Ombudsman RI Perwakilan)',
          'Meningkatnya pemenuhan standar pelayanan publik oleh penyelenggara',
        ],
        [
          'behaviour changed: the change is the condition ("Meningkatnya perubahan perilaku narapidana resiko tinggi", a Rutan)',
          'Meningkatnya perubahan perilaku narapidana resiko tinggi',
        ],
        [
          'complaints handled: the complaint is no activity ("Tertanganinya pengaduan kasus kekerasan ...")',
          'Tertanganinya pengaduan kasus kekerasan terhadap perempuan dan anak',
        ],
        [
          'problems solved: the problem is no activity ("Terselesaikannya permasalahan lahan transmigrasi", a Dinas Transmigrasi)',
          'Terselesaikannya permasalahan lahan transmigrasi',
        ],
        [
          'disputes settled: a dispute is no activity ("Terselesaikannya Perselisihan Hubungan Industrial", a Dinas Tenaga Kerja)',
          'Terselesaikannya Perselisihan Hubungan Industrial',
        ],
        [
          'a court is an institution, not an activity ("Terwujudnya Pengadilan Tata Usaha Negara Jakarta yang Agung", a PTUN)',
          'Terwujudnya Pengadilan Tata Usaha Negara Jakarta yang Agung',
        ],
        [
          'verdicts carried out: compliance is the condition ("Meningkatnya pelaksanaan putusan yang telah berkekuatan hukum tetap", a PTUN)',
          'Meningkatnya pelaksanaan putusan yang telah berkekuatan hukum tetap',
        ],
        ['the judiciary is an institution too ("Terwujudnya Peradilan Agama yang Agung")', 'Terwujudnya Peradilan Agama yang Agung'],
        [
          'a service used by those it serves, as "pemanfaatan" is ("Meningkatnya Utilisasi Layanan Jasa Industri", a BBSPJI)',
          'Meningkatnya Utilisasi Layanan Jasa Industri di Dalam Negeri',
        ],
      ],
      { where: 'M' },
    ),
    { name: 'the clean tree', doc: clean },
  ],
});
