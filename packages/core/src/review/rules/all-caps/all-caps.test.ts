import { docOf, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('all-caps', {
  reject: [{ name: 'a statement in capitals', doc: mut((d) => (res(d, 'M').statement = 'MENINGKATNYA MUTU LAYANAN PUSKESMAS')) }],
  accept: [
    { name: 'the matching good case', doc: mut((d) => (res(d, 'M').statement = 'Meningkatnya Mutu Layanan RSUD dan UPTD')) },
    {
      name: 'a Renstra program name printed in capitals (the nomenclature)',
      doc: () =>
        docOf(
          [
            { id: 'S1', level: 'sasaran', statement: 'Meningkatnya mutu pendidikan dasar' },
            { id: 'P1', level: 'program', parent: 'S1', statement: 'PROGRAM PENGELOLAAN PENDIDIKAN' },
          ],
          { levels: 'renstra' },
        ),
    },
  ],
});
