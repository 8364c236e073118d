/** `realisation-outside-period`: realisations lie in the document's period. @module */
import { defineRule } from '../../api.js';
import { indicatorsInPeriod, outsidePeriod, realisationYears } from '../shared/realisation.js';

export const rule = defineRule({
  meta: {
    id: 'realisation-outside-period',
    defaultSeverity: 'warning',
    category: 'realisation',
    basis: 'practice',
    description: {
      id: 'Tahun realisasi berada dalam periode dokumen (Renstra).',
      en: "Realisation years lie within the document's period (the Renstra).",
    },
    messages: {
      outside: {
        id: 'IK {indicator} memiliki realisasi {year}, di luar periode {start}-{end}.',
        en: 'Indicator {indicator} has a {year} realisation, outside the period {start}-{end}.',
      },
    },
  },
  create(context) {
    return indicatorsInPeriod(context.cascade.period, (ind, period) => {
      const years = realisationYears(ind);
      if (years.length === 0) return; // most indicators: no iterator over an empty list
      for (const year of outsidePeriod(years, period))
        context.report({
          messageId: 'outside',
          data: { indicator: ind.label, year, start: period.start, end: period.end },
          indicator: ind,
          path: ind.path(`realisations.${year}`),
        });
    });
  },
});
