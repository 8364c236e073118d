import { testWorkspaceRule } from '../../../../test/support/workspace-tester';

const shared = (targets: Record<string, number>) => ({ statement: 'Persentase layanan tersedia', unit: '%', polarity: 'up', targets });

testWorkspaceRule('indicator-target-conflict', {
  reject: [
    {
      name: 'one indicator in two agencies with different targets',
      change: (d) => void (d[2]!.results[1]!.indicators = [shared({ '2026': 60 })]),
      says: '60',
      count: 1,
    },
  ],
  accept: [
    {
      name: 'one indicator in two agencies with the same targets',
      change: (d) => void (d[2]!.results[1]!.indicators = [shared({ '2026': 80 })]),
    },
  ],
});
