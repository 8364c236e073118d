import { docOf } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

const ik = (id: string, statement: string, targets: Record<string, number>, unit = 'orang') => ({
  id,
  statement,
  unit,
  polarity: 'up',
  targets,
});
const visitors = { '2025': 149152, '2026': 159555, '2027': 169958 };

/** A tujuan and a sasaran whose indicators have the targets given. */
const pair = (a: [string, Record<string, number>], b: [string, Record<string, number>]) => () =>
  docOf(
    [
      { id: 'T', level: 'tujuan', statement: 'Meningkatnya kunjungan wisata', indicators: [ik('T.1', ...a)] },
      {
        id: 'S',
        level: 'sasaran',
        parent: 'T',
        statement: 'Meningkatnya peran masyarakat dalam pariwisata',
        indicators: [ik('S.1', ...b)],
      },
    ],
    { levels: 'renstra', period: { start: 2025, end: 2027 } },
  );

const stunting = { '2025': 14, '2026': 12, '2027': 10 };
const levee = { '2025': 6.5, '2026': 7, '2027': 7.5 };
/** The parent's and the child's indicator, with a kondisi awal of 2024 when given. */
const scoped = (a: [string, Record<string, number>, number?], b: [string, Record<string, number>, number?]) => () => {
  const d = pair([a[0], a[1]], [b[0], b[1]])();
  const base = (value: number | undefined) => (value === undefined ? {} : { baseline: { year: 2024, value } });
  Object.assign(d.results[0]!.indicators![0]!, base(a[2]));
  Object.assign(d.results[1]!.indicators![0]!, base(b[2]));
  return d;
};

/** One result measured by the two indicators given, with the same plan of proportions. */
const oneResult = (a: string, b: string) => () => {
  const plan = { '2025': 0.85, '2026': 0.86, '2027': 0.87 };
  return docOf(
    [{ id: 'T', level: 'tujuan', statement: 'Meningkatnya keamanan bendungan', indicators: [ik('T.1', a, plan), ik('T.2', b, plan)] }],
    { levels: 'renstra', period: { start: 2025, end: 2027 } },
  );
};

testRule('targets-copied', {
  reject: [
    {
      name: 'a count of visitors copied under another measure',
      doc: pair(['Jumlah Kunjungan Wisatawan Nusantara', visitors], ['Jumlah Masyarakat Terlibat sebagai Pengelola', visitors]),
      where: 'S',
      says: '149.152',
    },
    {
      name: 'a plan with decimals copied under another measure',
      doc: pair(
        ['Persentase kepuasan masyarakat terhadap layanan informasi', { '2025': 42.5, '2026': 50.25, '2027': 60.1 }],
        ['Persentase masyarakat yang memahami program unggulan', { '2025': 42.5, '2026': 50.25, '2027': 60.1 }],
      ),
      where: 'S',
    },
    {
      name: 'a narrower measure of the parent\'s with its kondisi awal and targets ("Prevalensi stunting di desa lokus")',
      doc: scoped(['Prevalensi stunting', stunting, 16], ['Prevalensi stunting di desa lokus', stunting, 16]),
      where: 'S',
      says: 'mengukur cakupan yang lebih sempit dari IK T.1 "Prevalensi stunting" pada kinerja induknya T',
      count: 1,
    },
    {
      name: "a share in one puskesmas's area with the parent's prevalence plan",
      doc: scoped(['Prevalensi stunting', stunting, 16], ['Persentase balita stunting di wilayah kerja puskesmas Sukamaju', stunting, 16]),
      where: 'S',
      says: 'lebih sempit',
    },
    {
      name: 'one part of the parent\'s joined pair with its plan (a levee "dibangun" under levees "dibangun dan ditingkatkan")',
      doc: scoped(
        ['Panjang tanggul/parapet pengendali banjir yang dibangun dan ditingkatkan', levee],
        ['Panjang tanggul pengendali banjir yang dibangun', levee],
      ),
      where: 'S',
      says: 'lebih sempit',
    },
    {
      name: 'two measures of one object sharing only its name, one result, the same proportions (0,85, 0,86, 0,87 twice)',
      doc: oneResult('Indeks keamanan bendungan', 'Rasio bendungan beroperasi optimal'),
      where: 'T',
      says: '0,85, 0,86, 0,87',
    },
  ],
  accept: [
    { name: 'one measure named two ways in one word ("Indeks Gini", "Rasio Gini")', doc: oneResult('Indeks Gini', 'Rasio Gini') },
    {
      name: 'a narrower measure with its own targets',
      doc: scoped(['Prevalensi stunting', stunting, 16], ['Prevalensi stunting di desa lokus', { '2025': 18, '2026': 15, '2027': 12 }, 20]),
    },
    {
      name: 'a narrower measure planned in whole numbers like the parent, from its own kondisi awal',
      doc: scoped(['Prevalensi stunting', stunting, 16], ['Prevalensi stunting di desa lokus', stunting, 21]),
    },
    {
      name: 'the parent\'s measure reworded, no narrower ("Persentase balita stunting" under "Prevalensi stunting")',
      doc: scoped(['Prevalensi stunting', stunting, 16], ['Persentase balita stunting', stunting, 16]),
    },
    {
      name: 'a wider measure below ("Prevalensi stunting" under "Prevalensi stunting di desa lokus")',
      doc: scoped(['Prevalensi stunting di desa lokus', stunting, 16], ['Prevalensi stunting', stunting, 16]),
    },
    {
      name: 'a plan that does not change (100 % each year)',
      doc: scoped(
        ['Persentase desa ODF', { '2025': 100, '2026': 100, '2027': 100 }, 100],
        ['Persentase desa ODF di kecamatan lokus', { '2025': 100, '2026': 100, '2027': 100 }, 100],
      ),
    },
    {
      name: 'a plan of whole numbers under 1.000 (70, 72, 74 %), common to many measures',
      doc: pair(
        ['Persentase desa mandiri', { '2025': 70, '2026': 72, '2027': 74 }],
        ['Persentase pelaku wisata tersertifikasi', { '2025': 70, '2026': 72, '2027': 74 }],
      ),
    },
    {
      name: 'the same measure written twice ("Persentase indeks KAMI", "Tingkat Kematangan Keamanan Informasi (Indeks KAMI)")',
      doc: pair(
        ['Tingkat Kematangan Keamanan Informasi (Indeks KAMI)', { '2025': 42.63, '2026': 46.51, '2027': 54.26 }],
        ['Persentase indeks KAMI', { '2025': 42.63, '2026': 46.51, '2027': 54.26 }],
      ),
    },
    // two counts of the thing their one unit names (a Kantor Pertanahan's seksi and its rincian output)
    ...[
      ['Jumlah sertipikat hak atas tanah yang diterbitkan', 'Jumlah sertipikat PTSL', 'sertipikat'],
      ['Jumlah bidang tanah yang diukur', 'Jumlah bidang PTSL', 'bidang'],
    ].map(([a, b, unit]) => ({
      name: `two counts of ${unit!} ("${a!}", "${b!}")`,
      doc: () => {
        const d = pair([a!, visitors], [b!, visitors])();
        for (const r of d.results) r.indicators![0]!.unit = unit!;
        return d;
      },
    })),
    {
      name: 'different plans',
      doc: pair(
        ['Jumlah Kunjungan Wisatawan Nusantara', visitors],
        ['Jumlah Masyarakat Terlibat sebagai Pengelola', { '2025': 120, '2026': 140, '2027': 160 }],
      ),
    },
  ],
});
