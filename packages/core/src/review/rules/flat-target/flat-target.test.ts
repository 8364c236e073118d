import {
  byYear,
  clean,
  docOf,
  firstInd,
  mut,
  plan,
  realised,
  statedAs,
  statedUnpolarised,
  withFirst,
} from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('flat-target', {
  reject: [
    {
      name: 'a grade below the top held every year (SAKIP "A")',
      doc: statedAs('M', 'Predikat SAKIP', 'predikat', { targets: byYear(2025, 'A', 'A', 'A') }),
      says: 'tetap A',
    },
    { name: '100 % every year, as at the start', doc: withFirst('M', plan(2024, 100, 100, 100, 100)), says: '100%' },
    {
      name: 'a budget spent in full every year, a share of its ceiling ("Persentase realisasi anggaran belanja" 100)',
      doc: statedAs('M', 'Persentase realisasi anggaran belanja', '%', plan(2024, 100, 100, 100, 100)),
      says: '100%',
    },
    { name: 'no movement', doc: withFirst('M', { targets: byYear(2025, 70, 70, 70) }) },
    {
      name: 'an area in a state held ("Luas kawasan hutan yang terlindungi", not the year\'s work)',
      doc: statedAs('M', 'Luas kawasan hutan yang terlindungi', 'Ha', plan(2024, 5000, 5000, 5000, 5000)),
    },
    {
      name: 'a level of its own named "Sasaran Kegiatan" states a condition (a BMKG station\'s accuracy held at 100 %)',
      doc: () =>
        docOf(
          [
            {
              id: 'SS',
              level: 'sasaran-strategis',
              statement: 'Meningkatnya Kualitas Layanan Meteorologi',
              indicators: [
                {
                  statement: 'Indeks kepuasan pengguna informasi meteorologi',
                  unit: 'indeks',
                  polarity: 'up',
                  targets: byYear(2025, 3.9, 4, 4.1),
                },
              ],
            },
            {
              id: 'SK',
              level: 'sasaran-kegiatan',
              parent: 'SS',
              statement: 'Meningkatnya akurasi informasi cuaca penerbangan',
              indicators: [
                {
                  statement: 'Persentase akurasi informasi cuaca penerbangan',
                  unit: '%',
                  polarity: 'up',
                  ...plan(2024, 100, 100, 100, 100),
                },
              ],
            },
          ],
          {
            levels: [
              { key: 'sasaran-strategis', label: { id: 'Sasaran Strategis', en: 'Strategic Objective' }, tier: 'strategis' },
              { key: 'sasaran-kegiatan', label: { id: 'Sasaran Kegiatan', en: 'Activity Objective' }, tier: 'taktis' },
            ],
          },
        ),
      where: 'SK',
      says: '100%',
    },
    {
      name: 'a share worded as its change stays a level ("Meningkatnya cakupan ...", 80 % every year)',
      doc: statedAs('M', 'Meningkatnya cakupan kepesertaan jaminan sosial', '%', { targets: byYear(2025, 80, 80, 80) }),
      says: 'tetap 80',
    },
    {
      name: 'no movement over the whole of a two-year plan',
      doc: mut((d) => {
        d.period = { start: 2025, end: 2026 };
        Object.assign(firstInd(d, 'M'), { targets: byYear(2025, 2, 2) });
      }),
      where: 'M',
      says: '2025-2026',
    },
    {
      name: 'the first target equal to the baseline (73,75 in 2017 and 2019)',
      doc: withFirst('M', plan(2024, 73.75, 73.75, 74.5, 75)),
      says: 'sama dengan kondisi awal (2024)',
    },
    {
      name: 'a target equal to the last year realised (81,6 after 81,6)',
      doc: realised('M', { '2024': 81.6 }, plan(2023, 80, 81, 81.6, 82.5)),
      says: 'sama dengan realisasi 2024',
    },
    {
      name: 'a share of those whose capacity rose held at its baseline ("Persentase meningkatnya kapasitas ...", 80 then 80: a level, KPU)',
      doc: withFirst('M', {
        statement: 'Persentase meningkatnya kapasitas pemahaman pejabat perbendaharaan',
        baseline: { year: 2024, value: 80 },
        targets: byYear(2025, 80, 85, 90),
      }),
      where: 'M',
    },
  ],
  accept: [
    {
      name: 'the area settled in the year, the same each year ("Luas penyelesaian penguasaan tanah dalam kawasan hutan", a BPKHTL)',
      doc: statedAs('M', 'Luas penyelesaian penguasaan tanah dalam kawasan hutan', 'Ha', plan(2024, 1200, 1500, 1500, 1500)),
    },
    {
      name: 'the length of the year\'s work, the same each year ("Panjang batas kawasan hutan yang ditata batas", a BPKHTL)',
      doc: statedAs('M', 'Panjang batas kawasan hutan yang ditata batas', 'km', plan(2024, 640, 700, 700, 700)),
    },
    {
      name: 'a plan that starts from nothing later (0 after a kondisi awal of 0, then 6.024, 12.048)',
      doc: withFirst('I', plan(2024, 0, 0, 6024, 12048)),
      where: 'I',
    },
    { name: 'a share held at 100 % that was reached', doc: withFirst('M', { unit: '%', ...plan(2024, 100, 100, 100.5, 101) }) },
    // (a revenue's realisation or achievement against its target: a KPP Pratama's "Persentase realisasi
    // penerimaan pajak", a Kanwil DJKN's "Persentase capaian PNBP ...")
    ...[
      'Persentase realisasi penerimaan pajak',
      'Persentase capaian PNBP dari pengelolaan kekayaan negara',
      'Persentase capaian penerimaan retribusi',
    ].map((statement) => ({
      name: `revenue against its target, met every year ("${statement}" 100)`,
      doc: statedAs('M', statement, '%', plan(2024, 102.1, 100, 100, 100)),
    })),
    {
      name: 'a realisation against its target, written so ("Persentase realisasi PAD terhadap target" 100 after 100)',
      doc: statedAs('M', 'Persentase realisasi PAD terhadap target', '%', plan(2024, 100, 100, 100, 100)),
    },
    {
      name: 'a gross enrolment rate (APK) kept at what was reached: a band, not a level to raise',
      doc: statedUnpolarised('M', 'Angka Partisipasi Kasar SMP', '%', plan(2024, 98.2, 98.2, 99, 99.5)),
    },
    {
      name: 'inflation held at the middle of its band (3 ± 1 %) every year',
      doc: statedUnpolarised('M', 'Tingkat Inflasi', '%', plan(2024, 3.2, 3, 3, 3, 3)),
      where: 'M',
    },
    {
      name: 'the top grade of a satisfaction survey held: SKM "A" (sangat baik) every year',
      doc: statedAs('M', 'Nilai Survey Kepuasan Masyarakat (SKM)', 'Kategori', { targets: byYear(2025, 'A', 'A', 'A') }),
      where: 'M',
    },
    {
      name: 'the top grade held: an unqualified BPK opinion (WTP) every year',
      doc: statedAs('M', 'Opini BPK atas laporan keuangan', 'opini', { targets: byYear(2025, 'WTP', 'WTP', 'WTP') }),
    },
    { name: 'an output count that stays', doc: withFirst('O0a', { targets: byYear(2025, 1, 1, 1) }) },
    {
      name: 'zero cases every year of a lower-is-better measure (zero tolerance)',
      doc: withFirst('M', { statement: 'Persentase karya ilmiah terindikasi plagiat', polarity: 'down', targets: byYear(2025, 0, 0, 0) }),
      where: 'M',
    },
    { name: 'two flat years of a longer plan', doc: withFirst('M', { targets: byYear(2025, 70, 70) }), where: 'M' },
    { name: 'the clean tree', doc: clean },
    {
      name: 'a change held the same every year ("Persentase peningkatan ...", 0,13 a year)',
      doc: withFirst('M', { statement: 'Persentase peningkatan tutupan lahan', targets: byYear(2025, 0.13, 0.13, 0.13) }),
    },
    {
      name: 'a change named by its state held the same every year ("Persentase berkurangnya Laporan Pengaduan Masyarakat ...", 10 % a year, Kejaksaan)',
      doc: withFirst('M', {
        statement: 'Persentase berkurangnya Laporan Pengaduan Masyarakat terhadap Aparatur Kejaksaan RI',
        baseline: { year: 2024, value: 10 },
        targets: byYear(2025, 10, 10, 10),
      }),
    },
    {
      name: 'an amount worded as its change, in % (a growth rate): "Meningkatnya Volume Usaha Koperasi", 5 % a year',
      doc: statedAs('M', 'Meningkatnya Volume Usaha Koperasi', '%', { targets: byYear(2025, 5, 5, 5) }),
      where: 'M',
    },
  ],
});
