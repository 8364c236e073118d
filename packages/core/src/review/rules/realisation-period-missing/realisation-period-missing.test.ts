import { allIndicators, clean, firstInd, mut, realised, tableCases } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

const asOf = { asOf: '2026-09-30' };
const january = { asOf: '2026-01-15' };
/**
 * I's first indicator realised for 2025 only (57, unless `fields` say otherwise) and given `fields`,
 * while another indicator (G's first) reports this year's quarters so far: the document is
 * monitored this year, so whether I's quarters of this year are due is the question.
 */
const reportedLastYear = (fields: Record<string, unknown> = {}) =>
  mut((d) => {
    Object.assign(firstInd(d, 'I'), { realisations: { '2025': 57 }, ...fields });
    firstInd(d, 'G').realisations = { '2026': { q1: 1, q2: 2, q3: 3 } };
  });
/**
 * Every indicator reports 2025, but result `id`'s first (by default O0a's count of documents),
 * planned at `planned` in 2025 with the direction `polarity`, has none (a kajian risiko bencana
 * written once in five years: 1, 0, 0 ...).
 */
const plannedIn2025 = (planned: number, polarity: 'up' | 'down', id = 'O0a') =>
  mut((d) => {
    for (const i of allIndicators(d)) i.realisations = { '2025': 1 };
    const o = firstInd(d, id);
    o.polarity = polarity;
    o.targets = { ...o.targets, '2025': planned };
    delete o.realisations;
  });
