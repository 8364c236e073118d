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
import { defineRule } from '../../api.js';
import { series, show } from '../shared/index.js';

/** The least share of the previous value a step must change it by to be a jump against the other steps. */
const MIN_SHARE = 0.01;

/** The least step, in percentage points, of a percentage to be a jump against its other steps. */
const MIN_POINTS = 3;

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
        // The points on a number scale (grades are not stepped).
        let m = 0;
        for (let j = 0; j < v.length; j++) if (v.scale[j] === 'number') points[m++] = j;
        if (m < 2) return;
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
            const usual = `±${Number(median.toPrecision(3))}`;
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
    };
  },
});

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
