/**
 * `target-against-polarity`: targets move the way the indicator improves (stated `polarity`, or
 * the direction its wording gives: "Angka kematian ..." goes down). Applies to outcome measures,
 * rates, indices and cumulative counts, not to yearly output quantities, which may go up and down.
 *
 * @module
 */
import { defineRule } from '../../api.js';
import { firstTarget, series, show } from '../shared/index.js';
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
      if (ind.years.length < 2 || ind.values.length < 2) return;
      const s = series(ind);
      for (let j = firstTarget(s) + 1; j < s.length; j++) {
        const a = s[j - 1]!;
        const b = s[j]!;
        if (!isWorse(d, a, b)) continue;
        const worse = d === 'up' ? { id: 'rendah', en: 'lower' } : { id: 'tinggi', en: 'higher' };
        context.report({
          messageId: 'against',
          data: { year: b.year, value: show(b.raw), prevYear: a.year, prevValue: show(a.raw), worse, way: WAY[d] },
          indicator: ind,
          path: ind.path(`targets.${b.year}`),
        });
        return;
      }
    });
  },
});
