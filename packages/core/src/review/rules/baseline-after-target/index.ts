/** `baseline-after-target`: the baseline year comes before the first target year. @module */
import { defineRule } from '../../api.js';

export const rule = defineRule({
  meta: {
    id: 'baseline-after-target',
    defaultSeverity: 'warning',
    category: 'target',
    basis: 'practice',
    description: { id: 'Tahun kondisi awal sebelum tahun target pertama.', en: 'The baseline year comes before the first target year.' },
    messages: {
      after: {
        id: 'Tahun kondisi awal ({baselineYear}) tidak sebelum tahun target pertama ({firstYear}): kondisi awal adalah kondisi sebelum periode target.',
        en: 'The baseline year ({baselineYear}) is not before the first target year ({firstYear}): a baseline is the condition before the targets.',
      },
    },
  },
  create(context) {
    return {
      indicator(ind) {
        const b = ind.record.baseline;
        if (b === undefined || ind.years.length === 0 || b.year < Number(ind.years[0])) return;
        context.report({
          messageId: 'after',
          data: { baselineYear: b.year, firstYear: ind.years[0]! },
          indicator: ind,
          path: ind.path('baseline.year'),
        });
      },
    };
  },
});
