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
      name: '100 % every year',
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { targets: { '2025': 100, '2026': 100, '2027': 100 } })),
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
  ],
  accept: [
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
  ],
});
