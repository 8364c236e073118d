import { testWorkspaceRule } from '../../../../test/support/workspace-tester';

testWorkspaceRule('pemda-sasaran-unsupported', {
  reject: [
    {
      name: 'a Pemda sasaran under which no agency hangs',
      change: (d) => void d[0]!.results.push({ id: 'S2', level: 'sasaran', parent: 'T1', statement: 'Meningkatnya Kualitas Pendidikan' }),
      count: 1,
    },
  ],
  accept: [
    {
      name: 'a Pemda sasaran an agency supports through crosscutting only',
      change: (d) => {
        d[0]!.results.push({ id: 'S2', level: 'sasaran', parent: 'T1', statement: 'Meningkatnya Kualitas Pendidikan' });
        d[1]!.results[0]!.contributesTo = [{ to: 'pemda#S2', status: 'disetujui' }];
      },
    },
  ],
});
