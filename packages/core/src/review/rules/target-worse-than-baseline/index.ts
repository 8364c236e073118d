/**
 * `target-worse-than-baseline`: no target is worse than the baseline (same scope as
 * `target-against-polarity`). A range target ("70,79-71,78") is worse when all of it is.
 *
 * @module
 */
import { defineRule, type IndicatorNode } from '../../api.js';
import { readValue } from '../../number.utils.js';
import { numberOf, series, show } from '../shared/index.js';
import { WAY, directedIndicators, isWorse } from '../shared/target-direction.js';

export const rule = defineRule({
  meta: {
    id: 'target-worse-than-baseline',
    defaultSeverity: 'warning',
    category: 'target',
    basis: 'practice',
    description: {
      id: 'Target IK outcome tidak lebih buruk daripada kondisi awal (target berupa rentang: bila seluruh rentangnya lebih buruk).',
      en: 'No target of an outcome indicator is worse than its baseline (a range target: when all of the range is).',
    },
    messages: {
      worse: {
        id: 'Target {year} ({value}) lebih buruk daripada kondisi awal ({baseline}) untuk IK yang {way}.',
        en: 'The {year} target ({value}) is worse than the baseline ({baseline}) for an indicator where {way}.',
      },
    },
  },
  create(context) {
    const report = (ind: IndicatorNode, d: 'up' | 'down', year: string, value: string, baseline: string): void =>
      context.report({
        messageId: 'worse',
        data: { year, value, baseline, way: WAY[d] },
        indicator: ind,
        path: ind.path(`targets.${year}`),
      });
    return directedIndicators((ind, d) => {
      const b = ind.record.baseline;
      if (b === undefined || ind.years.length === 0) return;
      const s = series(ind);
      if (s.length >= 2 && s.isBaseline(0))
        for (let j = 1; j < s.length; j++) {
          if (!isWorse(d, s, 0, j)) continue;
          report(ind, d, s.year(j), show(s.raw(j)), show(s.raw(0)));
          return;
        }
      // Ranges are not in the series: a range target is worse when even its better end is.
      const base = numberOf(b.value);
      if (base === undefined) return;
      for (const year of ind.years) {
        const v = ind.target(year)!;
        if (typeof v !== 'string' || Number(year) <= b.year) continue;
        const r = readValue(v);
        if (r.kind === 'range' && (d === 'up' ? r.high < base : r.low > base)) {
          report(ind, d, year, show(v), show(b.value));
          return;
        }
      }
    });
  },
});
