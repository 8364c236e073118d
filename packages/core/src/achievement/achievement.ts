/**
 * `achievement(cascade, { year, period?, method?, mean? })`: capaian kinerja per indicator, per
 * result, per subtree, per tier and for the document. Pure and linear in the document's size.
 *
 * @module
 */
import { cascadeStore, type Cascade } from '../cascade.js';
import { UsageError } from '../errors.js';
import { TIERS, type Tier } from '../levels.js';
import type { ResultRecord } from '../result.js';
import { indicatorAchievement, type YearContext } from './indicator.js';
import { isPeriodKey } from './periods.js';
import type { AchievementOptions, AchievementReport, AchievementSummary, IndicatorAchievement, ResultAchievement } from './types.js';

/** The Renstra end year of a cascade: `period.end`, else its last target year (`undefined` without targets). */
function endYearOf(cascade: Cascade): string | undefined {
  if (cascade.period !== undefined) return String(cascade.period.end);
  let last: string | undefined;
  for (const r of cascade.results())
    for (const ind of r.indicators)
      if (ind.targets !== undefined) for (const y of Object.keys(ind.targets)) if (last === undefined || y > last) last = y;
  return last;
}

/** Running sums of a roll-up (a tier's, the document's). */
interface Sums {
  results: number;
  measuredResults: number;
  resultSum: number;
  indicators: number;
  measuredIndicators: number;
  indicatorSum: number;
}

const zero = (): Sums => ({ results: 0, measuredResults: 0, resultSum: 0, indicators: 0, measuredIndicators: 0, indicatorSum: 0 });

/** Adds a result with `count` indicators, `measured` of them with a capaian summing to `sum`. */
function addResult(s: Sums, count: number, measured: number, sum: number): void {
  s.results++;
  s.indicators += count;
  s.measuredIndicators += measured;
  s.indicatorSum += sum;
  if (measured > 0) {
    s.measuredResults++;
    s.resultSum += sum / measured;
  }
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

/** A result's entry, built whole (`NaN` for an absent percent), its keys in the report's order. */
function resultEntry(
  result: ResultRecord,
  tier: Tier,
  measured: number,
  indicators: readonly IndicatorAchievement[],
  percent: number,
  subtreePercent: number,
): ResultAchievement {
  if (Number.isNaN(percent))
    return Number.isNaN(subtreePercent) ? { result, tier, measured, indicators } : { result, tier, measured, indicators, subtreePercent };
  return Number.isNaN(subtreePercent)
    ? { result, tier, measured, indicators, percent }
    : { result, tier, measured, indicators, percent, subtreePercent };
}

/**
 * Results in an order with every child before its primary parent (breadth first from the roots,
 * reversed by the caller), from the parent of each result (`-1` for a root).
 */
function topDown(parentOf: Int32Array): Int32Array {
  const n = parentOf.length;
  const firstChild = new Int32Array(n).fill(-1);
  const nextSibling = new Int32Array(n).fill(-1);
  for (let i = n - 1; i >= 0; i--) {
    const p = parentOf[i]!;
    if (p < 0) continue;
    nextSibling[i] = firstChild[p]!;
    firstChild[p] = i;
  }
  const order = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) if (parentOf[i] === -1) order[k++] = i;
  for (let h = 0; h < k; h++) for (let c = firstChild[order[h]!]!; c !== -1; c = nextSibling[c]!) order[k++] = c;
  return order;
}

/**
 * Capaian kinerja of a year: per indicator the realisation against the target in percent, per
 * result the mean of its indicators, per result also the roll-up over its primary subtree, per
 * tier and for the document (plain or weighted mean, see {@link AchievementOptions.mean}).
 *
 * One pass over the indicators keeps each result's sums in typed arrays; the subtree roll-up runs
 * on those; the result entries are built last, whole.
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
  const ctx: YearContext = { year, prevYear: String(Number(year) - 1), endYear: endYearOf(cascade), upTo: options.period, method };
  const tierOf = new Map(cascade.levels.map((l) => [l.key, l.tier]));
  const records = cascade.results();
  const n = records.length;
  const indicatorsOf = new Array<IndicatorAchievement[]>(n);
  const tiers = new Array<Tier>(n);
  // Per result: its own capaian (NaN when unmeasured), and the subtree's sum and count by the mean.
  const own = new Float64Array(n);
  const measuredOf = new Int32Array(n);
  const subSum = new Float64Array(n);
  const subCount = new Float64Array(n);
  const byTier = new Map<Tier, Sums>();
  const document = zero();
  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    const count = r.indicators.length;
    const indicators = new Array<IndicatorAchievement>(count);
    let sum = 0;
    let measured = 0;
    for (let k = 0; k < count; k++) {
      const a = indicatorAchievement(r.id, k, r.indicators[k]!, ctx);
      indicators[k] = a;
      if (a.percent !== undefined) {
        sum += a.percent;
        measured++;
      }
    }
    indicatorsOf[i] = indicators;
    const tier = tierOf.get(r.level)!;
    tiers[i] = tier;
    const percent = measured > 0 ? sum / measured : NaN;
    own[i] = percent;
    subSum[i] = weighted ? sum : measured > 0 ? percent : 0;
    subCount[i] = weighted ? measured : measured > 0 ? 1 : 0;
    measuredOf[i] = measured;
    let t = byTier.get(tier);
    if (t === undefined) byTier.set(tier, (t = zero()));
    addResult(t, count, measured, sum);
    addResult(document, count, measured, sum);
  }
  // Subtree roll-ups along the primary tree, children before parents.
  const parentOf = cascadeStore(cascade).links.parentOf;
  const order = topDown(parentOf);
  for (let h = n - 1; h >= 0; h--) {
    const i = order[h]!;
    const p = parentOf[i]!;
    if (p < 0) continue;
    subSum[p] = subSum[p]! + subSum[i]!;
    subCount[p] = subCount[p]! + subCount[i]!;
  }
  const results = new Array<ResultAchievement>(n);
  for (let i = 0; i < n; i++) {
    const subtree = subCount[i]! > 0 ? subSum[i]! / subCount[i]! : NaN;
    results[i] = resultEntry(records[i]!, tiers[i]!, measuredOf[i]!, indicatorsOf[i]!, own[i]!, subtree);
  }
  return {
    year,
    method,
    mean,
    results,
    result: (id) => (cascade.has(id) ? results[cascade.indexOf(id)] : undefined),
    tiers: TIERS.filter((t) => byTier.has(t)).map((tier) => ({ tier, ...summary(byTier.get(tier)!, weighted) })),
    document: summary(document, weighted),
    ...(options.period === undefined ? {} : { period: options.period }),
  };
}
