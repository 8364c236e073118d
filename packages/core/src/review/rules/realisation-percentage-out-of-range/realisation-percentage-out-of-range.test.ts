import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('realisation-percentage-out-of-range', {
  reject: [
    { name: 'a 112 % realisation', doc: mut((d) => (firstInd(d, 'I').realisations = { '2026': 112 })), count: 1 },
    {
      name: "a percentage fall of 129,03 (this year's count over last year's)",
      doc: mut((d) =>
        Object.assign(firstInd(d, 'I'), { statement: 'Persentase penurunan wilayah konflik sosial', realisations: { '2026': 129.03 } }),
      ),
      says: 'penurunan tidak dapat melebihi 100 %',
      count: 1,
    },
    { name: 'a quarter at "-3 %"', doc: mut((d) => (firstInd(d, 'I').realisations = { '2026': { q1: '-3 %' } })), says: '2026 q1' },
  ],
  accept: [
    { name: 'the clean document', doc: clean },
    {
      name: 'a percentage fall realised negative (a rise): possible',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'I'), { statement: 'Persentase penurunan angka kriminalitas', realisations: { '2026': -4.2 } }),
      ),
    },
    { name: 'a 98,5 % realisation', doc: mut((d) => (firstInd(d, 'I').realisations = { '2026': '98,5' })) },
    {
      name: 'a realisation of revenue against its target, 193,8 % ("Persentase Realisasi Penerimaan PNBP", Ditjen Minerba)',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'I'), {
          statement: 'Persentase Realisasi Penerimaan PNBP Sub Sektor Minerba',
          realisations: { '2026': 193.8 },
        }),
      ),
    },
  ],
});
