/**
 * `target-worse-than-baseline`: no target is worse than the baseline (same scope as
 * `target-against-polarity`). A range target ("70,79-71,78") is worse when all of it is. Nor is a
 * later target worse than a year already realised in full (97,72 after 98,77 was reached): a
 * target that asks less than what was done is no challenge; not for a change ("Persentase
 * peningkatan ..."), whose realisation is no level reached.
 *
 * @module
 */
import { defineRule, type IndicatorNode } from '../../api.js';
import type { Value } from '../../../schema.js';
import { readValue } from '../../number.utils.js';
import { changeWord, numberOf, series, show } from '../shared/index.js';
import { impossibleValue } from '../shared/ranges.js';
import { onTwoScales, realisedYears, wholeYear } from '../shared/realisation.js';
import { WAY, directedIndicators, isWorse, planAgrees } from '../shared/target-direction.js';

/**
 * True when `target` is worse than `reached`, at the precision they are written in (97,72 after
 * 98,77 asks less). A target of 100 after a realisation above it (100 after 100,19) is the same
 * plan: 100 is where a share or a rate of completion tops out.
 */
function worseThanReached(d: 'up' | 'down', target: number, reached: number): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(reached));
  if (d === 'down') return target > reached + eps;
  return target < reached - eps && target !== 100;
}

export const rule = defineRule({
  meta: {
    id: 'target-worse-than-baseline',
    defaultSeverity: 'warning',
    category: 'target',
    basis: 'practice',
    description: {
      id: 'Target IK outcome tidak lebih buruk daripada kondisi awal (target berupa rentang: bila seluruh rentangnya lebih buruk), dan tidak lebih buruk daripada realisasi setahun penuh yang sudah dicapai sebelumnya.',
      en: "No target of an outcome indicator is worse than its baseline (a range target: when all of the range is), nor than a full year's realisation already reached before it.",
    },
    messages: {
      worse: {
        id: 'Target {year} ({value}) lebih buruk daripada kondisi awal ({baseline}) untuk IK yang {way}.',
        en: 'The {year} target ({value}) is worse than the baseline ({baseline}) for an indicator where {way}.',
      },
      belowRealised: {
        id: 'Target {year} ({value}) lebih buruk daripada realisasi {realisedYear} ({realised}) yang sudah dicapai, untuk IK yang {way}: target tersebut tidak menantang; tinjau kembali targetnya.',
        en: 'The {year} target ({value}) is worse than the {realisedYear} realisation ({realised}) already reached, for an indicator where {way}: it is no challenge; review the target.',
      },
    },
  },
  create(context) {
    const report = (ind: IndicatorNode, d: 'up' | 'down', year: string, value: string | number, baseline: string | number): void =>
      context.report({
        messageId: 'worse',
        data: { year, value, baseline, way: WAY[d] },
        indicator: ind,
        path: ind.path(`targets.${year}`),
      });
    /** Reports the first target worse than the baseline; true when it did. */
    function worseThanBaseline(ind: IndicatorNode, d: 'up' | 'down'): boolean {
      const b = ind.record.baseline;
      if (b === undefined || ind.years.length === 0) return false;
      const s = series(ind);
      // (a percentage back to 100 from above, a realisation against its target planned to meet it,
      // is no worse plan: 114,3 % of the PNBP target, then 100 %; as after a full year realised)
      const percent = ind.measure === 'percent' || ind.unitKind === 'percent';
      if (s.length >= 2 && s.isBaseline(0))
        for (let j = 1; j < s.length; j++) {
          // (0,79 against 70 is two scales, which the capaian rules name, not a worse target)
          if (!isWorse(d, s, 0, j) || onTwoScales(ind, s.raw(0), s.raw(j))) continue;
          if (percent && d === 'up' && s.score[j] === 100 && s.scale[j] === 'number') continue;
          report(ind, d, s.year(j), show(s.raw(j)), show(s.raw(0)));
          return true;
        }
      // Ranges are not in the series: a range target is worse when even its better end is.
      // (not than a kondisi awal of 0 left out as a cell not filled in, which baseline-missing names)
      const base = numberOf(b.value);
      if (base === undefined || s.unfilled.includes(-1)) return false;
      for (const year of ind.years) {
        const v = ind.target(year)!;
        if (typeof v !== 'string' || Number(year) <= b.year) continue;
        const r = readValue(v);
        if (r.kind === 'range' && (d === 'up' ? r.high < base : r.low > base)) {
          report(ind, d, year, show(v), show(b.value));
          return true;
        }
      }
      return false;
    }

    /** A later target worse than the latest full year realised before it; the first one is named. */
    function belowRealised(ind: IndicatorNode, d: 'up' | 'down'): void {
      if (ind.record.realisations === undefined || !planAgrees(ind, d)) return;
      // (a change is not a level reached: "Persentase peningkatan populasi" 2 % after 2,4 % realised
      // asks for a further 2 % on what was gained, as flat-target reads a change held the same)
      if (changeWord(ind) !== undefined) return;
      // The years realised in full, with a value the measure can take, in order.
      const done: { readonly year: string; readonly value: Value; readonly n: number }[] = [];
      for (const { year, value } of realisedYears(ind, (real, y) => wholeYear(real, y, context.asOf))) {
        const n = numberOf(value);
        // (a value the measure cannot take, a percentage beyond 100, is a figure to check, not a level to plan from)
        if (n !== undefined && !impossibleValue(ind, n)) done.push({ year, value, n });
      }
      done.sort((a, b) => (a.year < b.year ? -1 : a.year > b.year ? 1 : 0));
      if (done.length === 0) return;
      for (const year of ind.years) {
        const target = numberOf(ind.target(year)!);
        let latest: (typeof done)[number] | undefined;
        for (const x of done) if (x.year < year) latest = x;
        if (target === undefined || latest === undefined || !worseThanReached(d, target, latest.n)) continue;
        if (onTwoScales(ind, latest.value, ind.target(year)!)) continue;
        context.report({
          messageId: 'belowRealised',
          data: { year, value: show(ind.target(year)!), realisedYear: latest.year, realised: show(latest.value), way: WAY[d] },
          indicator: ind,
          path: ind.path(`targets.${year}`),
        });
        return;
      }
    }

    // (a direction by default, "Cakupan ...", counts here when the plan moves that way)
    return directedIndicators((ind, d) => {
      if (!worseThanBaseline(ind, d)) belowRealised(ind, d);
    }, true);
  },
});
