/** `target-worse-than-baseline`: no target is worse than the baseline (same scope as `target-against-polarity`). @module */
import { defineRule } from '../../api.js';
import { series, show } from '../shared/index.js';
import { WAY, directedIndicators, isWorse } from '../shared/target-direction.js';

export const rule = defineRule({
  meta: {
    id: 'target-worse-than-baseline',
    defaultSeverity: 'warning',
    category: 'target',
    basis: 'practice',
    description: {
      id: 'Target IK outcome tidak lebih buruk daripada kondisi awal.',
      en: 'No target of an outcome indicator is worse than its baseline.',
    },
    messages: {
      worse: {
        id: 'Target {year} ({value}) lebih buruk daripada kondisi awal ({baseline}) untuk IK yang {way}.',
        en: 'The {year} target ({value}) is worse than the baseline ({baseline}) for an indicator where {way}.',
      },
    },
  },
  create(context) {
    return directedIndicators((ind, d) => {
      if (ind.record.baseline === undefined || ind.years.length === 0) return;
      const s = series(ind);
      if (s.length < 2 || !s.isBaseline(0)) return;
      for (let j = 1; j < s.length; j++) {
        if (!isWorse(d, s, 0, j)) continue;
        const year = s.year(j);
        context.report({
          messageId: 'worse',
          data: { year, value: show(s.raw(j)), baseline: show(s.raw(0)), way: WAY[d] },
          indicator: ind,
          path: ind.path(`targets.${year}`),
        });
        return;
      }
    });
  },
});
