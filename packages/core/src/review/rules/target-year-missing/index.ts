/** `target-year-missing`: an indicator with targets has one for every year of the period. @module */
import { defineRule } from '../../api.js';

export const rule = defineRule({
  meta: {
    id: 'target-year-missing',
    defaultSeverity: 'warning',
    category: 'target',
    basis: 'regulation',
    description: {
      id: 'IK yang bertarget memiliki target untuk setiap tahun periode dokumen.',
      en: "An indicator with targets has one for every year of the document's period.",
    },
    messages: { missing: { id: 'Target tahun {years} dalam periode belum ditetapkan.', en: 'No target for {years} of the period.' } },
  },
  create(context) {
    const period = context.document.period;
    return {
      indicator(ind) {
        if (period === undefined || ind.years.length === 0) return;
        const missing: number[] = [];
        for (let y = period.start; y <= period.end; y++) if (ind.target(String(y)) === undefined) missing.push(y);
        if (missing.length > 0)
          context.report({ messageId: 'missing', data: { years: missing.join(', ') }, indicator: ind, path: ind.path('targets') });
      },
    };
  },
});
