import {
  clean,
  mut,
  res,
  statementCases,
  tableCases,
  withFirst,
  withStatement,
  withStatements,
  twoConditions,
} from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('compound-statement', {
  reject: [
    {
      name: 'a population growing in balance left unmeasured, the family index alone ("... tumbuh seimbang dan keluarga berkualitas")',
      doc: twoConditions('Terwujudnya penduduk tumbuh seimbang dan keluarga berkualitas di Daerah Istimewa Yogyakarta', [
        'Indeks Pembangunan Keluarga (iBangga)',
      ]),
      where: 'M',
      says: 'tambahkan IK untuk "penduduk tumbuh seimbang"',
    },
    ...tableCases(
      ([statement, iks]: readonly [string, string[]]) => twoConditions(statement, iks),
      [
        [
          'after a "dalam" clause, a condition of its own ("... dalam pembangunan dan kesadaran hukum masyarakat")',
          [
            'Meningkatnya partisipasi masyarakat dalam pembangunan dan kesadaran hukum masyarakat',
            ['Persentase partisipasi masyarakat dalam musrenbang'],
          ],
        ],
      ],
      { where: 'M', says: 'tambahkan IK untuk' },
    ),
    {
      name: 'two conditions joined by "dan", the indicators measuring one',
      doc: twoConditions('Meningkatnya kualitas lingkungan hidup dan ketahanan daerah terhadap risiko bencana', ['Indeks Risiko Bencana']),
      where: 'M',
      says: 'tambahkan IK untuk "kualitas lingkungan hidup"',
    },
    {
      name: 'the halves quoted as the statement writes them, an acronym in capitals ("... Akuntabilitas Kinerja BLUD")',
      doc: twoConditions('Meningkatnya Kemandirian Keuangan dan Akuntabilitas Kinerja BLUD', ['Nilai akuntabilitas kinerja BLUD']),
      where: 'M',
      says: 'hanya mengukur "Akuntabilitas Kinerja BLUD": tambahkan IK untuk "Kemandirian Keuangan"',
    },
    {
      name: 'a half quoted with the punctuation inside its words ("pendidikan Al-Qur\'an", not "Al Qur an")',
      doc: twoConditions("Meningkatnya aktivitas didikan subuh dan pendidikan Al-Qur'an", ['Jumlah peserta didikan subuh yang aktif']),
      where: 'M',
      says: 'tambahkan IK untuk "pendidikan Al-Qur\'an"',
    },
    {
      name: 'an acronym naming neither half leaves the other uncovered ("Indeks KAMI")',
      doc: twoConditions('Meningkatnya kualitas penyelenggaraan pemerintahan berbasis elektronik dan keterbukaan informasi publik', [
        'Nilai Keterbukaan Informasi Publik',
        'Indeks KAMI',
      ]),
      where: 'M',
      says: 'tambahkan IK untuk "kualitas penyelenggaraan pemerintahan berbasis el…"',
    },
    {
      name: 'two numbered indicators in one row',
      doc: withFirst('M', { statement: '1. Nilai LHE AKIP Perangkat Daerah    2. Indeks Kepuasan Masyarakat (IKM)' }),
      says: '2 IK bernomor',
    },
    {
      name: 'two measures opening one indicator ("Jumlah dan jenis ...")',
      doc: withFirst('M', { statement: 'Jumlah dan jenis administrasi perkantoran yang dikelola', unit: 'Jenis' }),
      says: 'dua ukuran ("Jumlah" dan "jenis")',
    },
    {
      name: 'a length and a count in one indicator ("Panjang dan jumlah ...")',
      doc: withFirst('M', { statement: 'Panjang dan jumlah bangunan pengendali banjir yang dibangun', unit: 'km' }),
      says: '("Panjang" dan "jumlah")',
    },
    {
      name: 'a list of which its IK measure one item only ("kapasitas petani, petani milenial dan pelaku usaha pertanian", a BBPP)',
      doc: twoConditions('Meningkatnya kapasitas petani, petani milenial dan pelaku usaha pertanian', [
        'Jumlah petani milenial yang dilatih kewirausahaan',
        'Persentase petani milenial alumni pelatihan yang memulai usaha agribisnis',
      ]),
      where: 'M',
      says: '3 bidang',
    },
    ...statementCases('M', [
      ['two changes in one statement', 'Meningkatnya Mutu Layanan dan Menurunnya Keluhan Pasien'],
      [
        'a list of three fields at an outcome level',
        'Meningkatnya kesehatan keluarga & perbaikan gizi masyarakat, Promosi & pemberdayaan masyarakat, dan kesehatan lingkungan',
        { where: 'M', says: '3 bidang' },
      ],
      [
        'a list of three fields with no comma before "serta"',
        'Terwujudnya Manajemen Organisasi yang Efektif, Pengelolaan Keuangan yang Akuntabel serta Pelayanan Publik yang Prima',
        { where: 'M', says: '"Pelayanan Publik yang Prima"' },
      ],
      [
        'three fields, the second holding "dan", the last after "serta"',
        'Meningkatnya Manajemen Organisasi yang Berkualitas, Keuangan yang Efektif dan Efisien serta Pelayanan Publik yang Prima',
        { says: '"Keuangan yang Efektif dan Efisien"' },
      ],
    ]),
  ],
  accept: [
    {
      name: 'a borrowed gerund named by its root ("Layanan Monitoring" by "... yang dapat dimonitor", a Balai Monitor SFR)',
      doc: twoConditions('Meningkatnya Layanan Monitoring dan Penertiban Spektrum Frekuensi Radio', [
        'Prosentase kabupaten/kota yang dapat dimonitor',
        'Tingkat ketertiban pengguna frekuensi radio',
      ]),
      where: 'M',
    },
    {
      name: 'a half named by an acronym with a letter between its initials ("Stasiun Radio Pantai" as "SROP", a Distrik Navigasi)',
      doc: twoConditions('Beroperasinya Stasiun Radio Pantai dan Vessel Traffic Service (VTS) 24 jam', [
        'Jumlah SROP yang beroperasi 24 jam',
        'Persentase waktu operasional VTS',
      ]),
      where: 'M',
    },
    {
      name: 'one assessment named by a pair ("Nilai dan predikat SAKIP"), and one measure with "dan" after it',
      doc: mut((d) => {
        res(d, 'M').indicators = [
          { statement: 'Nilai dan predikat SAKIP', unit: 'nilai', targets: { '2025': 70, '2026': 71 } },
          { statement: 'Jumlah sarana dan prasarana yang dipelihara', unit: 'unit', targets: { '2025': 7, '2026': 8 } },
        ];
      }),
      where: 'M',
    },
    {
      name: 'a half named by its short form in the indicator ("kesra" for "kesejahteraan rakyat", Asisten Pemerintahan dan Kesra Setda)',
      doc: twoConditions('Meningkatnya kualitas koordinasi penyelenggaraan pemerintahan dan kesejahteraan rakyat', [
        'Persentase rekomendasi kebijakan bidang pemerintahan dan kesra yang ditindaklanjuti',
      ]),
      where: 'M',
    },
    {
      name: 'a population growing in balance measured by the TFR ("penduduk tumbuh seimbang dan keluarga berkualitas", Perwakilan BKKBN)',
      doc: twoConditions('Terwujudnya penduduk tumbuh seimbang dan keluarga berkualitas di Daerah Istimewa Yogyakarta', [
        'Angka kelahiran total (Total Fertility Rate/TFR) per WUS usia 15-49 tahun',
        'Indeks Pembangunan Keluarga (iBangga)',
      ]),
      where: 'M',
    },
    {
      name: 'two conditions, each measured',
      doc: twoConditions('Meningkatnya kualitas lingkungan hidup dan ketahanan daerah terhadap risiko bencana', [
        'Indeks Kualitas Lingkungan Hidup',
        'Indeks Risiko Bencana',
      ]),
    },
    {
      name: 'a half named by its acronym in the indicator ("Indeks SPBE" for "pemerintahan berbasis elektronik", Kominfo)',
      doc: twoConditions('Meningkatnya kualitas penyelenggaraan pemerintahan berbasis elektronik dan keterbukaan informasi publik', [
        'Indeks SPBE',
        'Nilai Keterbukaan Informasi Publik',
      ]),
    },
    {
      name: '"dan" inside a reference clause ("sesuai dengan ketentuan dan perundangan")',
      doc: twoConditions('Terwujudnya lingkungan perkotaan yang bersih sesuai dengan peraturan dan perundangan yang berlaku', [
        'Indeks kebersihan lingkungan perkotaan',
      ]),
    },
    {
      name: 'a number in running text, and a single numbered indicator',
      doc: mut((d) => {
        res(d, 'M').indicators![0]!.statement = 'Persentase izin yang terbit dalam 1 hari kerja';
        res(d, 'I').indicators![0]!.statement = '1. Indeks Kepuasan Masyarakat';
      }),
    },
    ...tableCases(
      ([statement, iks]: readonly [string, string[]]) => twoConditions(statement, iks),
      [
        [
          'one code of conduct named by a fixed pair ("Kode Etik dan Pedoman Perilaku Hakim", a Pengadilan Tinggi)',
          [
            'Meningkatnya kepatuhan aparatur peradilan terhadap kode etik dan pedoman perilaku',
            ['Jumlah aparatur yang dijatuhi hukuman disiplin karena pelanggaran kode etik'],
          ],
        ],
        [
          'one field named by a fixed pair ("riset dan inovasi", UU 11/2019, a BRIDA)',
          ['Meningkatnya peran riset dan inovasi dalam pembangunan daerah', ['Indeks Inovasi Daerah Provinsi']],
        ],
        [
          'one field named by a fixed pair ("lalu lintas dan angkutan jalan", UU 22/2009, a UPTD Pengujian Kendaraan Bermotor)',
          ['Meningkatnya keselamatan lalu lintas dan angkutan jalan', ['Angka kecelakaan lalu lintas']],
        ],
        [
          'one program named by a fixed pair ("Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya", a PTUN)',
          [
            'Meningkatnya kualitas dukungan manajemen dan pelaksanaan tugas teknis lainnya',
            ['Nilai Evaluasi SAKIP', 'Nilai Indikator Kinerja Pelaksanaan Anggaran (IKPA)'],
          ],
        ],
        [
          'a second object inside a "dalam" clause ("kemampuan laboratorium ... dalam deteksi penyakit dan faktor risiko", a BBLK)',
          [
            'Meningkatnya kemampuan laboratorium kesehatan dalam deteksi penyakit dan faktor risiko kesehatan',
            ['Persentase laboratorium kesehatan yang lulus Pemantapan Mutu Eksternal'],
          ],
        ],
      ],
      { where: 'M' },
    ),
    ...tableCases(
      ([statement, iks, agency]: readonly [string, string[], string]) => twoConditions(statement, iks, agency),
      [
        [
          'a half matched only by the agency named in the IK ("Nilai SAKIP Kantor Pencarian dan Pertolongan", a Kantor SAR)',
          [
            'Meningkatnya kualitas tata kelola dan layanan administrasi kantor',
            ['Nilai SAKIP Kantor Pencarian dan Pertolongan', 'Persentase realisasi anggaran'],
            'Kantor Pencarian dan Pertolongan Sukamaju',
          ],
        ],
        [
          'a half matched only by the agency named in the IK ("Nilai AKIP Balai Besar POM", a Balai Besar POM)',
          [
            'Meningkatnya kualitas tata kelola dan layanan administrasi balai',
            ['Nilai AKIP Balai Besar POM di Sukamaju'],
            'Balai Besar Pengawas Obat dan Makanan di Sukamaju',
          ],
        ],
        [
          'a half that names the agency itself, whose words are not its own ("... massa dan volume UPTD Metrologi Legal")',
          [
            'Terpenuhinya standar laboratorium massa dan volume UPTD Metrologi Legal',
            ['Persentase standar ukuran yang tertelusur'],
            'UPTD Metrologi Legal Dinas Perdagangan dan Perindustrian Kabupaten Sukamaju',
          ],
        ],
      ],
      { where: 'M' },
    ),
    { name: 'the matching good case', doc: clean },
    {
      name: 'a list of qualities or of parties, in single words',
      doc: withStatements({
        M: 'Terwujudnya Birokrasi yang Efektif, Efisien dan Berorientasi Layanan Prima',
        M2: 'Meningkatnya Kualitas Statistik Sektoral Kementerian, Lembaga dan Pemerintah Daerah',
      }),
    },
    ...statementCases('M', [
      [
        'a reference clause holding "dan" ("... sesuai dengan ketentuan dan perundangan yang berlaku")',
        'Terciptanya Lingkungan daerah Perkotaan, yang bersih sesuai dengan ketentuan dan perundangan yang berlaku',
      ],
      [
        'qualities after one comma, the first closing a field ("... yang berdaya saing, inklusif dan berkelanjutan")',
        'Meningkatnya Perekonomian Daerah yang Berdaya Saing, Inklusif dan Berkelanjutan',
      ],
      ['an urusan name standing for a result ("Urusan A, B dan C")', 'Urusan Ketentraman, Ketertiban Umum Dan Perlindungan Masyarakat'],
      [
        'the scope of one result ("... yang meliputi A, B dan C")',
        'Meningkatnya Layanan Mutasi ASN yang meliputi Jabatan Pimpinan Tinggi, Jabatan Administrasi, Jabatan Pelaksana dan Mutasi antar Daerah',
      ],
      [
        'the parts of one result, with "dan" inside them',
        'Meningkatnya kemampuan individu, keluarga dan masyarakat secara mandiri untuk menjaga kesehatan, memilih dan mendapatkan pelayanan kesehatan yang prima',
      ],
    ]),
    {
      name: 'a list whose every item its own IK measures ("Terpeliharanya menara suar, rambu suar dan pelampung suar", a Distrik Navigasi)',
      doc: twoConditions('Terpeliharanya menara suar, rambu suar dan pelampung suar', [
        'Jumlah menara suar yang dipelihara',
        'Jumlah rambu suar yang dipelihara',
        'Jumlah pelampung suar yang dipelihara',
      ]),
    },
    {
      name: 'a list of fields at an output level',
      doc: withStatement('O0a', 'Tersedianya Dokumen Perencanaan, Laporan Kinerja, dan Laporan Keuangan'),
    },
  ],
});
