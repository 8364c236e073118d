/** `baseline-after-target`: the baseline year comes before the first target year. @module */
import { t } from '../../../localized.js';
import { defineRule } from '../../api.js';

export const rule = defineRule({
  meta: {
    id: 'baseline-after-target',
    defaultSeverity: 'warning',
    category: 'target',
    basis: 'practice',
    description: t('Tahun kondisi awal sebelum tahun target pertama.', 'The baseline year comes before the first target year.'),
    messages: {
      after: t(
        'Tahun kondisi awal ({baselineYear}) tidak sebelum tahun target pertama ({firstYear}): kondisi awal adalah kondisi sebelum periode target.',
        'The baseline year ({baselineYear}) is not before the first target year ({firstYear}): a baseline is the condition before the targets.',
      ),
    },
  },
  create(context) {
    return {
      indicator(ind) {
        const { baseline } = ind.record;
        const [firstYear] = ind.years;
        if (baseline === undefined || firstYear === undefined || baseline.year < Number(firstYear)) return;
        context.report({
          messageId: 'after',
          data: { baselineYear: baseline.year, firstYear },
          indicator: ind,
          path: ind.path('baseline.year'),
        });
      },
    };
  },
});
