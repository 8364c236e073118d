import { testWorkspaceRule } from '../../../../test/support/workspace-tester';

testWorkspaceRule('crosscutting-rejected', {
  reject: [
    {
      name: 'crosscutting the other agency rejected',
      change: (d) =>
        void (d[2]!.results[1]!.contributesTo = [{ to: 'dinkes#G1', status: 'rejected', reason: 'Bukan tugas Dinas Kesehatan' }]),
      says: 'Bukan tugas Dinas Kesehatan',
      count: 1,
    },
  ],
  accept: [
    {
      name: 'crosscutting the other agency accepted',
      change: (d) => void (d[2]!.results[1]!.contributesTo = [{ to: 'dinkes#G1', status: 'accepted', reason: 'Sesuai tugas' }]),
    },
  ],
});
