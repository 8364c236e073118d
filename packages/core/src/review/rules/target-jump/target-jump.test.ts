import { withFirst, clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('target-jump', {
  reject: [
    {
      name: 'a step far beyond the others',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'G'), {
          statement: 'Angka harapan hidup',
          unit: 'Tahun',
          baseline: { year: 2024, value: 70.1 },
          targets: { '2025': 70.3, '2026': 71.8, '2027': 72.0 },
        }),
      ),
      says: '71,8',
    },
    {
      name: 'a percentage doubling in a year',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'M'), { baseline: { year: 2024, value: 20 }, targets: { '2025': 45, '2026': 50, '2027': 55 } }),
      ),
    },
  ],
  accept: [
    {
      name: 'a percentage planned two points up after steps of 0,05 (93 -> 95 %)',
      doc: withFirst('I', {
        statement: 'APM SD/MI',
        unit: '%',
        baseline: { year: 2024, value: 92.95 },
        targets: { '2025': 93, '2026': 95, '2027': 95.05 },
      }),
    },
    {
      name: 'a step under 1 % of the value near a ceiling (99,25 -> 99,88 after steps of 0,01)',
      doc: withFirst('I', {
        statement: 'Persentase ASN yang disiplin',
        unit: '%',
        baseline: { year: 2024, value: 99.23 },
        targets: { '2025': 99.24, '2026': 99.25, '2027': 99.88 },
      }),
    },
    { name: 'steady steps', doc: clean },
    {
      name: 'a step allowed by the options',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'M'), { baseline: { year: 2024, value: 20 }, targets: { '2025': 45, '2026': 50, '2027': 55 } }),
      ),
      entry: ['info', { relative: 2 }],
    },
  ],
});
