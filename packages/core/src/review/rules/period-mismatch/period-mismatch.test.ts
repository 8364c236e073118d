import { expect, it } from 'vitest';
import { runWorkspaceRule, testWorkspaceRule } from '../../../../test/support/workspace-tester';

const period = (start: number, end: number) => ({ start, end });

testWorkspaceRule('period-mismatch', {
  reject: [
    {
      name: 'a Renstra 2024-2028 under an RPJMD 2025-2029',
      change: (d) => {
        d[0]!.period = period(2025, 2029);
        d[1]!.period = period(2024, 2028);
        d[2]!.period = period(2025, 2029);
      },
      says: 'Periode pohon kinerja Dinas Kesehatan (2024-2028) berbeda dengan periode pohon kinerja Pemda (2025-2029)',
      count: 1,
    },
  ],
  accept: [
    {
      name: 'every document in the Pemda’s period',
      change: (d) => d.forEach((doc) => (doc.period = period(2025, 2029))),
    },
    { name: 'an agency that names no period', change: (d) => void (d[0]!.period = period(2025, 2029)) },
  ],
});

it('points at the period of the agency’s document', () => {
  const [f] = runWorkspaceRule('period-mismatch', (d) => {
    d[0]!.period = period(2025, 2029);
    d[2]!.period = period(2024, 2028);
  });
  expect(f).toMatchObject({ document: 'kominfo', path: 'period', severity: 'warning' });
});
