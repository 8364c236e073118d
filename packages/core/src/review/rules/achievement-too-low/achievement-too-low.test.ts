import { byYear, capaian, clean, firstInd, mut, realised, statedAs, targetsOnly, withFirst } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

/** Result G's first indicator with no stated direction, as `statement` in `unit`, its 2025 target `target` realised as `realisation`. */
const undirected = (statement: string, unit: string, target: unknown, realisation: unknown) =>
  statedAs('G', statement, unit, { polarity: undefined, ...capaian(target, realisation) });

testRule('achievement-too-low', {
  reject: [
    {
      name: 'a band missed ("Average Length of Stay (AVLOS)" planned at 6-9 hari, realised at 4,8: an RSUD provinsi)',
      doc: statedAs('G', 'Average Length of Stay (AVLOS)', 'hari', { polarity: 'range', ...capaian('6-9', 4.8) }),
      says: 'di luar rentang targetnya (6-9)',
    },
    {
      name: 'a count with no direction, read as higher-is-better ("Jumlah Lowongan Pekerjaan Baru", 56 %)',
      doc: undirected('Jumlah Lowongan Pekerjaan Baru', 'Orang', 9900, 5556),
      says: 'dibaca makin tinggi makin baik',
    },
    {
      name: 'a count realised at 0 against a target of 35',
      doc: undirected('Jumlah peserta pelatihan kebencanaan', 'orang', 35, 0),
      says: 'realisasi 0 dari target 35',
    },
    {
      name: 'a good state reached, with no direction ("Sekolah ... kondisi bangunan baik", 57,49 of 87,97)',
      doc: undirected('Sekolah pendidikan SDN kondisi bangunan baik', '%', 87.97, 57.49),
      says: '57,49',
    },
    { name: 'a realisation of 44 against a target of 55 (80 %)', doc: realised('G', { '2025': 44 }), says: '80,00 %' },
    {
      name: 'four quarters, the last below the target',
      doc: realised('G', { '2025': { q1: 20, q2: 30, q3: 40, q4: 50 } }),
      says: 'realisasi 50',
    },
    {
      name: 'a percentage aiming at 100 with no direction in its words',
      doc: undirected('Setiap penderita hipertensi mendapat pelayanan kesehatan sesuai standar', '%', 100, 51.6),
      says: 'realisasi 51,6',
    },
    {
      name: 'a lower-is-better measure above its target, its direction from the wording',
      doc: withFirst('G', { statement: 'Angka kematian ibu', polarity: undefined, ...capaian(10, 12) }),
      says: 'tahun 2025',
    },
    {
      name: 'a duration of study above its target, lower being better',
      doc: withFirst('G', { statement: 'Rata-rata lama studi mahasiswa', polarity: undefined, ...capaian(10, 12) }),
    },
    {
      name: 'an index on two scales (target 79, realisation 0,79): the scales are named',
      doc: statedAs('G', 'Indeks Kualitas Air', 'indeks', capaian(79, 0.79)),
      says: 'skala atau satuan yang berbeda',
    },
    {
      name: 'an index whose target lost its decimal comma (3977 against 54,67): the scales are named',
      doc: statedAs('G', 'Indeks Inovasi Daerah', 'indeks', { polarity: 'up', ...capaian(3977, 54.67) }),
      says: 'skala atau satuan yang berbeda',
    },
    {
      name: 'a growth of revenue realised below zero while the plan asks for less growth later (5,09 then 3,89 %)',
      doc: targetsOnly('G', 'Presentase kenaikan PAD yang dikelola', '%', [5.09, 3.89], { realisations: { '2025': -2.24 } }),
      says: '-2,24',
    },
    { name: 'below a lower minimum', doc: realised('G', { '2025': 50 }), entry: ['info', { min: 95 }] },
    {
      name: 'an open ratio whose realisation is under half its target (16 %): far either way',
      doc: undirected('Rasio debit air bersih terhadap kebutuhan', 'liter/detik', 405, 65),
      says: 'kurang dari separuh',
      count: 1,
    },
    {
      name: 'no direction in the words, but a plan rising every year ("Angka Konsumsi Ikan" 33,14 to 48,23)',
      doc: statedAs('G', 'Angka Konsumsi Ikan', 'kg/kapita', {
        polarity: undefined,
        targets: byYear(2024, 42.36, 45.33, 46.39, 48.23),
        realisations: { '2025': 45.07 },
      }),
      says: 'capaian 99,43 %',
    },
    {
      name: 'the APK, which aims at 100, below a target of at most 100',
      doc: statedAs('G', 'Angka partisipasi kasar SMP/MTs', '%', {
        polarity: undefined,
        targets: byYear(2025, 99.65, 99.5),
        realisations: { '2025': 95.95 },
      }),
      says: 'tahun 2025',
    },
  ],
  accept: [
    {
      name: 'a count of cases investigated above its target, with no direction ("Jumlah kasus yang diinvestigasi", 47 of 40)',
      doc: undirected('Jumlah kasus yang diinvestigasi', 'kasus', 40, 47),
    },
    {
      name: 'a count of cases solved above its target, with no direction ("Jumlah kasus narkoba yang diungkap", 61 of 50)',
      doc: undirected('Jumlah kasus narkoba yang diungkap', 'kasus', 50, 61),
    },
    { name: 'the clean document', doc: clean },
    { name: 'the target met', doc: realised('G', { '2025': 55 }) },
    {
      name: 'a band met (AVLOS 6-9 hari, realised at 6,5)',
      doc: statedAs('G', 'Average Length of Stay (AVLOS)', 'hari', { polarity: 'range', ...capaian('6-9', 6.5) }),
    },
    {
      name: 'four quarters whose average is the target (54, 54,1, 54,8, 57,1: 55, not 54,99999999999999)',
      doc: realised('G', { '2025': { q1: 54, q2: 54.1, q3: 54.8, q4: 57.1 } }, { yearValue: 'average' }),
    },
    {
      name: 'a count of a bad condition with no direction ("Jumlah kasus kriminal"): either way',
      doc: undirected('Jumlah kasus kriminal', 'kasus', 254, 181),
    },
    {
      name: 'no direction in the words and a plan that rises then stays level: not judged',
      doc: statedAs('G', 'Angka Konsumsi Ikan', 'kg/kapita', {
        polarity: undefined,
        targets: byYear(2024, 42.36, 45.33, 45.33),
        realisations: { '2025': 45.07 },
      }),
    },
    {
      name: 'an open ratio at 80 % of its target: not far enough to judge without a direction',
      doc: undirected('Rasio dokter terhadap penduduk', 'rasio', 0.5, 0.4),
    },
    {
      name: 'an open ratio realised at 0 (no data yet, or none): not judged without a direction',
      doc: undirected('Rasio dokter terhadap penduduk', 'rasio', 0.5, 0),
    },
    {
      name: 'the APK below a target above 100 (nearer 100, as it aims)',
      doc: undirected('Angka partisipasi kasar SD/MI', '%', 120.23, 116.84),
    },
    { name: 'inflation under its target: held in a band, not judged', doc: undirected('Tingkat inflasi', '%', 3, 2.5) },
    { name: 'the target passed', doc: realised('G', { '2025': 70 }) },
    { name: 'a year not over: three quarters so far', doc: realised('G', { '2025': { q1: 20, q2: 30, q3: 40 } }) },
    {
      name: 'a lower-is-better measure under its target',
      doc: withFirst('G', { statement: 'Angka kematian ibu', polarity: 'down', ...capaian(10, 8) }),
    },
    { name: 'a capaian of 91 % with a minimum of 90', doc: realised('G', { '2025': 50 }), entry: ['info', { min: 90 }] },
    {
      name: 'a direction read from the words that the plan contradicts ("Indeks Pencemaran Udara", rising targets)',
      doc: targetsOnly('G', 'Indeks Pencemaran Udara', 'indeks', [70, 75, 80], { realisations: { '2025': 88 } }),
    },
    {
      name: 'a gross enrolment rate (APK, aimed at 100 from either side) above its target',
      doc: undirected('Angka Partisipasi Kasar (APK) PAUD', '%', 72.05, 78.51),
    },
    {
      name: 'those placed from the unemployed, above the target (higher is better)',
      doc: undirected('Prosentase Pengangguran yang Kompeten dan ditempatkan', '%', 6.4, 9.38),
    },
    { name: 'a realisation in words', doc: realised('G', { '2025': 'belum diukur' }) },
    {
      name: 'mean and expected years of schooling above their targets (higher is better, not a duration)',
      doc: mut((d) => {
        Object.assign(firstInd(d, 'G'), { statement: 'Rata Rata Lama Sekolah', polarity: undefined, ...capaian(9.89, 10.4) });
        Object.assign(firstInd(d, 'U'), { statement: 'Harapan Lama Sekolah', polarity: undefined, ...capaian(14.98, 15) });
      }),
    },
    {
      name: 'an indicator worded as a change, with no stated direction (its value may be the size of the fall)',
      doc: withFirst('G', { statement: 'Menurunnya Tingkat Pelanggaran Perda', polarity: undefined, ...capaian(46, 49.81) }),
    },
  ],
});
