import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

const realised = (realisations: Record<string, unknown>, fields: Record<string, unknown> = {}) =>
  mut((d) => Object.assign(firstInd(d, 'G'), { realisations, ...fields }));

testRule('achievement-too-low', {
  reject: [
    {
      name: 'a count with no direction, read as higher-is-better ("Jumlah Lowongan Pekerjaan Baru", 56 %)',
      doc: realised(
        { '2025': 5556 },
        { statement: 'Jumlah Lowongan Pekerjaan Baru', unit: 'Orang', polarity: undefined, targets: { '2025': 9900 } },
      ),
      says: 'dibaca makin tinggi makin baik',
    },
    {
      name: 'a count realised at 0 against a target of 35',
      doc: realised(
        { '2025': 0 },
        { statement: 'Jumlah peserta pelatihan kebencanaan', unit: 'orang', polarity: undefined, targets: { '2025': 35 } },
      ),
      says: 'realisasi 0 dari target 35',
    },
    {
      name: 'a good state reached, with no direction ("Sekolah ... kondisi bangunan baik", 57,49 of 87,97)',
      doc: realised(
        { '2025': 57.49 },
        { statement: 'Sekolah pendidikan SDN kondisi bangunan baik', unit: '%', polarity: undefined, targets: { '2025': 87.97 } },
      ),
      says: '57,49',
    },
    { name: 'a realisation of 44 against a target of 55 (80 %)', doc: realised({ '2025': 44 }), says: '80,00 %' },
    {
      name: 'four quarters, the last below the target',
      doc: realised({ '2025': { q1: 20, q2: 30, q3: 40, q4: 50 } }),
      says: 'realisasi 50',
    },
    {
      name: 'a percentage aiming at 100 with no direction in its words',
      doc: realised(
        { '2025': 51.6 },
        {
          statement: 'Setiap penderita hipertensi mendapat pelayanan kesehatan sesuai standar',
          unit: '%',
          polarity: undefined,
          targets: { '2025': 100 },
        },
      ),
      says: 'realisasi 51,6',
    },
    {
      name: 'a lower-is-better measure above its target, its direction from the wording',
      doc: realised({ '2025': 12 }, { statement: 'Angka kematian ibu', polarity: undefined, targets: { '2025': 10 } }),
      says: 'tahun 2025',
    },
    {
      name: 'a duration of study above its target, lower being better',
      doc: realised({ '2025': 12 }, { statement: 'Rata-rata lama studi mahasiswa', polarity: undefined, targets: { '2025': 10 } }),
    },
    {
      name: 'an index on two scales (target 79, realisation 0,79): the scales are named',
      doc: realised({ '2025': 0.79 }, { statement: 'Indeks Kualitas Air', unit: 'indeks', targets: { '2025': 79 } }),
      says: 'skala atau satuan yang berbeda',
    },
    {
      name: 'an index whose target lost its decimal comma (3977 against 54,67): the scales are named',
      doc: realised({ '2025': 54.67 }, { statement: 'Indeks Inovasi Daerah', unit: 'indeks', polarity: 'up', targets: { '2025': 3977 } }),
      says: 'skala atau satuan yang berbeda',
    },
    {
      name: 'a growth of revenue realised below zero while the plan asks for less growth later (5,09 then 3,89 %)',
      doc: realised(
        { '2025': -2.24 },
        {
          statement: 'Presentase kenaikan PAD yang dikelola',
          unit: '%',
          polarity: undefined,
          baseline: undefined,
          targets: { '2025': 5.09, '2026': 3.89 },
        },
      ),
      says: '-2,24',
    },
    { name: 'below a lower minimum', doc: realised({ '2025': 50 }), entry: ['info', { min: 95 }] },
    {
      name: 'an open ratio whose realisation is under half its target (16 %): far either way',
      doc: realised(
        { '2025': 65 },
        { statement: 'Rasio debit air bersih terhadap kebutuhan', unit: 'liter/detik', polarity: undefined, targets: { '2025': 405 } },
      ),
      says: 'kurang dari separuh',
      count: 1,
    },
    {
      name: 'no direction in the words, but a plan rising every year ("Angka Konsumsi Ikan" 33,14 to 48,23)',
      doc: realised(
        { '2025': 45.07 },
        {
          statement: 'Angka Konsumsi Ikan',
          unit: 'kg/kapita',
          polarity: undefined,
          targets: { '2024': 42.36, '2025': 45.33, '2026': 46.39, '2027': 48.23 },
        },
      ),
      says: 'capaian 99,43 %',
    },
    {
      name: 'the APK, which aims at 100, below a target of at most 100',
      doc: realised(
        { '2025': 95.95 },
        { statement: 'Angka partisipasi kasar SMP/MTs', unit: '%', polarity: undefined, targets: { '2025': 99.65, '2026': 99.5 } },
      ),
      says: 'tahun 2025',
    },
  ],
  accept: [
    { name: 'the clean document', doc: clean },
    { name: 'the target met', doc: realised({ '2025': 55 }) },
    {
      name: 'a count of a bad condition with no direction ("Jumlah kasus kriminal"): either way',
      doc: realised({ '2025': 181 }, { statement: 'Jumlah kasus kriminal', unit: 'kasus', polarity: undefined, targets: { '2025': 254 } }),
    },
    {
      name: 'no direction in the words and a plan that rises then stays level: not judged',
      doc: realised(
        { '2025': 45.07 },
        {
          statement: 'Angka Konsumsi Ikan',
          unit: 'kg/kapita',
          polarity: undefined,
          targets: { '2024': 42.36, '2025': 45.33, '2026': 45.33 },
        },
      ),
    },
    {
      name: 'an open ratio at 80 % of its target: not far enough to judge without a direction',
      doc: realised(
        { '2025': 0.4 },
        { statement: 'Rasio dokter terhadap penduduk', unit: 'rasio', polarity: undefined, targets: { '2025': 0.5 } },
      ),
    },
    {
      name: 'an open ratio realised at 0 (no data yet, or none): not judged without a direction',
      doc: realised(
        { '2025': 0 },
        { statement: 'Rasio dokter terhadap penduduk', unit: 'rasio', polarity: undefined, targets: { '2025': 0.5 } },
      ),
    },
    {
      name: 'the APK below a target above 100 (nearer 100, as it aims)',
      doc: realised(
        { '2025': 116.84 },
        { statement: 'Angka partisipasi kasar SD/MI', unit: '%', polarity: undefined, targets: { '2025': 120.23 } },
      ),
    },
    {
      name: 'inflation under its target: held in a band, not judged',
      doc: realised({ '2025': 2.5 }, { statement: 'Tingkat inflasi', unit: '%', polarity: undefined, targets: { '2025': 3 } }),
    },
    { name: 'the target passed', doc: realised({ '2025': 70 }) },
    { name: 'a year not over: three quarters so far', doc: realised({ '2025': { q1: 20, q2: 30, q3: 40 } }) },
    {
      name: 'a lower-is-better measure under its target',
      doc: realised({ '2025': 8 }, { statement: 'Angka kematian ibu', polarity: 'down', targets: { '2025': 10 } }),
    },
    { name: 'a capaian of 91 % with a minimum of 90', doc: realised({ '2025': 50 }), entry: ['info', { min: 90 }] },
    {
      name: 'a direction read from the words that the plan contradicts ("Indeks Pencemaran Udara", rising targets)',
      doc: realised(
        { '2025': 88 },
        {
          statement: 'Indeks Pencemaran Udara',
          unit: 'indeks',
          polarity: undefined,
          baseline: undefined,
          targets: { '2025': 70, '2026': 75, '2027': 80 },
        },
      ),
    },
    {
      name: 'a gross enrolment rate (APK, aimed at 100 from either side) above its target',
      doc: realised(
        { '2025': 78.51 },
        { statement: 'Angka Partisipasi Kasar (APK) PAUD', unit: '%', polarity: undefined, targets: { '2025': 72.05 } },
      ),
    },
    {
      name: 'those placed from the unemployed, above the target (higher is better)',
      doc: realised(
        { '2025': 9.38 },
        { statement: 'Prosentase Pengangguran yang Kompeten dan ditempatkan', unit: '%', polarity: undefined, targets: { '2025': 6.4 } },
      ),
    },
    { name: 'a realisation in words', doc: realised({ '2025': 'belum diukur' }) },
    {
      name: 'mean and expected years of schooling above their targets (higher is better, not a duration)',
      doc: mut((d) => {
        Object.assign(firstInd(d, 'G'), {
          statement: 'Rata Rata Lama Sekolah',
          polarity: undefined,
          targets: { '2025': 9.89 },
          realisations: { '2025': 10.4 },
        });
        Object.assign(firstInd(d, 'U'), {
          statement: 'Harapan Lama Sekolah',
          polarity: undefined,
          targets: { '2025': 14.98 },
          realisations: { '2025': 15 },
        });
      }),
    },
    {
      name: 'an indicator worded as a change, with no stated direction (its value may be the size of the fall)',
      doc: realised({ '2025': 49.81 }, { statement: 'Menurunnya Tingkat Pelanggaran Perda', polarity: undefined, targets: { '2025': 46 } }),
    },
  ],
});
