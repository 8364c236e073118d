import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('flat-target', {
  reject: [
    {
      name: 'a grade below the top held every year (SAKIP "A")',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'M'), {
          statement: 'Predikat SAKIP',
          unit: 'predikat',
          targets: { '2025': 'A', '2026': 'A', '2027': 'A' },
        }),
      ),
      says: 'tetap A',
    },
    {
      name: '100 % every year, as at the start',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'M'), { baseline: { year: 2024, value: 100 }, targets: { '2025': 100, '2026': 100, '2027': 100 } }),
      ),
      says: '100%',
    },
    { name: 'no movement', doc: mut((d) => Object.assign(firstInd(d, 'M'), { targets: { '2025': 70, '2026': 70, '2027': 70 } })) },
    {
      name: 'no movement over the whole of a two-year plan',
      doc: mut((d) => {
        d.period = { start: 2025, end: 2026 };
        Object.assign(firstInd(d, 'M'), { targets: { '2025': 2, '2026': 2 } });
      }),
      where: 'M',
      says: '2025-2026',
    },
    {
      name: 'the first target equal to the baseline (73,75 in 2017 and 2019)',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'M'), { baseline: { year: 2024, value: 73.75 }, targets: { '2025': 73.75, '2026': 74.5, '2027': 75 } }),
      ),
      says: 'sama dengan kondisi awal (2024)',
    },
    {
      name: 'a target equal to the last year realised (81,6 after 81,6)',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'M'), {
          baseline: { year: 2023, value: 80 },
          targets: { '2024': 81, '2025': 81.6, '2026': 82.5 },
          realisations: { '2024': 81.6 },
        }),
      ),
      says: 'sama dengan realisasi 2024',
    },
  ],
  accept: [
    {
      name: 'a plan that starts from nothing later (0 after a kondisi awal of 0, then 6.024, 12.048)',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'I'), { baseline: { year: 2024, value: 0 }, targets: { '2025': 0, '2026': 6024, '2027': 12048 } }),
      ),
      where: 'I',
    },
    {
      name: 'a share held at 100 % that was reached',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'M'), {
          unit: '%',
          baseline: { year: 2024, value: 100 },
          targets: { '2025': 100, '2026': 100.5, '2027': 101 },
        }),
      ),
    },
    {
      name: 'a gross enrolment rate (APK) kept at what was reached: a band, not a level to raise',
      doc: mut((d) => {
        const ind = firstInd(d, 'M');
        delete ind.polarity;
        Object.assign(ind, {
          statement: 'Angka Partisipasi Kasar SMP',
          unit: '%',
          baseline: { year: 2024, value: 98.2 },
          targets: { '2025': 98.2, '2026': 99, '2027': 99.5 },
        });
      }),
    },
    {
      name: 'the top grade held: an unqualified BPK opinion (WTP) every year',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'M'), {
          statement: 'Opini BPK atas laporan keuangan',
          unit: 'opini',
          targets: { '2025': 'WTP', '2026': 'WTP', '2027': 'WTP' },
        }),
      ),
    },
    {
      name: 'an output count that stays',
      doc: mut((d) => Object.assign(firstInd(d, 'O0a'), { targets: { '2025': 1, '2026': 1, '2027': 1 } })),
    },
    {
      name: 'zero cases every year of a lower-is-better measure (zero tolerance)',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'M'), {
          statement: 'Persentase karya ilmiah terindikasi plagiat',
          polarity: 'down',
          targets: { '2025': 0, '2026': 0, '2027': 0 },
        }),
      ),
      where: 'M',
    },
    {
      name: 'two flat years of a longer plan',
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { targets: { '2025': 70, '2026': 70 } })),
      where: 'M',
    },
    { name: 'the clean tree', doc: clean },
    {
      name: 'a change held the same every year ("Persentase peningkatan ...", 0,13 a year)',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'M'), {
          statement: 'Persentase peningkatan tutupan lahan',
          targets: { '2025': 0.13, '2026': 0.13, '2027': 0.13 },
        }),
      ),
    },
  ],
});
