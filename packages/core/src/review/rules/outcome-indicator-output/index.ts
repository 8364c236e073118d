/** `outcome-indicator-output`: an outcome is not measured by a count of deliverables. @module */
import { defineRule } from '../../api.js';
import { DELIVERABLES } from '../../lexicon/words.js';
import { activityOf, expectedMeasure, levelWord } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'outcome-indicator-output',
    defaultSeverity: 'warning',
    category: 'indicator',
    basis: 'regulation',
    description: {
      id: 'IK kinerja outcome tidak menghitung keluaran ("Jumlah dokumen ...", "Jumlah laporan ...").',
      en: 'An outcome indicator does not count deliverables ("Jumlah dokumen ...", "Jumlah laporan ...").',
    },
    messages: {
      deliverable: {
        id: 'IK kinerja level {level} menghitung keluaran ("Jumlah {noun} ..."): outcome diukur dengan persentase, indeks, nilai, rasio atau tingkat kondisi yang dicapai, bukan banyaknya {noun}.',
        en: 'The {level} indicator counts deliverables ("Jumlah {noun} ..."): an outcome is measured by a percentage, index, score, ratio or rate of the condition reached, not by how many {noun} there are.',
      },
    },
  },
  create(context) {
    return {
      indicator(ind) {
        if (expectedMeasure(ind.result) !== 'outcome' || ind.measure !== 'count') return;
        const noun = ind.counted;
        if (noun === undefined || !DELIVERABLES.has(noun) || activityOf(ind) !== undefined) return;
        context.report({
          messageId: 'deliverable',
          data: { level: levelWord(ind.result), noun },
          indicator: ind,
          path: ind.path('statement'),
        });
      },
    };
  },
});
