/**
 * The capaian formulas: one realisation against one target, by the indicator's direction.
 *
 * - higher is better: `r / t`;
 * - lower is better: `(2t - r) / t` by default (LKjIP practice after PermenPAN-RB 53/2014:
 *   "rencana - (realisasi - rencana) / rencana"; PermenPAN-RB 6/2022 writes the same
 *   `1 + (1 - r/t)`), or `t / r`;
 * - a target band (`"80-90"`): 100 inside; below or above it, the nearer bound's formula
 *   (PermenPAN-RB 6/2022: the upper bound when the realisation is above, the lower when below);
 * - `polarity: range` with one number: `r / t` below it, `(2t - r) / t` above it;
 * - text on a scale (`WTP`, `BB`): the values' scores, then as numbers;
 * - a target of 0 (temuan, kasus): 100 when it is met (no more than 0 when lower is better, at
 *   least 0 when higher is, exactly 0 for a range), else 0; no ratio exists;
 * - never below 0: a realisation far on the wrong side (twice a lower-is-better target) is 0, not a
 *   negative capaian that would pull every mean it enters below what was achieved elsewhere.
 *
 * @module
 */
import { readValue, type ReadValue } from '../review/number.utils.js';
import type { Indicator, Value } from '../schema.js';
import type { AchievementFormula, AchievementGap, DownMethod } from './types.js';

/** A capaian, or why there is none. */
export type Measured =
  { readonly percent: number; readonly formula: AchievementFormula } | { readonly percent?: undefined; readonly gap: AchievementGap };

const NOT_COMPARABLE: Measured = Object.freeze({ gap: 'not-comparable' });

/** Score of a text value: its score on the indicator's scale, else a SAKIP predikat (D 1 ... AA 7) or a BPK opinion (TMP 1 ... WTP 4). */
function score(v: Value, read: ReadValue, scale: Indicator['scale']): number | undefined {
  if (scale !== undefined && typeof v === 'string') {
    const key = v.trim();
    if (Object.prototype.hasOwnProperty.call(scale, key)) return scale[key];
    const lower = key.toLowerCase();
    for (const [k, s] of Object.entries(scale)) if (k.toLowerCase() === lower) return s;
    return undefined;
  }
  return read.kind === 'grade' ? read.rank + 1 : undefined;
}

/**
 * Capaian of numbers in percent, `r` against `t` by direction; `NaN` when not comparable. Allocates
 * nothing, for {@link achievement}'s loop over every indicator.
 */
export function ratioPercent(r: number, t: number, polarity: Indicator['polarity'], method: DownMethod): number {
  if (t === 0 && Number.isFinite(r)) return (polarity === 'down' ? r <= 0 : polarity === 'range' ? r === 0 : r >= 0) ? 100 : 0;
  let p: number;
  if (polarity === 'down') {
    if (method === 'inverse') p = r === 0 ? NaN : (t / r) * 100;
    else p = t === 0 ? NaN : ((2 * t - r) / t) * 100;
  } else if (t === 0) p = NaN;
  else if (polarity === 'range' && r > t) p = ((2 * t - r) / t) * 100;
  else p = (r / t) * 100;
  return Number.isFinite(p) ? Math.max(0, p) : NaN;
}

/** The formula {@link ratioPercent} uses for a direction. */
export const ratioFormula = (polarity: Indicator['polarity'], method: DownMethod): AchievementFormula =>
  polarity === 'down' ? method : polarity === 'range' ? 'band' : 'ratio';

/** Capaian of numbers: `r` against `t`, by direction. */
export function ratio(r: number, t: number, polarity: Indicator['polarity'], method: DownMethod): Measured {
  const percent = ratioPercent(r, t, polarity, method);
  return Number.isNaN(percent) ? NOT_COMPARABLE : { percent, formula: ratioFormula(polarity, method) };
}

/** Capaian against a band `[low, high]`: 100 inside, the nearer bound's formula outside. */
function band(r: number, low: number, high: number, polarity: Indicator['polarity'], method: DownMethod): Measured {
  if (r >= low && r <= high) return { percent: 100, formula: 'band' };
  const bound = r < low ? low : high;
  // Within a band is best: below it counts as too low, above it as too high.
  const direction = polarity === 'range' ? (r < low ? 'up' : 'down') : polarity;
  const m = ratio(r, bound, direction, method);
  return m.percent === undefined ? m : { percent: m.percent, formula: 'band' };
}

/**
 * The capaian of realisation `r` against target `t` for an indicator (its `polarity` and `scale`).
 * A value is a number, a number in text (`"75,5"`, `"75 %"`), a band (`"80-90"`), or text on a scale.
 */
export function measure(r: Value, t: Value, indicator: Pick<Indicator, 'polarity' | 'scale'>, method: DownMethod = 'difference'): Measured {
  const pr = indicator.polarity;
  if (typeof r === 'number' && typeof t === 'number') return ratio(r, t, pr, method);
  const rr = typeof r === 'number' ? ({ kind: 'number', value: r } as const) : readValue(r);
  const tt = typeof t === 'number' ? ({ kind: 'number', value: t } as const) : readValue(t);
  if (indicator.scale !== undefined || rr.kind === 'grade' || tt.kind === 'grade') {
    const rs = score(r, rr, indicator.scale);
    const ts = score(t, tt, indicator.scale);
    if (rs !== undefined && ts !== undefined) {
      const m = ratio(rs, ts, pr === 'range' ? 'up' : pr, method);
      return m.percent === undefined ? m : { percent: m.percent, formula: 'scale' };
    }
    if (indicator.scale !== undefined) return NOT_COMPARABLE;
  }
  if (rr.kind !== 'number') return NOT_COMPARABLE;
  if (tt.kind === 'number') return ratio(rr.value, tt.value, pr, method);
  if (tt.kind === 'range') return band(rr.value, tt.low, tt.high, pr, method);
  return NOT_COMPARABLE;
}
