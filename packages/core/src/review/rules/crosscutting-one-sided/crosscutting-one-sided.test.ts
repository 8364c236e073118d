import { testWorkspaceRule } from '../../../../test/support/workspace-tester';

testWorkspaceRule('crosscutting-one-sided', {
  reject: [
    {
      name: 'crosscutting to another agency without a status',
      change: (d) => void (d[2]!.results[1]!.contributesTo = ['dinkes#G1']),
      count: 1,
    },
    {
      name: 'crosscutting still proposed',
      change: (d) => void (d[2]!.results[1]!.contributesTo = [{ to: 'dinkes#G1', status: 'proposed' }]),
      says: 'diusulkan',
    },
  ],
  accept: [
    {
      name: 'rejected crosscutting (another rule)',
      change: (d) => void (d[2]!.results[1]!.contributesTo = [{ to: 'dinkes#G1', status: 'ditolak' }]),
    },
  ],
});
