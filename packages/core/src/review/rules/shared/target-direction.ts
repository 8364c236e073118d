/**
 * Helpers of the rules that check the way targets move (`target-against-polarity`,
 * `target-worse-than-baseline`): which indicators they check, and when a value is worse.
 *
 * @module
 */
import type { IndicatorNode, RuleVisitors } from '../../api.js';
import type { TargetSeries } from '../../series.js';
import { directional, series } from './index.js';

/** The way an indicator improves, for messages. */
export const WAY = {
  up: { id: 'makin tinggi makin baik', en: 'higher is better' },
  down: { id: 'makin rendah makin baik', en: 'lower is better' },
} as const;

/**
 * The direction an indicator's targets are checked against: a stated or worded `up` or `down`
 * on a {@link directional} measure; undefined when the rules leave the indicator alone.
 */
function checkedDirection(ind: IndicatorNode, byDefault: boolean): 'up' | 'down' | undefined {
  const d = ind.direction;
  if ((d !== 'up' && d !== 'down') || !directional(ind)) return undefined;
  // A direction by default ("Persentase ...", "Cakupan ...": higher is better) is trusted only
  // when the rule asks for it and the plan moves that way.
  if (ind.directionSource === 'default' && !(byDefault && planAgrees(ind, d))) return undefined;
  return d;
}

/** True when point `b` of a series is worse than point `a` for an indicator that improves in direction `d` (values on one scale only). */
export function isWorse(d: 'up' | 'down', s: TargetSeries, a: number, b: number): boolean {
  const x = s.score[a]!;
  const y = s.score[b]!;
  return s.scale[a] === s.scale[b] && !(d === 'up' ? y >= x : y <= x);
}

/** The visitors of a target-direction rule: `check` runs for each indicator {@link checkedDirection} keeps, with its direction. */
export function directedIndicators(check: (ind: IndicatorNode, d: 'up' | 'down') => void, byDefault = false): RuleVisitors {
  return {
    indicator(ind) {
      const d = checkedDirection(ind, byDefault);
      if (d !== undefined) check(ind, d);
    },
  };
}

/**
 * True unless the direction is read from the words and the plan moves the other way: "Indeks
 * Pencemaran Udara" read as lower-is-better, its targets rising from 70 to 97,5. Then the words are
 * the doubt (`target-against-polarity` says it), and no capaian or later target is judged by them.
 */
export function planAgrees(ind: IndicatorNode, d: 'up' | 'down'): boolean {
  if (ind.directionSource === 'stated') return true;
  const s = series(ind);
  if (s.length < 2 || s.scale[0] !== s.scale[s.length - 1]) return true;
  const first = s.score[0]!;
  const last = s.score[s.length - 1]!;
  return d === 'up' ? last >= first : last <= first;
}

/**
 * The way a plan moves when the words give none: `up` when three targets or more rise year on
 * year ("Angka Konsumsi Ikan" 33,14, 42,36, 45,33 ...), `down` when they fall; undefined when they
 * are fewer, mixed, level at any step, or on different scales. A plan that rises every year is
 * one that counts higher as better.
 */
export function planDirection(ind: IndicatorNode): 'up' | 'down' | undefined {
  const s = series(ind);
  const from = s.isBaseline(0) ? 1 : 0;
  if (s.length - from < 3) return undefined;
  let rises = 0;
  let falls = 0;
  for (let j = from + 1; j < s.length; j++) {
    if (s.scale[j] !== s.scale[from]) return undefined;
    const step = s.score[j]! - s.score[j - 1]!;
    if (step > 0) rises++;
    else if (step < 0) falls++;
    else return undefined;
  }
  return falls === 0 ? 'up' : rises === 0 ? 'down' : undefined;
}
