import { testWorkspaceRule } from '../../../../test/support/workspace-tester';

testWorkspaceRule('agency-unlinked', {
  reject: [{ name: 'an agency tree with no parent in the Pemda tree', change: (d) => void delete d[1]!.results[0]!.parent, count: 1 }],
  accept: [
    {
      name: 'an agency tree that reaches the Pemda through another agency',
      change: (d) => void (d[2]!.results[0]!.parent = 'dinkes#G1'),
    },
  ],
});
