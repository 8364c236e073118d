/**
 * `realisation-without-target`: every year with a realisation has a target to measure it against.
 * Once per indicator, naming the years; an indicator with no target at all is left to `targets-missing`,
 * and the years before its first target (the trend an LKjIP shows for comparison) are not asked
 * about, except the latest realised year, the one reported on.
 *
 * @module
 */
import { defineRule } from '../../api.js';
import { realisedIndicators } from '../shared/realisation.js';

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
    return realisedIndicators((ind, realisations) => {
      const years = Object.keys(realisations);
      // (`realisations: {}` holds no year; an indicator with no target at all is targets-missing's)
      if (years.length === 0 || ind.years.length === 0) return;
      // The years before the first target are the trend an LKjIP shows for comparison (the year
      // before, five years of history), not years that lack a target; but the latest realised
      // year is the one reported on, and it needs its target.
      let first = ind.years[0]!;
      for (const y of ind.years) if (y < first) first = y;
      let latest = years[0]!;
      for (const y of years) if (y > latest) latest = y;
      const without = years.filter((year) => (year >= first || year === latest) && ind.target(year) === undefined);
      if (without.length === 0) return;
      // One finding per indicator, naming its years: an LKjIP table of five years is one point.
      context.report({
        messageId: 'noTarget',
        data: { indicator: ind.label, year: without.join(', ') },
        indicator: ind,
        path: ind.path(`realisations.${without[0]!}`),
      });
    });
  },
});
