import { clean, firstInd, mut, withFirst, unpolarised } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('target-against-polarity', {
  reject: [
    {
      name: 'a direction by default ("Indeks ...") with a plan ending below its start (71 -> 56 -> 57)',
      doc: unpolarised('M', {
        statement: 'Indeks Kesejahteraan Masyarakat Kelautan dan Perikanan',
        unit: 'indeks',
        baseline: { year: 2019, value: 71 },
        targets: { '2020': 56, '2021': 57 },
      }),
      says: 'turun sepanjang periode, dari 71 (2019) menjadi 57 (2021)',
    },
    { name: 'an up indicator whose target drops', doc: mut((d) => (firstInd(d, 'I').targets = { '2025': 55, '2026': 50, '2027': 65 })) },
    {
      name: 'a down wording whose targets rise',
      doc: unpolarised('M', {
        statement: 'Angka kematian bayi per 1.000 kelahiran',
        unit: 'per 1.000',
        baseline: { year: 2024, value: 10 },
        targets: { '2025': 9, '2026': 11, '2027': 8 },
      }),
    },
    {
      name: 'an acronym of a death rate (AKI) whose targets rise',
      doc: unpolarised('M', {
        statement: 'AKI per 100.000 kelahiran hidup',
        unit: 'per 100.000',
        baseline: { year: 2024, value: 93 },
        targets: { '2025': 90, '2026': 115, '2027': 85 },
      }),
    },
    {
      name: 'an indicator worded as a statement of decrease whose targets rise',
      doc: unpolarised('M', {
        statement: 'Menurunnya angka kematian ibu',
        unit: 'per 100.000',
        baseline: { year: 2024, value: 93 },
        targets: { '2025': 95, '2026': 97, '2027': 99 },
      }),
    },
  ],
  accept: [
    {
      name: 'a percentage back to its ceiling from an impossible 101 (percentage-out-of-range names it)',
      doc: withFirst('I', { unit: '%', polarity: 'up', baseline: undefined, targets: { '2025': 101, '2026': 100, '2027': 100 } }),
      where: 'I',
    },
    {
      name: 'inflation held in a band (its targets may rise)',
      doc: unpolarised('M', {
        statement: 'Tingkat inflasi',
        unit: '%',
        baseline: { year: 2024, value: 1.94 },
        targets: { '2025': 2.13, '2026': 2.5, '2027': 3 },
      }),
    },
    {
      name: 'the share above the poverty line, better higher ("Persentase penduduk diatas garis kemiskinan")',
      doc: unpolarised('M', {
        statement: 'Persentase Penduduk diatas garis kemiskinan',
        unit: '%',
        baseline: { year: 2024, value: 85 },
        targets: { '2025': 86, '2026': 87, '2027': 88 },
      }),
    },
    {
      name: 'the share of a group at risk that changed for the better ("... resiko tinggi yang berubah perilakunya")',
      doc: unpolarised('M', {
        statement: 'Persentase narapidana resiko tinggi yang berubah perilakunya menjadi sadar',
        unit: '%',
        baseline: { year: 2024, value: 10 },
        targets: { '2025': 13, '2026': 15, '2027': 17 },
      }),
    },
    { name: 'the matching good case', doc: clean },
    {
      name: 'a rupiah amount in the kondisi awal of a percentage planned at 95,5 to 97: another scale, not a falling plan',
      doc: unpolarised('M', {
        statement: 'Cakupan pelayanan administrasi perkantoran',
        unit: '%',
        baseline: { year: 2025, value: 2134875960 },
        targets: { '2026': 95.5, '2027': 96, '2028': 97 },
      }),
    },
    {
      name: 'the gross enrolment rate (APK) moving toward 100 from above',
      doc: unpolarised('M', {
        statement: 'Angka Partisipasi Kasar (APK) SD/MI/SDLB/Sederajat',
        unit: '%',
        baseline: { year: 2024, value: 105.97 },
        targets: { '2025': 104, '2026': 102, '2027': 100 },
      }),
    },
    {
      name: 'an indicator worded as a statement of decrease whose targets fall',
      doc: unpolarised('M', {
        statement: 'Berkurangnya jumlah keluhan terhadap pelayanan kebersihan',
        unit: 'keluhan',
        baseline: { year: 2024, value: 110 },
        targets: { '2025': 90, '2026': 75, '2027': 60 },
      }),
    },
    {
      name: 'a yearly output count going down',
      doc: withFirst('O0a', {
        polarity: 'up',
        baseline: { year: 2024, value: 5 },
        targets: { '2025': 6, '2026': 4, '2027': 7 },
      }),
    },
  ],
});
