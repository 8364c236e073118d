import { byYear, clean, plan, planUp, statedUnpolarised, withFirst } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

/** Result M's first indicator with no stated direction, as `statement` in `unit`, planned by `values` (as {@link plan} takes them). */
const undirected = (statement: string, unit: string, ...values: Parameters<typeof plan>) =>
  statedUnpolarised('M', statement, unit, plan(...values));

testRule('target-against-polarity', {
  reject: [
    {
      name: 'a direction by default ("Indeks ...") with a plan ending below its start (71 -> 56 -> 57)',
      doc: undirected('Indeks Kesejahteraan Masyarakat Kelautan dan Perikanan', 'indeks', 2019, 71, 56, 57),
      says: 'turun sepanjang periode, dari 71 (2019) menjadi 57 (2021)',
    },
    { name: 'an up indicator whose target drops', doc: withFirst('I', { targets: byYear(2025, 55, 50, 65) }) },
    {
      name: 'an area of a state (not of work done) whose targets rise against its direction ("Luas kawasan permukiman kumuh")',
      doc: withFirst('M', { statement: 'Luas kawasan permukiman kumuh', unit: 'Ha', polarity: 'down', ...plan(2024, 126, 110, 115, 80) }),
    },
    {
      name: 'a down wording whose targets rise',
      doc: undirected('Angka kematian bayi per 1.000 kelahiran', 'per 1.000', 2024, 10, 9, 11, 8),
    },
    {
      name: 'an acronym of a death rate (AKI) whose targets rise',
      doc: undirected('AKI per 100.000 kelahiran hidup', 'per 100.000', 2024, 93, 90, 115, 85),
    },
    {
      name: 'an indicator worded as a statement of decrease whose targets rise',
      doc: undirected('Menurunnya angka kematian ibu', 'per 100.000', 2024, 93, 95, 97, 99),
    },
  ],
  accept: [
    {
      name: 'failed tenders ("Persentase tender gagal/ulang") planned down: a failure is better lower',
      doc: undirected('Persentase tender gagal/ulang', '%', 2024, 7.8, 7, 6, 5, 4),
    },
    {
      name: 'death certificates issued ("Jumlah akta kematian yang diterbitkan"): the word after "akta" names the event recorded, not a condition to lower',
      doc: undirected('Jumlah akta kematian yang diterbitkan', 'akta', 2024, 2200, 2400, 2600, 2800),
    },
    {
      name: 'the share of deaths with a death certificate ("Persentase kepemilikan akta kematian", rising)',
      doc: undirected('Persentase kepemilikan akta kematian', '%', 2024, 38.2, 45, 52, 60),
    },
    {
      name: 'a percentage back to its ceiling from an impossible 101 (percentage-out-of-range names it)',
      doc: withFirst('I', { unit: '%', polarity: 'up', baseline: undefined, targets: byYear(2025, 101, 100, 100) }),
      where: 'I',
    },
    { name: 'inflation held in a band (its targets may rise)', doc: undirected('Tingkat inflasi', '%', 2024, 1.94, 2.13, 2.5, 3) },
    {
      name: 'the share above the poverty line, better higher ("Persentase penduduk diatas garis kemiskinan")',
      doc: undirected('Persentase Penduduk diatas garis kemiskinan', '%', 2024, 85, 86, 87, 88),
    },
    {
      name: 'the share of a group at risk that changed for the better ("... resiko tinggi yang berubah perilakunya")',
      doc: undirected('Persentase narapidana resiko tinggi yang berubah perilakunya menjadi sadar', '%', 2024, 10, 13, 15, 17),
    },
    { name: 'the matching good case', doc: clean },
    {
      name: 'a rupiah amount in the kondisi awal of a percentage planned at 95,5 to 97: another scale, not a falling plan',
      doc: undirected('Cakupan pelayanan administrasi perkantoran', '%', 2025, 2134875960, 95.5, 96, 97),
    },
    {
      name: 'the gross enrolment rate (APK) moving toward 100 from above',
      doc: undirected('Angka Partisipasi Kasar (APK) SD/MI/SDLB/Sederajat', '%', 2024, 105.97, 104, 102, 100),
    },
    {
      name: 'an indicator worded as a statement of decrease whose targets fall',
      doc: undirected('Berkurangnya jumlah keluhan terhadap pelayanan kebersihan', 'keluhan', 2024, 110, 90, 75, 60),
    },
    { name: 'a yearly output count going down', doc: withFirst('O0a', planUp(2024, 5, 6, 4, 7)) },
    {
      name: 'an area of work done in the year going down ("Luas kawasan kumuh ... yang ditangani", Perkim)',
      doc: withFirst('M', {
        statement: 'Luas kawasan kumuh di bawah 10 Ha yang ditangani',
        unit: 'Ha',
        polarity: 'up',
        ...plan(2024, 12, 16, 15, 15),
      }),
    },
    {
      name: 'the year\'s planting named as the work, going down ("Luas penanaman rehabilitasi hutan dan lahan", a BPDASHL)',
      doc: withFirst('M', {
        statement: 'Luas penanaman rehabilitasi hutan dan lahan',
        unit: 'Ha',
        polarity: 'up',
        ...plan(2024, 4250, 4500, 4000, 4000),
      }),
    },
  ],
});
