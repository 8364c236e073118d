import { clean, firstInd, mut, res, statedAs, statedUnpolarised, tableCases, unpolarised } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

/**
 * The clean document with every indicator restated: `names` in turn, each followed by its result's id (a pair
 * also sets the unit), and its polarity deleted, or set to `polarity` when one is given.
 */
const restated = (names: readonly (string | readonly [string, string])[], polarity?: 'up' | 'down') =>
  mut((d) => {
    let k = 0;
    for (const r of d.results)
      for (const i of (r as any).indicators ?? []) {
        if (polarity === undefined) delete i.polarity;
        else i.polarity = polarity;
        const name = names[k++ % names.length]!;
        Object.assign(i, typeof name === 'string' ? { statement: `${name} ${r.id}` } : { statement: `${name[0]} ${r.id}`, unit: name[1] });
      }
  });

/** The clean document with result M stating `result`, measured by `indicator` stated as `polarity`. */
const measuring = (result: string, indicator: string, unit: string, polarity: 'up' | 'down') =>
  mut((d) => {
    res(d, 'M').statement = result;
    Object.assign(firstInd(d, 'M'), { statement: indicator, unit, polarity });
  });

testRule('polarity-missing', {
  reject: [
    {
      name: 'a result stating a rise of what its indicator measures lower-is-better ("Meningkatnya kunjungan wisatawan")',
      doc: measuring('Meningkatnya kunjungan wisatawan', 'Jumlah kunjungan wisatawan', 'orang', 'down'),
      where: 'M',
      says: 'kinerjanya menyatakan arah sebaliknya ("Meningkatnya ...")',
      count: 1,
    },
    {
      name: 'a result stating a fall of what its indicator measures higher-is-better ("Berkurangnya penggunaan kantong plastik")',
      doc: measuring(
        'Berkurangnya penggunaan kantong plastik sekali pakai',
        'Jumlah penggunaan kantong plastik sekali pakai',
        'lembar',
        'up',
      ),
      where: 'M',
      says: 'makin tinggi makin baik, padahal kinerjanya menyatakan arah sebaliknya ("Berkurangnya ...")',
    },
    // A direction stated against what the words say.
    ...tableCases(
      ([statement, unit, polarity]: readonly [string, string, 'up' | 'down']) => statedAs('M', statement, unit, { polarity }),
      [
        [
          'a count of violations stated as higher-is-better',
          ['Jumlah pelanggaran Perda', 'kasus', 'up'],
          { says: 'makin rendah makin baik' },
        ],
        [
          'a share of businesses in a state wanted ("... yang Taat Kebijakan") stated as lower-is-better',
          ['Persentase Pelaku Usaha yang Taat Kebijakan', '%', 'down'],
        ],
        [
          'punctuality stated as lower-is-better ("Ketepatan waktu penetapan Perda APBD", a BPKAD)',
          ['Ketepatan waktu penetapan Perda APBD', 'bulan', 'down'],
          { where: 'M' },
        ],
        [
          'a percentage of punctuality stated as lower-is-better ("Persentase ketepatan penyaluran bantuan")',
          ['Persentase ketepatan penyaluran bantuan sosial', '%', 'down'],
          { where: 'M' },
        ],
        [
          'a count of teachers available ("... yang tersedia") stated as lower-is-better',
          ['Jumlah Pendidik yang tersedia', 'orang', 'down'],
        ],
      ],
      { says: 'makin tinggi makin baik' },
    ),
    { name: 'an open ratio', doc: statedUnpolarised('M', 'Rasio dokter terhadap penduduk', 'Rasio') },
    { name: 'nothing states a direction: once', doc: restated(['Rasio dokter terhadap penduduk']), count: 1 },
    {
      name: 'a level of something the words do not name as good ("Level kebisingan ...": the down words do not know it)',
      doc: statedUnpolarised('M', 'Level air waduk saat musim kemarau', 'meter'),
    },
    {
      name: "one year's target and realisation (an LKjIP table) of an open ratio: its capaian needs the direction",
      doc: statedUnpolarised('M', 'Rasio dokter terhadap penduduk', 'Rasio', {
        baseline: undefined,
        targets: { '2025': 0.5 },
        realisations: { '2025': 0.4 },
      }),
    },
  ],
  accept: [
    {
      name: 'punctuality stated as higher-is-better ("Ketepatan waktu penyampaian LKPD")',
      doc: statedAs('M', 'Ketepatan waktu penyampaian LKPD', '%', { polarity: 'up' }),
      where: 'M',
    },
    {
      name: 'the contraceptive prevalence rate stated higher-is-better ("Angka prevalensi kontrasepsi modern (mCPR)")',
      doc: statedAs('G', 'Angka prevalensi kontrasepsi modern (Modern Contraceptive Prevalence Rate/mCPR)', '%', { polarity: 'up' }),
    },
    {
      name: 'a fall of cases measured by the share handled (a different thing: "Persentase kasus DBD yang ditangani")',
      doc: measuring('Menurunnya jumlah kasus DBD', 'Persentase kasus DBD yang ditangani', '%', 'up'),
      where: 'M',
    },
    {
      name: 'a fall measured by the size of the fall ("Persentase penurunan angka kemiskinan")',
      doc: measuring('Menurunnya angka kemiskinan', 'Persentase penurunan angka kemiskinan', '%', 'up'),
      where: 'M',
    },
    {
      name: 'a rise of the control of a thing measured by the thing ("Meningkatnya pengendalian inflasi", "Tingkat inflasi")',
      doc: measuring('Meningkatnya pengendalian inflasi daerah', 'Tingkat inflasi daerah', '%', 'down'),
      where: 'M',
    },
    {
      name: 'a rise of a condition measured by a bad thing it avoids ("Meningkatnya derajat kesehatan", "Angka kematian bayi")',
      doc: measuring('Meningkatnya derajat kesehatan masyarakat', 'Angka kematian bayi', 'per 1.000', 'down'),
      where: 'M',
    },
    { name: 'the matching good case', doc: clean },
    {
      name: 'death certificates issued ("Jumlah akta kematian yang diterbitkan", akta): a count of documents, not of deaths',
      doc: statedUnpolarised('M', 'Jumlah akta kematian yang diterbitkan', 'akta'),
    },
    {
      name: 'an amount counted in people, in the IKK\'s words ("Besaran tenaga kerja yang mendapatkan pelatihan ...", orang)',
      doc: statedUnpolarised('M', 'Besaran tenaga kerja yang mendapatkan pelatihan berbasis kompetensi', 'orang'),
    },
    {
      name: 'the work done on a bad condition, stated as higher-is-better ("Persentase kasus TB yang ditemukan dan diobati")',
      doc: statedAs('M', 'Persentase kasus tuberkulosis yang ditemukan dan diobati', '%', { polarity: 'up' }),
    },
    {
      name: 'a state wanted that is negated or follows a bad condition, stated as lower-is-better',
      doc: restated(
        [
          'Persentase penduduk tidak mampu yang terlayani',
          'Persentase kasus yang tertangani',
          'Persentase penurunan sekolah yang terakreditasi',
        ],
        'down',
      ),
    },
    {
      name: 'a count of violations stated as lower-is-better',
      doc: statedAs('M', 'Jumlah pelanggaran Perda', 'kasus', { polarity: 'down' }),
    },
    {
      name: 'the rate of going on to the next school ("Angka melanjutkan ..."), better higher',
      doc: statedUnpolarised('M', 'Angka melanjutkan dari SMP ke SMA', '%'),
    },
    {
      name: 'what a sector yields ("Produksi garam", "Pertumbuhan PDB perikanan"), better higher',
      doc: mut((d) => {
        for (const r of d.results)
          for (const i of (r as any).indicators ?? []) {
            delete i.polarity;
            i.statement = (r.id.length % 2 === 0 ? 'Produksi garam rakyat ' : 'Pertumbuhan PDB perikanan ') + r.id;
          }
      }),
    },
    {
      name: 'mean years of schooling headed "Angka" ("Angka Rata-rata Lama Sekolah"), better higher',
      doc: statedUnpolarised('M', 'Angka Rata-rata Lama Sekolah', 'tahun'),
    },
    {
      name: 'capacity, an index of gender development, and policies on violations completed: better higher',
      doc: restated(['Kapasitas debit air bersih', 'IPG', 'Jumlah kebijakan penanganan pelanggaran yang diselesaikan']),
    },
    {
      name: 'an indicator worded as a result ("Terselenggaranya ..."): indicator-as-statement says it',
      doc: statedUnpolarised('M', 'Terselenggaranya rapat koordinasi penanganan pelanggaran', 'kali'),
    },
    { name: 'a direction the wording gives', doc: unpolarised('M', { statement: 'Angka kematian ibu' }) },
    { name: 'a percentage spelled "Presentase"', doc: statedUnpolarised('M', 'Presentase makanan yang memenuhi syarat kesehatan', '%') },
    {
      name: 'an average score ("Rata-rata Indeks Prestasi Kumulatif (IPK) mahasiswa")',
      doc: statedUnpolarised('M', 'Rata-rata Indeks Prestasi Komulatif (IPK) mahasiswa S2', 'IPK'),
    },
    {
      name: 'a level of something good ("Tingkat pemahaman ...")',
      doc: statedUnpolarised('M', 'Tingkat pemahaman ideologi dan wawasan kebangsaan', 'Poin'),
    },
    {
      name: 'the result of an index ("Hasil Indeks Kepuasan Masyarakat"), a level of fulfilment, a capability level, a ratio of those covered',
      doc: restated([
        'Hasil Indeks Kepuasan Masyarakat',
        'Tingkat pemenuhan pembiayaan dan perlindungan usaha pertanian',
        'Level Internal Audit Capability Model (IACM)',
        'Rasio lahan pertanian yang terlindungi asuransi pertanian terhadap total lahan pertanian',
        'Luas kawasan tidak layak huni yang mendapat peningkatan layanan prasarana permukiman',
      ]),
    },
    {
      name: 'things counted with no measure word ("Rumah Tangga yang dikaji" in RT, "Desa Siaga Aktif" in Desa), like "Jumlah ..."',
      doc: restated([
        ['Rumah Tangga yang dikaji', 'RT'],
        ['Desa Siaga Aktif', 'Desa'],
      ]),
    },
    { name: 'nothing states a direction, but the wording gives every one', doc: restated(['Persentase ASN yang berkinerja baik']) },
  ],
});
