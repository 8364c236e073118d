import { clean, firstInd, mut, unpolarised, withFirst } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('target-worse-than-baseline', {
  reject: [
    { name: 'an up indicator with targets below the baseline', doc: mut((d) => (firstInd(d, 'I').baseline.value = 70)) },
    {
      name: 'a range target wholly below the baseline of an up indicator',
      doc: withFirst('M', {
        statement: 'Indeks Demokrasi Indonesia',
        unit: 'Indeks',
        polarity: 'up',
        baseline: { year: 2024, value: 73.91 },
        targets: { '2025': 74, '2026': '70,79-71,78', '2027': 75 },
      }),
      says: '70,79-71,78',
    },
    {
      name: 'life expectancy (UHH) planned below its baseline',
      doc: unpolarised('M', {
        statement: 'UHH',
        unit: 'tahun',
        baseline: { year: 2024, value: 72.3 },
        targets: { '2025': 72.1, '2026': 72.05, '2027': 72 },
      }),
    },
    {
      name: 'a 2026 target below the 2025 realisation already reached',
      doc: mut((d) => (firstInd(d, 'I').realisations = { '2025': 62 })),
      says: 'realisasi 2025 (62)',
    },
    {
      name: 'a target 1 % below the year realised (97,72 after 98,77)',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'I'), {
          unit: '%',
          baseline: { year: 2014, value: 95 },
          targets: { '2016': 97.72, '2017': 98.9 },
          realisations: { '2015': 98.77 },
        }),
      ),
      says: 'realisasi 2015 (98,77)',
    },
    {
      name: 'a sum of money planned below the year already realised (48,3 M after 88,35 M)',
      doc: withFirst('M', {
        statement: 'Nilai omset koperasi aktif',
        unit: 'rupiah',
        polarity: 'up',
        baseline: undefined,
        targets: { '2025': 47405312000, '2026': 48305312000 },
        realisations: { '2025': 88350969795 },
      }),
      says: 'realisasi 2025',
    },
    {
      name: 'a coverage ("Cakupan ...", higher-is-better by default) planned below its kondisi awal while the plan rises',
      doc: unpolarised('M', {
        statement: 'Cakupan keluarga yang menggunakan jamban sehat',
        unit: '%',
        baseline: { year: 2015, value: 76.94 },
        targets: { '2025': 73.5, '2026': 75, '2027': 78 },
      }),
      says: 'kondisi awal (76,94)',
    },
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: 'a direction by default ("Persentase ...") with a plan that falls: not trusted',
      doc: unpolarised('M', {
        statement: 'Persentase rumah tangga pengguna sumur dangkal',
        unit: '%',
        baseline: { year: 2024, value: 40 },
        targets: { '2025': 38, '2026': 35, '2027': 30 },
      }),
    },
    {
      name: 'a target on another scale than the realisation (0,79 against 70): the capaian rules name the scales',
      doc: unpolarised('M', {
        statement: 'Indeks Kualitas Air',
        unit: 'indeks',
        polarity: 'up',
        targets: { '2025': 0.79, '2026': 0.8, '2027': 0.81 },
        realisations: { '2024': 70 },
      }),
    },
    {
      name: 'a target judged against the latest realisation before it, not an earlier outlier',
      doc: withFirst('M', {
        statement: 'Angka kematian ibu',
        unit: 'per 100.000 KH',
        polarity: undefined,
        baseline: { year: 2022, value: 110 },
        targets: { '2025': 95, '2026': 90, '2027': 85 },
        realisations: { '2023': 52.2, '2024': 96.83 },
      }),
    },
    {
      name: 'a direction read from the words that the plan contradicts ("Indeks Pencemaran Udara", rising targets)',
      doc: withFirst('M', {
        statement: 'Indeks Pencemaran Udara',
        unit: 'indeks',
        polarity: undefined,
        baseline: undefined,
        targets: { '2025': 65, '2026': 70, '2027': 75 },
        realisations: { '2025': 60 },
      }),
    },
    { name: 'later targets above the realisation', doc: mut((d) => (firstInd(d, 'I').realisations = { '2025': 58 })) },
    {
      name: '100 after a realisation of 100,19: the same plan',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'I'), {
          unit: '%',
          baseline: { year: 2013, value: 95 },
          targets: { '2015': 100, '2018': 100 },
          realisations: { '2014': 100.19 },
        }),
      ),
    },
    {
      name: 'a year not over (three quarters so far)',
      doc: mut((d) => (firstInd(d, 'I').realisations = { '2025': { q1: 40, q2: 50, q3: 62 } })),
    },
    {
      name: '"Penurunan TPT" with the level as its values: the direction is not read from the name',
      doc: unpolarised('M', {
        statement: 'Penurunan Tingkat Pengangguran Terbuka (TPT)',
        unit: '%',
        baseline: { year: 2024, value: 4.18 },
        targets: { '2025': 4.0, '2026': 3.9, '2027': 3.73 },
      }),
    },
    {
      name: 'a range target that reaches the baseline',
      doc: withFirst('M', {
        statement: 'Indeks Demokrasi Indonesia',
        unit: 'Indeks',
        polarity: 'up',
        baseline: { year: 2024, value: 73.91 },
        targets: { '2025': 74, '2026': '73,5-74,5', '2027': 75 },
      }),
    },
    {
      name: 'fewer complaints, in an indicator worded as a statement of decrease',
      doc: unpolarised('M', {
        statement: 'Berkurangnya jumlah keluhan terhadap pelayanan kebersihan',
        unit: 'keluhan',
        baseline: { year: 2024, value: 110 },
        targets: { '2025': 90, '2026': 75, '2027': 60 },
      }),
    },
  ],
});
