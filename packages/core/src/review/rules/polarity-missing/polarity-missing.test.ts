import { clean, mut, unpolarised } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('polarity-missing', {
  reject: [
    {
      name: 'an open ratio',
      doc: unpolarised('M', { statement: 'Rasio dokter terhadap penduduk', unit: 'Rasio' }),
    },
    {
      name: 'nothing states a direction: once',
      doc: mut((d) => {
        for (const r of d.results)
          for (const i of (r as any).indicators ?? []) {
            delete i.polarity;
            i.statement = 'Rasio dokter terhadap penduduk ' + r.id;
          }
      }),
      count: 1,
    },
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: 'a direction the wording gives',
      doc: unpolarised('M', { statement: 'Angka kematian ibu' }),
    },
  ],
});
