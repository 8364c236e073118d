import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('owner-tier-mismatch', {
  reject: [
    {
      name: 'an output owned by a kepala bidang (stated)',
      doc: mut((d) => (res(d, 'O0a').owner = { unit: 'Bidang Pelayanan', position: 'Kepala Bidang', positionType: 'administrator' })),
      where: 'O0a',
    },
    {
      name: 'an ultimate outcome owned by a kepala seksi (read from the name)',
      doc: mut((d) => (res(d, 'U').owner = { position: 'Kepala Seksi Perencanaan' })),
      where: 'U',
      says: 'pengawas',
    },
  ],
  accept: [{ name: 'positions that fit', doc: clean }],
});
