/**
 * `target-against-polarity`: targets move the way the indicator improves (stated `polarity`, or
 * the direction its wording gives: "Angka kematian ..." goes down). Applies to outcome measures,
 * rates, indices and cumulative counts, not to yearly output quantities, which may go up and down.
 *
 * @module
 */
import { defineRule } from '../../api.js';
import { series, show } from '../shared/index.js';
import { WAY, directedIndicators, isWorse } from '../shared/target-direction.js';

export const rule = defineRule({
  meta: {
    id: 'target-against-polarity',
    defaultSeverity: 'warning',
    category: 'target',
    basis: 'practice',
    description: {
      id: 'Target IK outcome (persentase, indeks, rasio, tingkat, jumlah kumulatif) bergerak ke arah perbaikan dari tahun ke tahun.',
      en: 'Targets of outcome indicators (percentages, indices, ratios, rates, cumulative counts) move towards improvement from year to year.',
    },
    messages: {
      against: {
        id: 'Target {year} ({value}) lebih {worse} daripada target {prevYear} ({prevValue}), padahal untuk IK ini {way}.',
        en: 'The {year} target ({value}) is {worse} than the {prevYear} target ({prevValue}), but for this indicator {way}.',
      },
    },
  },
  create(context) {
    return directedIndicators((ind, d) => {
      if (ind.years.length < 2) return;
      const s = series(ind);
      if (s.length < 2) return;
      for (let j = s.firstTarget + 1; j < s.length; j++) {
        if (!isWorse(d, s, j - 1, j)) continue;
        const worse = d === 'up' ? { id: 'rendah', en: 'lower' } : { id: 'tinggi', en: 'higher' };
        const year = s.year(j);
        context.report({
          messageId: 'against',
          data: { year, value: show(s.raw(j)), prevYear: s.year(j - 1), prevValue: show(s.raw(j - 1)), worse, way: WAY[d] },
          indicator: ind,
          path: ind.path(`targets.${year}`),
        });
        return;
      }
    });
  },
});
