import { sasaranWithProgram, withStatement } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('all-caps', {
  reject: [{ name: 'a statement in capitals', doc: withStatement('M', 'MENINGKATNYA MUTU LAYANAN PUSKESMAS') }],
  accept: [
    { name: 'the matching good case', doc: withStatement('M', 'Meningkatnya Mutu Layanan RSUD dan UPTD') },
    {
      name: 'a Renstra program name printed in capitals (the nomenclature)',
      doc: sasaranWithProgram('Meningkatnya mutu pendidikan dasar', 'PROGRAM PENGELOLAAN PENDIDIKAN'),
    },
  ],
});
