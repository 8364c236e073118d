import { testWorkspaceRule } from '../../../../test/support/workspace-tester';

testWorkspaceRule('reference-level-order', {
  reject: [
    {
      name: 'an agency goal under another agency output',
      change: (d) => void (d[2]!.results[0]!.parent = 'dinkes#OP1'),
      count: 1,
    },
    {
      name: 'an output supporting an output of another agency',
      change: (d) => void (d[2]!.results[1]!.contributesTo = [{ to: 'dinkes#OP1', status: 'disetujui' }]),
      count: 1,
    },
  ],
  accept: [
    {
      name: 'an output supporting the goal of another agency',
      change: (d) => void (d[2]!.results[1]!.contributesTo = [{ to: 'dinkes#G1', status: 'disetujui' }]),
    },
  ],
});
