/** `realisation-without-target`: every year with a realisation has a target to measure it against. @module */
import { defineRule } from '../../api.js';
import { realisationYears } from '../shared/realisation.js';

export const rule = defineRule({
  meta: {
    id: 'realisation-without-target',
    defaultSeverity: 'warning',
    category: 'realisation',
    basis: 'practice',
    description: {
      id: 'Setiap tahun yang memiliki realisasi juga memiliki target, agar capaiannya dapat dihitung.',
      en: 'Every year with a realisation has a target, so that its capaian can be computed.',
    },
    messages: {
      noTarget: {
        id: 'IK {indicator} memiliki realisasi {year} tetapi tidak ada target {year}; capaian tidak dapat dihitung.',
        en: 'Indicator {indicator} has a {year} realisation but no {year} target; its capaian cannot be computed.',
      },
    },
  },
  create(context) {
    return {
      indicator(ind) {
        const years = realisationYears(ind);
        if (years.length === 0) return; // most indicators: no iterator over an empty list
        for (const year of years) {
          if (ind.target(year) !== undefined) continue;
          context.report({
            messageId: 'noTarget',
            data: { indicator: ind.label, year },
            indicator: ind,
            path: ind.path(`realisations.${year}`),
          });
        }
      },
    };
  },
});
