/**
 * `target-jump`: a yearly step far beyond the usual change of the measure, such as a life
 * expectancy rising 1.5 years in one year where it moves about 0.2. A step is a jump when it is
 * more than `factor` times the median of the indicator's other yearly steps (at least three
 * steps), or, for a rate, index or percentage, when it changes the value by more than `relative`
 * (a share of the previous value) and by more than `absolute`, unless another step of the series
 * is about as large (a steady plan from a small base). A step under 1 % of the value is
 * never a jump against the other steps (a percentage near its ceiling moving 99,25 -> 99,88), nor is a
 * step of 3 points or fewer of a percentage or a score out of 100 (an APM planned 93 -> 95 %). The
 * relative step is judged between consecutive years, from a value above 0.
 *
 * Defaults: `factor` 5, `relative` 1 (a doubling or a fall to nothing in one year), `absolute` 0.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Value } from '../../../schema.js';
import { defineRule, type IndicatorNode } from '../../api.js';
import { namesCondition } from '../../direction.js';
import { numberText } from '../../engine.js';
import type { TargetSeries } from '../../series.js';
import { localList, series, show } from '../shared/index.js';
import { eachOrOnce } from '../shared/each-or-once.js';
import { mixesProportions } from '../shared/percentage.js';

export const rule = defineRule({
  meta: {
    id: 'target-jump',
    defaultSeverity: 'info',
    category: 'target',
    basis: 'practice',
    description: {
      id: 'Kenaikan atau penurunan target dari satu tahun ke tahun berikutnya wajar dibandingkan perubahan biasa ukuran tersebut (ambang relatif dan absolut dapat diatur).',
      en: "The step of a target from one year to the next is plausible against the measure's usual change (relative and absolute thresholds are configurable).",
    },
    messages: {
      jump: {
        id: 'Target berubah tajam dari {prevValue} ({prevYear}) menjadi {value} ({year}), jauh di atas perubahan tahunan lainnya ({usual}): periksa kembali target tersebut.',
        en: 'The target jumps from {prevValue} ({prevYear}) to {value} ({year}), far beyond the other yearly changes ({usual}): check that target.',
      },
      stock: {
        id: 'Kondisi awal ({baseline}) jauh di atas setiap target tahunan (paling tinggi {most}): kondisi awal tampaknya jumlah beberapa tahun (kumulatif), sedangkan targetnya jumlah per tahun; hitung keduanya dengan cara yang sama.',
        en: 'The baseline ({baseline}) is far above every yearly target (at most {most}): it reads as a total of several years, the targets as amounts per year; count both the same way.',
      },
      stocks: {
        id: 'Kondisi awal {count} IK jumlah jauh di atas setiap target tahunannya ({list}): kondisi awal tampaknya jumlah beberapa tahun (kumulatif), sedangkan targetnya jumlah per tahun; hitung keduanya dengan cara yang sama.',
        en: 'The baselines of {count} count indicators are far above every yearly target ({list}): they read as totals of several years, the targets as amounts per year; count both the same way.',
      },
      relative: {
        id: 'Target berubah lebih dari {percent}% dalam satu tahun, dari {prevValue} ({prevYear}) menjadi {value} ({year}): periksa kembali target tersebut.',
        en: 'The target changes by more than {percent} % in one year, from {prevValue} ({prevYear}) to {value} ({year}): check that target.',
      },
    },
    options: z.strictObject({
      factor: z._default(z.number().check(z.positive()), 5),
      relative: z._default(z.number().check(z.positive()), 1),
      absolute: z._default(z.number().check(z.gte(0)), 0),
    }),
  },
  create(context) {
    const { factor, relative, absolute } = context.options;
    /**
     * Reports a count whose kondisi awal is three times or more every yearly target (72 documents,
     * then 12 a year): the kondisi awal reads as a total of past years, the targets as amounts per
     * year. Not for a count of a bad condition, which is meant to fall (cases, complaints). True
     * when the indicator is settled (reported, or left to another rule).
     */
    function stockAgainstFlows(ind: IndicatorNode, v: TargetSeries): boolean {
      if (!v.isBaseline(0) || (ind.measure !== 'count' && ind.unitKind !== 'count')) return false;
      // (a kondisi awal written in percent, "100%", on a count is a unit to fix, which unit-mismatch
      // names; no step from it is judged either)
      const raw = v.raw(0);
      if (typeof raw === 'string' && raw.trimEnd().endsWith('%')) return true;
      const base = v.score[0]!;
      let most = 0;
      for (let j = 1; j < v.length; j++) {
        if (v.scale[j] !== 'number' || v.scale[0] !== 'number') return false;
        most = Math.max(most, v.score[j]!);
      }
      if (!(most > 0 && base >= STOCK_FACTOR * most)) return false;
      if (ind.direction === 'down' || namesCondition(ind.words)) return false;
      stocks.push({ ind, baseline: v.raw(0), most });
      return true;
    }
    const stocks: { readonly ind: IndicatorNode; readonly baseline: Value; readonly most: number }[] = [];
    // Scratch arrays of the review, grown when a series is longer: the visitor allocates only to report.
    let points = new Int32Array(16);
    let steps = new Float64Array(16);
    let others = new Float64Array(16);
    return {
      indicator(ind) {
        if (ind.years.length < 2) return;
        const v = series(ind);
        if (v.length < 2) return;
        if (v.length > points.length) {
          points = new Int32Array(v.length);
          steps = new Float64Array(v.length);
          others = new Float64Array(v.length);
        }
        const score = v.score;
        if (stockAgainstFlows(ind, v)) return;
        // The points on a number scale (grades are not stepped).
        let m = 0;
        for (let j = 0; j < v.length; j++) if (v.scale[j] === 'number') points[m++] = j;
        if (m < 2) return;
        // (a percentage written partly as a proportion, 73 then 0,74, is implausible-value's: two scales, not a jump)
        if ((ind.measure === 'percent' || ind.unitKind === 'percent') && mixesProportions(v, 0)) return;
        const n = m - 1;
        for (let j = 1; j < m; j++) steps[j - 1] = Math.abs(score[points[j]!]! - score[points[j - 1]!]!);
        if (n >= 3) {
          let at = 0;
          for (let j = 1; j < n; j++) if (steps[j]! > steps[at]!) at = j;
          let k = 0;
          for (let j = 0; j < n; j++) if (j !== at) others[k++] = steps[j]!;
          // An insertion sort in place: a series has a handful of steps (a sorted view was one allocation per indicator).
          for (let a = 1; a < k; a++) {
            const x = others[a]!;
            let b = a;
            for (; b > 0 && others[b - 1]! > x; b--) others[b] = others[b - 1]!;
            others[b] = x;
          }
          const median = others[k >> 1]!;
          // A step under 1 % of the value is no sharp change, however flat the others (99,25 -> 99,88).
          const base = Math.abs(score[points[at]!]!);
          // (and a percentage or a score out of 100 moving a few points, 93 -> 95 %, Nilai SAKIP 82,51
          // -> 85,1, is an ordinary plan, whatever the other steps)
          const percent =
            ind.measure === 'percent' ||
            ind.unitKind === 'percent' ||
            ((ind.measure === 'index' || ind.unitKind === 'index') &&
              base >= 10 &&
              base <= 100 &&
              Math.abs(score[points[at + 1]!]!) <= 100);
          const sizeable = (base === 0 || steps[at]! > base * MIN_SHARE) && (!percent || steps[at]! > MIN_POINTS);
          if (median > 0 && sizeable && steps[at]! > factor * median && steps[at]! > absolute) {
            const a = points[at]!;
            const b = points[at + 1]!;
            const step = Number(median.toPrecision(3));
            const usual = { id: `±${numberText(step, 'id')}`, en: `±${numberText(step, 'en')}` };
            const year = v.year(b);
            context.report({
              messageId: 'jump',
              data: { prevValue: show(v.raw(a)), prevYear: v.year(a), value: show(v.raw(b)), year, usual },
              indicator: ind,
              path: ind.path(v.isBaseline(b) ? 'baseline' : `targets.${year}`),
            });
            return;
          }
        }
        if (ind.measure !== 'percent' && ind.measure !== 'index' && ind.measure !== 'rate') return;
        for (let j = 0; j < n; j++) {
          const a = points[j]!;
          const b = points[j + 1]!;
          // (a change from a negative value, growth of -1,88 to 4, is no share of it; and the message
          // speaks of one year, so the two points must be a year apart)
          if (score[a]! <= 0) continue;
          if (
            steps[j]! / score[a]! > relative &&
            steps[j]! > absolute &&
            !steadyStep(steps, n, j) &&
            Number(v.year(b)) - Number(v.year(a)) === 1
          ) {
            const year = v.year(b);
            context.report({
              messageId: 'relative',
              data: { percent: Math.round(relative * 100), prevValue: show(v.raw(a)), prevYear: v.year(a), value: show(v.raw(b)), year },
              indicator: ind,
              path: ind.path(`targets.${year}`),
            });
            return;
          }
        }
      },
      exit() {
        eachOrOnce(stocks, {
          each: (x) =>
            context.report({
              messageId: 'stock',
              data: { baseline: show(x.baseline), most: x.most },
              indicator: x.ind,
              path: x.ind.path('baseline'),
            }),
          many: (all) =>
            context.report({
              messageId: 'stocks',
              data: {
                count: all.length,
                list: localList(all, (x, num) => `${x.ind.record.id ?? x.ind.label} ${num(x.baseline)} -> ${num(x.most)}`),
              },
              path: 'results',
            }),
        });
      },
    };
  },
});

/** The least share of the previous value a step must change it by to be a jump against the other steps. */
const MIN_SHARE = 0.01;

/** How many times the largest yearly target a count's kondisi awal must be to read as a total of years. */
const STOCK_FACTOR = 3;

/** The least step, in percentage points, of a percentage to be a jump against its other steps. */
const MIN_POINTS = 3;

/** How large another step must be, as a share of a step, for the two to be one steady plan. */
const STEADY_SHARE = 0.9;

/**
 * True when another step of the series is about as large as step `j` (90 % of it or more): a plan
 * rising steadily from a small base (3,85 -> 8,97 -> 12,82 -> 19,23 %, three then seven of 78
 * companies), whose first steps double the value without being a jump. (0 -> 14 -> 30 -> 40 %,
 * then steps of 10, still has a jump.)
 */
function steadyStep(steps: Float64Array, n: number, j: number): boolean {
  for (let k = 0; k < n; k++) if (k !== j && steps[k]! >= steps[j]! * STEADY_SHARE) return true;
  return false;
}
