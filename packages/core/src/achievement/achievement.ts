/**
 * `achievement(cascade, { year, period?, method?, mean? })`: capaian kinerja per indicator, per
 * result, per subtree, per tier and for the document. Pure and linear in the document's size.
 *
 * @module
 */
import type { Cascade } from '../cascade.js';
import { UsageError } from '../errors.js';
import { TIERS, type Tier } from '../levels.js';
import type { Indicator, Value } from '../schema.js';
import { measure } from './formula.js';
import { isPeriodKey, realisationAsOf } from './periods.js';
import type {
  AchievementOptions,
  AchievementReport,
  AchievementSummary,
  DownMethod,
  IndicatorAchievement,
  ResultAchievement,
} from './types.js';

/** The Renstra end year of a cascade: `period.end`, else its last target year (`undefined` without targets). */
function endYearOf(cascade: Cascade): string | undefined {
  if (cascade.period !== undefined) return String(cascade.period.end);
  let last: string | undefined;
  for (const r of cascade.results())
    for (const ind of r.indicators)
      if (ind.targets !== undefined) for (const y of Object.keys(ind.targets)) if (last === undefined || y > last) last = y;
  return last;
}

function indicatorAchievement(
  resultId: string,
  index: number,
  ind: Readonly<Indicator>,
  year: string,
  options: AchievementOptions,
  method: DownMethod,
  endYear: string | undefined,
  prevYear: string,
): IndicatorAchievement {
  const target = ind.targets?.[year];
  const real = realisationAsOf(ind.realisations?.[year], ind.yearValue, options.period);
  const out: { -readonly [K in keyof IndicatorAchievement]: IndicatorAchievement[K] } = {
    resultId,
    index,
    indicator: ind,
    periods: real.periods,
  };
  if (target !== undefined) out.target = target;
  if (real.value !== undefined) out.realisation = real.value;
  const prev = ind.realisations?.[prevYear];
  if (prev !== undefined) {
    const p = typeof prev === 'object' ? realisationAsOf(prev, ind.yearValue).value : prev;
    if (p !== undefined) out.previous = p;
  }
  if (target === undefined) out.gap = 'no-target';
  else if (real.value === undefined) out.gap = 'no-realisation';
  else {
    const m = measure(real.value, target, ind, method);
    if (m.percent === undefined) out.gap = m.gap;
    else {
      out.percent = m.percent;
      out.formula = m.formula;
    }
  }
  const endTarget: Value | undefined = endYear === undefined ? undefined : ind.targets?.[endYear];
  if (endTarget !== undefined) {
    out.endYear = endYear;
    out.endTarget = endTarget;
    if (endYear === year && out.percent !== undefined) out.endPercent = out.percent;
    else if (real.value !== undefined) {
      const e = measure(real.value, endTarget, ind, method);
      if (e.percent !== undefined) out.endPercent = e.percent;
    }
  }
  return out;
}

/** Running sums of a roll-up. */
interface Sums {
  results: number;
  measuredResults: number;
  resultSum: number;
  indicators: number;
  measuredIndicators: number;
  indicatorSum: number;
}

const zero = (): Sums => ({ results: 0, measuredResults: 0, resultSum: 0, indicators: 0, measuredIndicators: 0, indicatorSum: 0 });

function add(into: Sums, from: Sums): void {
  into.results += from.results;
  into.measuredResults += from.measuredResults;
  into.resultSum += from.resultSum;
  into.indicators += from.indicators;
  into.measuredIndicators += from.measuredIndicators;
  into.indicatorSum += from.indicatorSum;
}

function summary(s: Sums, weighted: boolean): AchievementSummary {
  const n = weighted ? s.measuredIndicators : s.measuredResults;
  const base = {
    results: s.results,
    measuredResults: s.measuredResults,
    indicators: s.indicators,
    measuredIndicators: s.measuredIndicators,
  };
  return n === 0 ? base : { ...base, percent: (weighted ? s.indicatorSum : s.resultSum) / n };
}

/**
 * Capaian kinerja of a year: per indicator the realisation against the target in percent, per
 * result the mean of its indicators, per result also the roll-up over its primary subtree, per
 * tier and for the document (plain or weighted mean, see {@link AchievementOptions.mean}).
 *
 * @throws {UsageError} for a year that is not a four-digit year or a period that is not `q1`-`q4` or `m01`-`m12`.
 */
