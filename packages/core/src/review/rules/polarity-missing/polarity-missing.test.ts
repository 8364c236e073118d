import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('polarity-missing', {
  reject: [
    {
      name: 'an open ratio',
      doc: mut((d) => {
        const i = firstInd(d, 'M');
        i.statement = 'Rasio dokter terhadap penduduk';
        i.unit = 'Rasio';
        delete i.polarity;
      }),
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
      doc: mut((d) => {
        const i = firstInd(d, 'M');
        i.statement = 'Angka kematian ibu';
        delete i.polarity;
      }),
    },
  ],
});
