/**
 * `realisation-outside-period`: no realisation lies after the document's period. A year before it
 * is history (the trend an LKjIP table shows, the years a baseline comes from), not an error.
 *
 * @module
 */
import { defineRule } from '../../api.js';
import { indicatorsInPeriod, outsidePeriod, realisationYears } from '../shared/realisation.js';

export const rule = defineRule({
  meta: {
    id: 'realisation-outside-period',
    defaultSeverity: 'warning',
    category: 'realisation',
    basis: 'practice',
    description: {
      id: 'Tahun realisasi tidak melewati akhir periode dokumen (Renstra); tahun sebelum periode adalah data historis.',
      en: "Realisation years do not run past the end of the document's period (the Renstra); years before it are history.",
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
      for (const year of outsidePeriod(years, period)) {
        if (Number(year) < period.start) continue;
        context.report({
          messageId: 'outside',
          data: { indicator: ind.label, year, start: period.start, end: period.end },
          indicator: ind,
          path: ind.path(`realisations.${year}`),
        });
      }
    });
  },
});