export function achievement(cascade: Cascade, options: AchievementOptions): AchievementReport {
  const year = String(options.year);
  if (!/^\d{4}$/.test(year)) throw new UsageError(`@pokin/core achievement: year must have four digits, got "${year}"`);
  if (options.period !== undefined && !isPeriodKey(options.period))
    throw new UsageError(`@pokin/core achievement: period must be q1-q4 or m01-m12, got "${String(options.period)}"`);
  const method = options.method ?? 'difference';
  if (method !== 'difference' && method !== 'inverse')
    throw new UsageError(`@pokin/core achievement: method must be "difference" or "inverse", got "${String(method)}"`);
  const mean = options.mean ?? 'plain';
  const weighted = mean === 'weighted';
  const endYear = endYearOf(cascade);
  const prevYear = String(Number(year) - 1);
  const records = cascade.results();
  const own: Sums[] = new Array<Sums>(records.length);
  type Entry = { -readonly [K in keyof ResultAchievement]: ResultAchievement[K] };
  const partial: Entry[] = new Array<Entry>(records.length);
  const byTier = new Map<Tier, Sums>();
  const document = zero();
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const indicators: IndicatorAchievement[] = new Array<IndicatorAchievement>(r.indicators.length);
    let sum = 0;
    let measured = 0;
    for (let k = 0; k < r.indicators.length; k++) {
      const a = indicatorAchievement(r.id, k, r.indicators[k]!, year, options, method, endYear, prevYear);
      indicators[k] = a;
      if (a.percent !== undefined) {
        sum += a.percent;
        measured++;
      }
    }
    const tier = cascade.tier(r.id);
    const entry: Entry = { result: r, tier, measured, indicators };
    if (measured > 0) entry.percent = sum / measured;
    partial[i] = entry;
    const s: Sums = {
      results: 1,
      measuredResults: measured > 0 ? 1 : 0,
      resultSum: measured > 0 ? sum / measured : 0,
      indicators: r.indicators.length,
      measuredIndicators: measured,
      indicatorSum: sum,
    };
    own[i] = s;
    let t = byTier.get(tier);
    if (t === undefined) byTier.set(tier, (t = zero()));
    add(t, s);
    add(document, s);
  }
  // Subtree roll-ups along the primary tree, children before parents (a breadth-first order, reversed).
  const parentOf = new Int32Array(records.length).fill(-1);
  const firstChild = new Int32Array(records.length).fill(-1);
  const nextSibling = new Int32Array(records.length).fill(-1);
  for (let i = records.length - 1; i >= 0; i--) {
    const p = records[i]!.parent;
    if (p === null) continue;
    const pi = cascade.indexOf(p);
    parentOf[i] = pi;
    nextSibling[i] = firstChild[pi]!;
    firstChild[pi] = i;
  }
  const order = new Int32Array(records.length);
  let n = 0;
  for (let i = 0; i < records.length; i++) if (parentOf[i] === -1) order[n++] = i;
  for (let h = 0; h < n; h++) for (let c = firstChild[order[h]!]!; c !== -1; c = nextSibling[c]!) order[n++] = c;
  const subtree: Sums[] = own.map((s) => ({ ...s }));
  for (let h = n - 1; h >= 0; h--) {
    const i = order[h]!;
    const s = subtree[i]!;
    const count = weighted ? s.measuredIndicators : s.measuredResults;
    if (count > 0) partial[i]!.subtreePercent = (weighted ? s.indicatorSum : s.resultSum) / count;
    const p = parentOf[i]!;
    if (p >= 0) add(subtree[p]!, s);
  }
  const tiers = TIERS.filter((t) => byTier.has(t)).map((tier) => ({ tier, ...summary(byTier.get(tier)!, weighted) }));
  const report: AchievementReport = {
    year,
    method,
    mean,
    results: partial,
    result: (id) => (cascade.has(id) ? partial[cascade.indexOf(id)] : undefined),
    tiers,
    document: summary(document, weighted),
    ...(options.period === undefined ? {} : { period: options.period }),
  };
  return report;
}
