import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('iku-manual-missing', {
  reject: [
    {
      name: 'an IKU without a manual',
      doc: mut((d) => (firstInd(d, 'G').iku = true)),
      says: 'definisi operasional, formula, sumber data',
      count: 1,
    },
    {
      name: 'an IKU without its data source',
      doc: mut((d) => Object.assign(firstInd(d, 'G'), { iku: true, definition: 'd', formula: 'f' })),
      says: 'sumber data',
    },
    {
      name: 'most IKU without a manual: once for the document, naming them',
      doc: mut((d) => {
        for (const r of d.results) for (const i of r.indicators ?? []) i.iku = true;
      }),
      says: 'Sebagian besar IKU',
      count: 1,
    },
  ],
  accept: [
    { name: 'the clean document', doc: clean },
    {
      name: 'a formula that spells out its terms stands for the definition',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'G'), {
          iku: true,
          formula: 'x / y x 100 %, x = jumlah kebutuhan data yang terpenuhi, y = jumlah kebutuhan data',
          dataSource: 'Survei Kebutuhan Data',
        }),
      ),
    },
    {
      name: 'a definition that says how the value is computed stands for the formula',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'G'), {
          iku: true,
          definition: 'Rata-rata jumlah tahun belajar penduduk usia 15 tahun ke atas, dihitung dari jenjang pendidikan yang ditamatkan',
          dataSource: 'BPS',
        }),
      ),
    },
    {
      name: 'an IKU with its manual',
      doc: mut((d) => Object.assign(firstInd(d, 'G'), { iku: true, definition: 'd', formula: 'f', dataSource: 'BPS' })),
    },
  ],
});
