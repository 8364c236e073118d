/**
 * Helpers of the capaian rules: the years of an indicator's realisations (and those outside the
 * document's period), every realisation value with the year, the period and its document path, the
 * capaian of each realised year, and the option a capaian limit is set by.
 *
 * @module
 */
import * as z from 'zod/mini';
import { measure } from '../../../achievement/formula.js';
import { realisationAsOf } from '../../../achievement/periods.js';
import type { IndicatorNode, RuleVisitors } from '../../api.js';
import type { Indicator, Realisation, Value } from '../../../schema.js';
import { numberOf } from './index.js';
import { impossibleValue } from './ranges.js';

/** One realisation value: a year's value, or one period's. */
export interface RealisationValue {
  readonly year: string;
  readonly period?: string;
  readonly value: Value;
  /** Where it is, e.g. `results[3].indicators[0].realisations.2026.q2`. */
  readonly path: string;
}

const NONE: readonly string[] = Object.freeze([]);

/** The years an indicator has realisations for, in document order (most indicators have none: one shared empty list). */
export function realisationYears(ind: IndicatorNode): readonly string[] {
  const r = ind.record.realisations;
  return r === undefined ? NONE : Object.keys(r);
}

/** A document's period, in years. */
type Period = { readonly start: number; readonly end: number };

/** The years of `years` outside the period `start`-`end`. */
export function outsidePeriod(years: readonly string[], period: Period): readonly string[] {
  // Most indicators have none: no list for them.
  let out: string[] | undefined;
  for (let i = 0; i < years.length; i++) {
    const y = Number(years[i]);
    if (y < period.start || y > period.end) (out ??= []).push(years[i]!);
  }
  return out ?? NONE;
}

/** Visitors of a rule about the document's period: none without a period, else `check` for each indicator. */
export function indicatorsInPeriod(period: Period | undefined, check: (ind: IndicatorNode, period: Period) => void): RuleVisitors {
  return period === undefined ? {} : { indicator: (ind) => check(ind, period) };
}

/**
 * Visitors of a rule about realisations: `check` for each indicator that has any, with them (most
 * indicators have none, and are passed over after one test).
 */
export function realisedIndicators(
  check: (ind: IndicatorNode, realisations: NonNullable<Indicator['realisations']>) => void,
): RuleVisitors {
  return {
    indicator(ind) {
      const r = ind.record.realisations;
      if (r !== undefined) check(ind, r);
    },
  };
}

/** Every realisation value of an indicator, years in document order, periods in order. */
export function realisationValues(ind: IndicatorNode): RealisationValue[] {
  const out: RealisationValue[] = [];
  const r = ind.record.realisations;
  if (r === undefined) return out;
  for (const [year, v] of Object.entries(r)) {
    if (typeof v !== 'object') out.push({ year, value: v, path: ind.path(`realisations.${year}`) });
    else
      for (const [period, pv] of Object.entries(v as Record<string, Value | undefined>))
        if (pv !== undefined) out.push({ year, period, value: pv, path: ind.path(`realisations.${year}.${period}`) });
  }
  return out;
}

/** `2026` or `2026 q2`, for messages. */
export const when = (v: RealisationValue): string => (v.period === undefined ? v.year : `${v.year} ${v.period}`);

/**
 * True when a rate's or an index's realisation and target look written on two scales: one at most
 * 1 and the other at least 20 (0,79 and 62: a fraction and a percentage), or one a thousand times
 * the other (a rupiah amount, 2.134.875.960, in the kondisi awal of a percentage planned at 95,5),
 * or, for an index or a percentage, one over 100 and twenty times the other or more (a decimal
 * separator lost). Counts are not judged.
 */
export function onTwoScales(ind: IndicatorNode, realisation: Value, target: Value): boolean {
  if (ind.measure === 'count') return false;
  const r = numberOf(realisation);
  const t = numberOf(target);
  if (r === undefined || t === undefined || r <= 0 || t <= 0) return false;
  const low = Math.min(r, t);
  const high = Math.max(r, t);
  if ((low <= 1 && high >= 20) || high >= low * 1000) return true;
  // An index or a percentage over 100 against a value a twentieth of it or less: a decimal
  // separator lost (a target 3977 for an index realised at 54,67, meant 39,77).
  const bounded = ind.measure === 'index' || ind.measure === 'percent' || ind.unitKind === 'index' || ind.unitKind === 'percent';
  return bounded && high > 100 && high >= low * 20;
}

/** True when a realisation covers its whole year: periods to q4 or m12, or one value for a year already over. */
export function wholeYear(r: Realisation, year: string, asOf: string): boolean {
  if (typeof r !== 'object') return year < asOf.slice(0, 4);
  const periods = r as Readonly<Record<string, unknown>>;
  return periods.q4 !== undefined || periods.m12 !== undefined;
}

/** A realised year: its realisation as written, and the value it comes to (the year's value, or its periods'). */
export interface RealisedYear {
  readonly year: string;
  readonly real: Realisation;
  readonly value: Value;
}

/**
 * The years of an indicator's realisations that `keep` takes (all by default), in document order,
 * each with the value it comes to (`realisationAsOf`); a year that comes to no value is left out.
 */
export function realisedYears(ind: IndicatorNode, keep?: (realisation: Realisation, year: string) => boolean): RealisedYear[] {
  const r = ind.record.realisations;
  const out: RealisedYear[] = [];
  if (r === undefined) return out;
  for (const year of Object.keys(r)) {
    const real = r[year];
    if (real === undefined || (keep !== undefined && !keep(real, year))) continue;
    const value = realisationAsOf(real, ind.record.yearValue).value;
    if (value !== undefined) out.push({ year, real, value });
  }
  return out;
}

/** A capaian limit as a rule's option: a percentage above 0, `fallback` when the settings give none. */
export const capaianLimit = (fallback: number) => z._default(z.number().check(z.positive()), fallback);

/** The capaian of one realised year: the year's value (from its periods), its target, the percent. */
export interface YearCapaian {
  readonly year: string;
  readonly value: Value;
  readonly target: Value;
  readonly percent: number;
}

/**
 * The capaian of each realised year of an indicator that has a target, computed with `polarity`
 * (and the indicator's scale), for the years `keep` takes (all by default). A realisation the
 * measure cannot take (an APM of 154,58) gives none: the value rules report it, not the capaian rules.
 */
export function capaianByYear(
  ind: IndicatorNode,
  polarity: Indicator['polarity'],
  keep?: (realisation: Realisation, year: string) => boolean,
): YearCapaian[] {
  const out: YearCapaian[] = [];
  const how = { polarity, ...(ind.record.scale === undefined ? {} : { scale: ind.record.scale }) };
  for (const { year, value } of realisedYears(ind, keep)) {
    const target = ind.target(year);
    if (target === undefined) continue;
    const n = numberOf(value);
    if (n !== undefined && impossibleValue(ind, n)) continue;
    const percent = measure(value, target, how).percent;
    if (percent !== undefined) out.push({ year, value, target, percent });
  }
  return out;
}
