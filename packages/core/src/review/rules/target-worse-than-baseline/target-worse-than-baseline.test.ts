import {
  byYear,
  clean,
  plan,
  planUp,
  realised,
  statedAs,
  statedUnpolarised,
  tableCases,
  targetsOnly,
  withFirst,
} from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('target-worse-than-baseline', {
  reject: [
    { name: 'an up indicator with targets below the baseline', doc: withFirst('I', { baseline: { year: 2024, value: 70 } }) },
    {
      name: 'a percentage planned at 100 below a kondisi awal of 100 or less is still judged (95 then 90)',
      doc: statedAs('M', 'Persentase desa yang memiliki BUMDes aktif', '%', planUp(2024, 95, 90, 100, 100)),
      says: '(90)',
    },
    {
      name: 'a range target wholly below the baseline of an up indicator',
      doc: statedAs('M', 'Indeks Demokrasi Indonesia', 'Indeks', planUp(2024, 73.91, 74, '70,79-71,78', 75)),
      says: '70,79-71,78',
    },
    {
      name: 'life expectancy (UHH) planned below its baseline',
      doc: statedUnpolarised('M', 'UHH', 'tahun', plan(2024, 72.3, 72.1, 72.05, 72)),
    },
    { name: 'a 2026 target below the 2025 realisation already reached', doc: realised('I', { '2025': 62 }), says: 'realisasi 2025 (62)' },
    {
      name: 'a level planned below the level realised, a share named without a change ("Persentase populasi ...")',
      doc: realised(
        'I',
        { '2025': 2.4 },
        { statement: 'Persentase populasi spesies prioritas yang stabil', unit: '%', polarity: 'up', ...plan(2024, 2, 2, 2, 2) },
      ),
      says: 'realisasi 2025 (2,4)',
    },
    {
      name: 'a target 1 % below the year realised (97,72 after 98,77)',
      doc: realised('I', { '2015': 98.77 }, { unit: '%', baseline: { year: 2014, value: 95 }, targets: { '2016': 97.72, '2017': 98.9 } }),
      says: 'realisasi 2015 (98,77)',
    },
    {
      name: 'a sum of money planned below the year already realised (48,3 M after 88,35 M)',
      doc: statedAs('M', 'Nilai omset koperasi aktif', 'rupiah', {
        polarity: 'up',
        baseline: undefined,
        targets: byYear(2025, 47405312000, 48305312000),
        realisations: { '2025': 88350969795 },
      }),
      says: 'realisasi 2025',
    },
    {
      name: 'a coverage ("Cakupan ...", higher-is-better by default) planned below its kondisi awal while the plan rises',
      doc: statedUnpolarised('M', 'Cakupan keluarga yang menggunakan jamban sehat', '%', {
        baseline: { year: 2015, value: 76.94 },
        targets: byYear(2025, 73.5, 75, 78),
      }),
      says: 'kondisi awal (76,94)',
    },
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: 'a realisation against its target, planned back at 100 % from a kondisi awal above it ("Persentase Realisasi Penerimaan PNBP", 114,3 then 100)',
      doc: statedAs('M', 'Persentase Realisasi Penerimaan PNBP Sub Sektor Minerba', '%', planUp(2019, 114.3, 100, 100, 100)),
    },
    {
      name: 'a direction by default ("Persentase ...") with a plan that falls: not trusted',
      doc: statedUnpolarised('M', 'Persentase rumah tangga pengguna sumur dangkal', '%', plan(2024, 40, 38, 35, 30)),
    },
    {
      name: 'a target on another scale than the realisation (0,79 against 70): the capaian rules name the scales',
      doc: statedUnpolarised('M', 'Indeks Kualitas Air', 'indeks', {
        targets: byYear(2025, 0.79, 0.8, 0.81),
        realisations: { '2024': 70 },
      }),
    },
    {
      name: 'a target judged against the latest realisation before it, not an earlier outlier',
      doc: statedAs('M', 'Angka kematian ibu', 'per 100.000 KH', {
        polarity: undefined,
        baseline: { year: 2022, value: 110 },
        targets: byYear(2025, 95, 90, 85),
        realisations: { '2023': 52.2, '2024': 96.83 },
      }),
    },
    {
      name: 'a direction read from the words that the plan contradicts ("Indeks Pencemaran Udara", rising targets)',
      doc: targetsOnly('M', 'Indeks Pencemaran Udara', 'indeks', [65, 70, 75], { realisations: { '2025': 60 } }),
    },
    { name: 'later targets above the realisation', doc: realised('I', { '2025': 58 }) },
    {
      name: 'the year\'s work named as such, planned below the year done ("Luas rehabilitasi mangrove" 400 after 412, a BPDASHL)',
      doc: realised(
        'I',
        { '2025': 412 },
        { statement: 'Luas rehabilitasi mangrove', unit: 'Ha', polarity: 'up', ...plan(2024, 350, 400, 400, 400) },
      ),
    },
    {
      name: 'a change planned below the change realised ("Persentase peningkatan populasi spesies prioritas" 2 after 2,4, a Balai KSDA)',
      doc: realised(
        'I',
        { '2025': 2.4 },
        { statement: 'Persentase peningkatan populasi spesies prioritas', unit: '%', polarity: 'up', ...plan(2024, 2, 2, 2, 2) },
      ),
    },
    {
      name: '100 after a realisation of 100,19: the same plan',
      doc: realised('I', { '2014': 100.19 }, { unit: '%', baseline: { year: 2013, value: 95 }, targets: { '2015': 100, '2018': 100 } }),
    },
    { name: 'a year not over (three quarters so far)', doc: realised('I', { '2025': { q1: 40, q2: 50, q3: 62 } }) },
    {
      name: 'a range target that reaches the baseline',
      doc: statedAs('M', 'Indeks Demokrasi Indonesia', 'Indeks', planUp(2024, 73.91, 74, '73,5-74,5', 75)),
    },
    // Directions not stated: what the words say, or not, against a plan from a kondisi awal of 2024.
    ...tableCases(
      ([statement, unit, start, ...targets]: readonly [string, string, number, ...number[]]) =>
        statedUnpolarised('M', statement, unit, plan(2024, start, ...targets)),
      [
        [
          '"Penurunan TPT" with the level as its values: the direction is not read from the name',
          ['Penurunan Tingkat Pengangguran Terbuka (TPT)', '%', 4.18, 4.0, 3.9, 3.73],
        ],
        [
          'a count of land disputes mediated ("Jumlah kasus sengketa tanah yang dimediasi", 7 then 8): handled, not the disputes themselves',
          ['Jumlah kasus sengketa tanah yang dimediasi', 'kasus', 7, 8, 8, 8],
        ],
        [
          'a count of disputes whose settlement was facilitated ("... yang difasilitasi penyelesaiannya")',
          ['Jumlah sengketa tanah garapan yang difasilitasi penyelesaiannya', 'kasus', 7, 8, 8, 8],
        ],
        [
          'fewer complaints, in an indicator worded as a statement of decrease',
          ['Berkurangnya jumlah keluhan terhadap pelayanan kebersihan', 'keluhan', 110, 90, 75, 60],
        ],
      ],
    ),
  ],
});
