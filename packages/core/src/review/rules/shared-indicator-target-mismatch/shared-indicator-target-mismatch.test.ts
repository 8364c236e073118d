import { firstInd, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

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
  ],
  accept: [
    {
      name: "a child repeating its parent's IK with the same values",
      doc: mut((d) => {
        res(d, 'M').indicators = [{ ...firstInd(d, 'I'), id: 'M.1' }];
      }),
    },
  ],
});