testRule('realisation-period-missing', {
  reject: [
    {
      name: 'a lower-is-better indicator planned at 0 (no case at all) still owes its realisation',
      doc: plannedIn2025(0, 'down'),
      options: january,
      where: 'O0a',
      says: 'bertarget tahun 2025 tetapi belum memiliki realisasinya',
    },
    {
      name: 'a percentage planned at 0 that year (a condition, there to be measured) still owes its realisation',
      doc: plannedIn2025(0, 'up', 'M'),
      options: january,
      where: 'M',
      says: 'bertarget tahun 2025 tetapi belum memiliki realisasinya',
    },
    { name: 'an output planned above 0 that year owes its realisation', doc: plannedIn2025(1, 'up'), options: january, where: 'O0a' },
    {
      name: 'a year already over that other indicators report, with no realisation for this one',
      doc: realised('I', { '2025': 57 }),
      options: january,
      says: 'bertarget tahun 2025 belum memiliki realisasinya',
    },
    {
      name: 'q2 missing as of 30 September',
      doc: realised('I', { '2026': { q1: 20, q3: 50 } }),
      options: asOf,
      says: 'realisasi Triwulan II tahun 2026',
      count: 1,
      where: 'I',
    },
    {
      name: 'an indicator with a target and no realisation, in a document that holds realisations',
      doc: realised('I', { '2026': { q1: 20, q2: 30, q3: 40 } }),
      options: asOf,
      where: 'G',
      says: 'Triwulan I, Triwulan II, Triwulan III',
    },
    {
      name: "a document that reported last year and another indicator this year: this one's ended quarters are due",
      doc: reportedLastYear(),
      options: asOf,
      where: 'I',
      says: 'Triwulan I, Triwulan II, Triwulan III tahun 2026',
    },
    {
      name: 'a document that reported last year and no indicator this year: said once for the document, not per indicator',
      doc: realised('I', { '2025': 57 }),
      options: asOf,
      // this one and the 2025 finding (other indicators have a 2025 target and no realisation); none per indicator
      count: 2,
      says: 'Belum ada IK yang memiliki realisasi tahun 2026: per 2026-09-30,',
    },
    ...tableCases(
      (written: string) => realised('I', { '2025': written }),
      [
        [
          'a realisation written as no data ("n/a", an LKjIP table without the figure)',
          'n/a',
          { says: 'tahun 2025 tertulis "n/a" (data tidak tersedia)' },
        ],
        ['a year written "Belum ada data"', 'Belum ada data', { says: '"Belum ada data"' }],
      ],
      { options: january, where: 'I' },
    ),
    {
      name: 'a quarter written as no data ("-")',
      doc: realised('I', { '2026': { q1: 20, q2: '-', q3: 40 } }),
      options: asOf,
      where: 'I',
      says: 'tertulis "-"',
      count: 1,
    },
    ...['Laju Pertumbuhan Ekonomi', 'Persentase Penduduk Miskin', 'Tingkat Pengangguran Terbuka'].map((statement) => ({
      name: `a measure the BPS gives a province by quarter or semester ("${statement}"): this year's quarters are due`,
      doc: reportedLastYear({ statement }),
      options: asOf,
      where: 'I',
      says: 'Triwulan I, Triwulan II, Triwulan III tahun 2026',
    })),
    {
      name: 'an indicator reported by semester (frequency "Semesteran"): q2 owed, not q1 or q3',
      doc: reportedLastYear({ frequency: 'Semesteran' }),
      options: asOf,
      where: 'I',
      says: 'realisasi Triwulan II tahun 2026',
    },
    {
      name: 'a measure reported quarterly though made yearly elsewhere (frequency "Triwulanan" beats the name)',
      doc: reportedLastYear({ statement: 'Rata-rata lama sekolah', frequency: 'Triwulanan', realisations: { '2025': 9.4 } }),
      options: asOf,
      where: 'I',
      says: 'Triwulan I, Triwulan II, Triwulan III',
    },
    {
      name: 'an IKM whose definition says nothing of a yearly survey: quarters are due',
      doc: reportedLastYear({
        statement: 'Indeks Kepuasan Masyarakat',
        definition: 'Hasil survei kepuasan masyarakat sesuai PermenPAN-RB 14/2017',
        dataSource: 'Laporan survei IKM',
        realisations: { '2025': 84 },
      }),
      options: asOf,
      where: 'I',
      says: 'Triwulan I, Triwulan II, Triwulan III',
    },
  ],
  accept: [
    {
      name: 'a count of outputs planned at 0 in a past year (no document to write that year): no realisation is owed',
      doc: plannedIn2025(0, 'up'),
      options: january,
    },
    {
      name: 'a realisation written as text that is a value (a grade, an opinion)',
      doc: realised('I', { '2025': 'WTP' }),
      options: january,
      where: 'I',
    },
    {
      name: "a report of a year long past (2025, reviewed in 2027): this year's quarters are not asked for",
      doc: realised('I', { '2025': 57 }),
      options: { asOf: '2027-09-30' },
      where: 'I',
    },
    { name: 'a plan without realisations', doc: clean, options: asOf },
    {
      name: 'years already over that no indicator reports (only the year of the review is)',
      doc: realised('I', { '2027': { q1: 20 } }),
      options: { asOf: '2027-01-15' },
    },
    {
      name: 'quarters up to q3 as of 30 September',
      doc: realised('I', { '2026': { q1: 20, q2: 30, q3: 40 } }),
      options: asOf,
      where: 'I',
    },
    {
      name: 'q3 not yet due on 29 September',
      doc: realised('I', { '2026': { q1: 20, q2: 30 } }),
      options: { asOf: '2026-09-29' },
      where: 'I',
    },
    {
      name: 'an indicator measured by semester (only q2 written, a satisfaction survey): no q1 or q3 owed',
      doc: realised('I', { '2026': { q2: 83.9 } }),
      options: asOf,
      where: 'I',
    },
    {
      name: 'an indicator defined at a quarter ("... realisasi di bawah 50% pada triwulan III", Bagian Administrasi Pembangunan): no earlier quarter owed',
      doc: mut((d) => {
        const ind = firstInd(d, 'I');
        ind.statement = 'Jumlah perangkat daerah dengan realisasi di bawah 50% pada triwulan III yang didampingi';
        ind.realisations = { '2026': { q3: 4 } };
      }),
      options: asOf,
      where: 'I',
    },
    {
      name: 'an indicator reported once a year (frequency "Tahunan"): no quarters owed',
      doc: reportedLastYear({ frequency: 'Tahunan' }),
      options: asOf,
      where: 'I',
    },
    ...[
      'Rata-rata lama sekolah',
      'Harapan Lama Sekolah (HLS)',
      'Angka Partisipasi Murni (APM) SMA/SMK',
      'Angka Partisipasi Kasar (APK) SMA/SMK/SLB',
      'Indeks Kualitas Lingkungan Hidup (IKLH)',
      'Nilai SAKIP Pemerintah Provinsi',
      'Indeks Reformasi Birokrasi Pemerintah Provinsi',
      'Indeks Pembangunan Gender (IPG)',
      'Indeks Pemberdayaan Gender (IDG)',
      'Angka Putus Sekolah SMA/SMK',
      'Indeks Desa Membangun (IDM)',
      'Indeks SPBE Pemerintah Daerah',
      'Tingkat Maturitas Penyelenggaraan SPIP',
      'Indeks Profesionalitas ASN',
      'Nilai Penerapan Sistem Merit',
      'Indeks Demokrasi Indonesia (IDI) Provinsi',
      'Skor EKPPD Provinsi',
      'Nilai Keterbukaan Informasi Publik',
      'Indeks Kerukunan Umat Beragama',
      'Indeks Aspek Hak-Hak Politik',
      'Indeks Pembangunan Statistik (IPS)',
    ].map((statement) => ({
      name: `a measure made once a year by its issuer ("${statement}"): no quarters owed`,
      doc: reportedLastYear({ statement }),
      options: asOf,
      where: 'I',
    })),
    ...[
      { definition: 'Survei kepuasan masyarakat dilaksanakan satu kali dalam setahun sesuai PermenPAN-RB 14/2017' },
      { dataSource: 'Laporan Survei Kepuasan Masyarakat tahunan' },
      { definition: 'Hasil survei IKM, diukur setahun sekali pada triwulan IV' },
    ].map((stated) => ({
      name: `an IKM the tree states is surveyed once a year (${Object.values(stated)[0]}): no quarters owed`,
      doc: reportedLastYear({ statement: 'Indeks Kepuasan Masyarakat', ...stated, realisations: { '2025': 84 } }),
      options: asOf,
      where: 'I',
    })),
    { name: "a year's value written whole", doc: realised('I', { '2026': 58 }), options: asOf, where: 'I' },
  ],
});
