/** `target-outside-period`: target years lie within the period. @module */
import { defineRule } from '../../api.js';
import { indicatorsInPeriod, outsidePeriod } from '../shared/realisation.js';

export const rule = defineRule({
  meta: {
    id: 'target-outside-period',
    defaultSeverity: 'warning',
    category: 'target',
    basis: 'practice',
    description: { id: 'Tahun target berada dalam periode dokumen.', en: "Target years lie within the document's period." },
    messages: {
      outside: {
        id: 'Target tahun {years} berada di luar periode {start}-{end}.',
        en: 'The target for {years} lies outside the period {start}-{end}.',
      },
    },
  },
  create(context) {
    return indicatorsInPeriod(context.document.period, (ind, period) => {
      const outside = outsidePeriod(ind.years, period);
      if (outside.length > 0)
        context.report({
          messageId: 'outside',
          data: { years: outside.join(', '), start: period.start, end: period.end },
          indicator: ind,
          path: ind.path(`targets.${outside[0]}`),
        });
    });
  },
});
