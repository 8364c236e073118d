/**
 * `outcome-indicator-count` (narrowed): an outcome measured only by plain counts, none of them a
 * physical quantity. A count can measure an outcome (PermenPAN-RB 89/2021's own example is
 * "Jumlah produksi padi" in ton), so this is one note per result, and only when no indicator of
 * the result is relative.
 *
 * @module
 */
import { defineRule } from '../../api.js';
import { DELIVERABLES } from '../../lexicon/words.js';
import { activityOf, expectedMeasure, levelWord } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'outcome-indicator-count',
    defaultSeverity: 'off',
    category: 'indicator',
    basis: 'practice',
    description: {
      id: 'Kinerja outcome yang hanya diukur dengan jumlah (bukan keluaran, bukan besaran fisik seperti ton atau hektar) dapat dilengkapi ukuran relatif.',
      en: 'An outcome measured only by counts (not of deliverables, not physical quantities such as tonnes or hectares) may add a relative measure.',
    },
    messages: {
      count: {
        id: 'Kinerja level {level} ini hanya diukur dengan jumlah ({head} ...): pertimbangkan ukuran relatif (persentase, rasio, indeks, tingkat) yang menunjukkan perubahan kondisinya.',
        en: 'This {level} result is measured by counts only ({head} ...): consider a relative measure (percentage, ratio, index, rate) that shows the change in condition.',
      },
    },
  },
  create(context) {
    return {
      result(r) {
        if (expectedMeasure(r) !== 'outcome' || r.level?.role !== 'outcome' || r.indicators.length === 0) return;
        for (const ind of r.indicators) {
          if (ind.measure !== 'count' || ind.unitKind !== 'count' || activityOf(ind) !== undefined) return;
          if (ind.counted !== undefined && DELIVERABLES.has(ind.counted)) return;
        }
        context.report({
          messageId: 'count',
          data: { level: levelWord(r), head: r.indicators[0]!.head.charAt(0).toUpperCase() + r.indicators[0]!.head.slice(1) },
          result: r,
          path: r.path('indicators'),
        });
      },
    };
  },
});
