import { allIndicators, clean, mut, withFirst } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

/** The clean document with the goal's indicator G.1 an IKU, its manual given by `manual`. */
const iku = (manual: Record<string, string> = {}) => withFirst('G', { iku: true, ...manual });

testRule('iku-manual-missing', {
  reject: [
    { name: 'an IKU without a manual', doc: iku(), says: 'definisi operasional, formula, sumber data', count: 1 },
    { name: 'an IKU without its data source', doc: iku({ definition: 'd', formula: 'f' }), says: 'sumber data' },
    {
      name: 'most IKU without a manual: once for the document, naming them',
      doc: mut((d) => {
        for (const i of allIndicators(d)) i.iku = true;
      }),
      says: 'Sebagian besar IKU',
      count: 1,
    },
  ],
  accept: [
    { name: 'the clean document', doc: clean },
    {
      name: 'a formula that spells out its terms stands for the definition',
      doc: iku({
        formula: 'x / y x 100 %, x = jumlah kebutuhan data yang terpenuhi, y = jumlah kebutuhan data',
        dataSource: 'Survei Kebutuhan Data',
      }),
    },
    {
      name: 'a definition that says how the value is computed stands for the formula',
      doc: iku({
        definition: 'Rata-rata jumlah tahun belajar penduduk usia 15 tahun ke atas, dihitung dari jenjang pendidikan yang ditamatkan',
        dataSource: 'BPS',
      }),
    },
    { name: 'an IKU with its manual', doc: iku({ definition: 'd', formula: 'f', dataSource: 'BPS' }) },
  ],
});
