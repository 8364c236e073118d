/** `target-worse-than-baseline`: no target is worse than the baseline (same scope as `target-against-polarity`). @module */
import { defineRule } from '../../api.js';
import { directional, series, show } from '../shared/index.js';

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
    return {
      indicator(ind) {
        const d = ind.direction;
        if ((d !== 'up' && d !== 'down') || ind.directionSource === 'default' || !directional(ind)) return;
        if (ind.record.baseline === undefined || ind.years.length === 0) return;
        const s = series(ind);
        if (s.length < 2 || !s[0]!.baseline) return;
        const base = s[0]!;
        for (let j = 1; j < s.length; j++) {
          const t = s[j]!;
          if (t.scale !== base.scale || (d === 'up' ? t.score >= base.score : t.score <= base.score)) continue;
          const way =
            d === 'up'
              ? { id: 'makin tinggi makin baik', en: 'higher is better' }
              : { id: 'makin rendah makin baik', en: 'lower is better' };
          context.report({
            messageId: 'worse',
            data: { year: t.year, value: show(t.raw), baseline: show(base.raw), way },
            indicator: ind,
            path: ind.path(`targets.${t.year}`),
          });
          return;
        }
      },
    };
  },
});
