import { firstInd, mut, res, tableCases } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

/** I measured by `parent`, M by `child`: the same words, other values (targets 55, 61, 65 against I's). */
const pair = ([parent, child]: readonly [string, string]) =>
  mut((d) => {
    firstInd(d, 'I').statement = parent;
    res(d, 'M').indicators = [{ ...firstInd(d, 'I'), id: 'M.1', statement: child, targets: { '2025': 55, '2026': 61, '2027': 65 } }];
  });

testRule('shared-indicator-target-mismatch', {
  reject: [
    {
      name: "a child repeating its parent's IK with another 2026 target",
      doc: mut((d) => {
        res(d, 'M').indicators = [{ ...firstInd(d, 'I'), id: 'M.1', targets: { '2025': 55, '2026': 61, '2027': 65 } }];
      }),
      where: 'M',
      says: '2026',
    },
    {
      name: "a result repeating its grandparent's IK with another 2026 target",
      doc: mut((d) => {
        res(d, 'M').indicators = [{ ...firstInd(d, 'U'), id: 'M.1', targets: { '2025': 55, '2026': 61, '2027': 65 } }];
      }),
      where: 'M',
      says: '2 tingkat di atasnya',
    },
    ...tableCases(
      pair,
      [
        [
          'the same percentage with its words in another order ("balita gizi buruk", "gizi buruk balita")',
          ['Persentase balita gizi buruk yang ditangani', 'Persentase gizi buruk balita yang ditangani'],
        ],
      ],
      { where: 'M' },
    ),
  ],
  accept: [
    {
      name: 'the same target written with other spacing and brackets ("70-80 BB" and "70-80 ( BB )")',
      doc: mut((d) => {
        firstInd(d, 'I').targets = { '2025': '70-80 ( BB )', '2026': 61, '2027': 65 };
        res(d, 'M').indicators = [{ ...firstInd(d, 'I'), id: 'M.1', targets: { '2025': '70-80 BB', '2026': 61, '2027': 65 } }];
      }),
    },
    {
      name: "a child repeating its parent's IK with the same values",
      doc: mut((d) => {
        res(d, 'M').indicators = [{ ...firstInd(d, 'I'), id: 'M.1' }];
      }),
    },
    {
      name: "a result repeating its grandparent's IK with the same values",
      doc: mut((d) => {
        res(d, 'M').indicators = [{ ...firstInd(d, 'U'), id: 'M.1' }];
      }),
    },
    {
      name: 'a parent that agrees speaks for the chain above it (it is compared with its own parent)',
      doc: mut((d) => {
        res(d, 'I').indicators = [{ ...firstInd(d, 'U'), id: 'I.1' }];
        res(d, 'M').indicators = [{ ...firstInd(d, 'U'), id: 'M.1' }];
      }),
    },
    ...tableCases(pair, [
      [
        'a percentage of puskesmas with the drugs against a percentage of the drugs in puskesmas (a UPTD Instalasi Farmasi)',
        [
          'Persentase ketersediaan obat dan vaksin esensial di puskesmas',
          'Persentase puskesmas dengan ketersediaan obat dan vaksin esensial',
        ],
      ],
      [
        'a percentage of schools with accreditation against a percentage of accreditation in schools',
        ['Persentase sekolah dengan akreditasi minimal B', 'Persentase akreditasi minimal B pada sekolah'],
      ],
    ]),
  ],
});
