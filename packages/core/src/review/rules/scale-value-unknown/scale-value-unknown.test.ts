import { clean, docOf, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

const opini = (realisation: string) => () =>
  docOf([
    {
      id: 'G',
      level: 'goal',
      statement: 'Meningkatnya Akuntabilitas Keuangan Daerah',
      indicators: [
        {
          statement: 'Opini BPK atas LKPD',
          unit: 'Opini',
          scale: { WTP: 4, WDP: 3, TMP: 2, TW: 1 },
          targets: { '2026': 'WTP' },
          realisations: { '2026': realisation },
        },
      ],
    },
  ]);

testRule('scale-value-unknown', {
  reject: [{ name: 'a realisation "Wajar" on the WTP-TW scale', doc: opini('Wajar'), says: 'Wajar', count: 1 }],
  accept: [
    { name: 'the clean document', doc: clean },
    { name: 'WDP (any case) on the scale', doc: opini('wdp') },
    { name: 'an indicator without a scale', doc: mut(() => undefined) },
  ],
});
