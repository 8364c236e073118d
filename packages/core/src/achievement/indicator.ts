/**
 * The capaian of one indicator for {@link achievement}: the year's target and realisation, the
 * capaian, the previous year's realisation and the capaian against the Renstra end target.
 *
 * This runs once per indicator (200,000 in the benchmark), so it allocates only what the report
 * keeps: numbers go through {@link ratioPercent} without intermediate objects, and the common
 * case is built as one object literal (its properties stored in the object itself).
 *
 * @module
 */
import type { Indicator, Realisation, Value } from '../schema.js';
import { measure, ratioFormula, ratioPercent } from './formula.js';
import { periodsOf, yearValueOf } from './periods.js';
import type { AchievementFormula, AchievementGap, DownMethod, IndicatorAchievement, PeriodKey, PeriodValue } from './types.js';

/** What every indicator of one {@link achievement} call shares. */
export interface YearContext {
  /** The year measured, and the previous one. */
  readonly year: string;
  readonly prevYear: string;
  /** The Renstra end year, when known. */
  readonly endYear: string | undefined;
  /** Measure as of the end of this period. */
  readonly upTo: PeriodKey | undefined;
  readonly method: DownMethod;
}

/** The periods of a year with a single value. Shared: the report's arrays are read-only. */
const NO_PERIODS: readonly PeriodValue[] = Object.freeze([]);

/** Capaian in percent of `r` against `t`, `NaN` when not comparable. */
function percentOf(r: Value, t: Value, ind: Readonly<Indicator>, method: DownMethod): number {
  if (typeof r === 'number' && typeof t === 'number') return ratioPercent(r, t, ind.polarity, method);
  return measure(r, t, ind, method).percent ?? NaN;
}

/** The year value of a realisation written as a value or as periods. */
function yearValue(written: Realisation, ind: Readonly<Indicator>): Value | undefined {
  return typeof written === 'object' ? yearValueOf(periodsOf(written), ind.yearValue) : written;
}

/** The capaian of indicator `index` of result `resultId`. */
export function indicatorAchievement(resultId: string, index: number, ind: Readonly<Indicator>, ctx: YearContext): IndicatorAchievement {
  const targets = ind.targets;
  const realisations = ind.realisations;
  const target = targets?.[ctx.year];
  const written = realisations?.[ctx.year];
  let periods = NO_PERIODS;
  let realisation: Value | undefined;
  if (typeof written === 'object') {
    periods = periodsOf(written, ctx.upTo);
    realisation = yearValueOf(periods, ind.yearValue);
  } else realisation = written;
  const prevWritten = realisations?.[ctx.prevYear];
  const previous = prevWritten === undefined ? undefined : yearValue(prevWritten, ind);

  let percent = NaN;
  let formula: AchievementFormula | undefined;
  let gap: AchievementGap | undefined;
  if (target === undefined) gap = 'no-target';
  else if (realisation === undefined) gap = 'no-realisation';
  else if (typeof realisation === 'number' && typeof target === 'number') {
    percent = ratioPercent(realisation, target, ind.polarity, ctx.method);
    if (Number.isNaN(percent)) gap = 'not-comparable';
    else formula = ratioFormula(ind.polarity, ctx.method);
  } else {
    const m = measure(realisation, target, ind, ctx.method);
    if (m.percent === undefined) gap = m.gap;
    else ({ percent, formula } = m);
  }

  const endYear = ctx.endYear;
  const endTarget = endYear === undefined ? undefined : targets?.[endYear];
  let endPercent = NaN;
  if (endTarget !== undefined && realisation !== undefined)
    endPercent = endYear === ctx.year ? percent : percentOf(realisation, endTarget, ind, ctx.method);

  if (formula !== undefined && previous === undefined && endTarget !== undefined && !Number.isNaN(endPercent))
    return { resultId, index, indicator: ind, periods, target, realisation, percent, formula, endYear, endTarget, endPercent };
  // The other cases: the same keys in the same order, each only when it has a value.
  const out: { -readonly [K in keyof IndicatorAchievement]: IndicatorAchievement[K] } = { resultId, index, indicator: ind, periods };
  if (target !== undefined) out.target = target;
  if (realisation !== undefined) out.realisation = realisation;
  if (previous !== undefined) out.previous = previous;
  if (gap !== undefined) out.gap = gap;
  else {
    out.percent = percent;
    out.formula = formula;
  }
  if (endTarget !== undefined) {
    out.endYear = endYear;
    out.endTarget = endTarget;
    if (!Number.isNaN(endPercent)) out.endPercent = endPercent;
  }
  return out;
}
