/**
 * Target rules: targets for every year of the period and none outside it, a baseline before them,
 * targets that move the way the indicator's `polarity` says, and percentages within 0-100.
 * Values may be numbers or Indonesian number strings ("9,27", "1.234,5"); ranges ("9,27-9,09")
 * and free text are skipped by the direction checks.
 *
 * The rules share one pass over the indicators (`targetPass`): each indicator's targets are read
 * once, and every rule takes its findings from the pass.
 *
 * @module
 */
import type { Finding, ReviewContext } from '../context.js';
import { indicatorPath } from '../context.js';
import { messages } from '../messages.js';
import { comparable, readValue } from '../number.utils.js';
import { defineRule, type RuleDefinition } from '../rule.js';
import type { Indicator, Value } from '../../schema.js';
import { GROWTH_WORD, indicatorFacts, measureOf, unitOf, type IndicatorFacts } from '../indicator-facts.js';

const show = (v: Value): string => (typeof v === 'number' ? String(v) : v);

type TargetRuleId =
  | 'targets-missing'
  | 'baseline-missing'
  | 'target-year-missing'
  | 'target-outside-period'
  | 'baseline-after-target'
  | 'target-against-polarity'
  | 'target-worse-than-baseline'
  | 'polarity-missing'
  | 'percentage-out-of-range';

type Findings = Record<TargetRuleId, Finding[]>;

const NO_YEARS: readonly string[] = Object.freeze([]);

/** One pass over every indicator, producing the findings of all target rules. */
function targetPass(ctx: ReviewContext): Findings {
  const out: Findings = {
    'targets-missing': [],
    'baseline-missing': [],
    'target-year-missing': [],
    'target-outside-period': [],
    'baseline-after-target': [],
    'target-against-polarity': [],
    'target-worse-than-baseline': [],
    'polarity-missing': [],
    'percentage-out-of-range': [],
  };
  const period = ctx.cascade.period;
  const { records, indicatorStart, indicators } = ctx;
  const facts = indicatorFacts(ctx);
  let total = 0;
  let withTargets = 0;
  let withBaseline = 0;
  const noTargets: Finding[] = [];
  const noBaseline: Finding[] = [];
  for (let i = 0; i < records.length; i++) {
    const base = indicatorStart[i]!;
    for (let k = 0; k < indicatorStart[i + 1]! - base; k++) {
      const ind = indicators[base + k]!;
      total++;
      if (ind.baseline !== undefined) withBaseline++;
      // Integer-like keys enumerate in ascending order and target years have four digits, so
      // Object.keys gives the years in order.
      const years: readonly string[] = ind.targets === undefined ? NO_YEARS : Object.keys(ind.targets);
      if (years.length === 0) {
        noTargets.push({ result: i, indicator: k, path: indicatorPath(i, k, 'targets'), message: messages.targetsMissing() });
        checkPercent(facts, base + k, out, i, k, ind, years);
        continue;
      }
      withTargets++;
      if (ind.baseline === undefined) noBaseline.push({ result: i, indicator: k, path: indicatorPath(i, k, 'baseline'), message: messages.baselineMissing() });
      if (period !== undefined) {
        const t = ind.targets as Readonly<Record<number, Value | undefined>>;
        let missing: number[] | undefined;
        for (let y = period.start; y <= period.end; y++) if (t[y] === undefined) (missing ??= []).push(y);
        if (missing !== undefined) out['target-year-missing'].push({ result: i, indicator: k, path: indicatorPath(i, k, 'targets'), message: messages.targetYearMissing({ years: missing }) });
        let outside: string[] | undefined;
        for (let j = 0; j < years.length; j++) {
          const y = Number(years[j]);
          if (y < period.start || y > period.end) (outside ??= []).push(years[j]!);
        }
        if (outside !== undefined) {
          out['target-outside-period'].push({
            result: i,
            indicator: k,
            path: indicatorPath(i, k, `targets.${outside[0]}`),
            message: messages.targetOutsidePeriod({ years: outside, start: period.start, end: period.end }),
          });
        }
      }
      if (ind.baseline !== undefined && ind.baseline.year >= Number(years[0])) {
        out['baseline-after-target'].push({
          result: i,
          indicator: k,
          path: indicatorPath(i, k, 'baseline.year'),
          message: messages.baselineAfterTarget({ baselineYear: ind.baseline.year, firstYear: years[0]! }),
        });
      }
      if (ind.polarity === undefined && years.length + (ind.baseline === undefined ? 0 : 1) >= 2) {
        out['polarity-missing'].push({ result: i, indicator: k, path: indicatorPath(i, k, 'polarity'), message: messages.polarityMissing() });
      }
      if (ind.polarity === 'up' || ind.polarity === 'down') checkDirection(out, i, k, ind, ind.polarity, years);
      checkPercent(facts, base + k, out, i, k, ind, years);
    }
  }
  if (total > 0) {
    if (withTargets === 0) out['targets-missing'].push({ path: 'results', message: messages.targetsMissingAll({ count: total }) });
    else out['targets-missing'] = noTargets;
    if (withBaseline === 0) out['baseline-missing'].push({ path: 'results', message: messages.baselineMissingAll({ count: total }) });
    else out['baseline-missing'] = noBaseline;
  }
  return out;
}

/** Scale of the last {@link scoreOf} (0 number, 1 SAKIP grade, 2 BPK opinion); set alongside its score so no object is allocated per value. */
let lastScale = 0;
const SCALES: Readonly<Record<string, number>> = { number: 0, sakip: 1, opini: 2 };

/** The comparable score of a value ({@link comparable}), `NaN` when it has none; its scale goes to `lastScale`. */
function scoreOf(raw: Value): number {
  if (typeof raw === 'number') {
    lastScale = 0;
    return Number.isFinite(raw) ? raw : NaN;
  }
  const c = comparable(readValue(raw));
  if (c === undefined) return NaN;
  lastScale = SCALES[c.scale] ?? 3;
  return c.score;
}

function checkDirection(out: Findings, i: number, k: number, ind: Readonly<Indicator>, polarity: 'up' | 'down', years: readonly string[]): void {
  const targets = ind.targets!;
  const up = polarity === 'up';
  let prevYear = '';
  let prevRaw: Value = 0;
  let prevScore = NaN;
  let prevScale = -1;
  let movedAgainst = false;
  const baseScore = ind.baseline === undefined ? NaN : scoreOf(ind.baseline.value);
  const baseScale = lastScale;
  let belowBase = false;
  for (let j = 0; j < years.length; j++) {
    const year = years[j]!;
    const raw = targets[year]!;
    const score = scoreOf(raw);
    if (Number.isNaN(score)) continue;
    const scale = lastScale;
    if (!movedAgainst && prevScale === scale && (up ? score < prevScore : score > prevScore)) {
      movedAgainst = true;
      out['target-against-polarity'].push({
        result: i,
        indicator: k,
        path: indicatorPath(i, k, `targets.${year}`),
        message: messages.targetAgainstPolarity({ polarity, year, value: show(raw), prevYear, prevValue: show(prevRaw) }),
      });
    }
    if (!belowBase && !Number.isNaN(baseScore) && baseScale === scale && (up ? score < baseScore : score > baseScore)) {
      belowBase = true;
      out['target-worse-than-baseline'].push({
        result: i,
        indicator: k,
        path: indicatorPath(i, k, `targets.${year}`),
        message: messages.targetWorseThanBaseline({ polarity, year, value: show(raw), baseline: show(ind.baseline!.value) }),
      });
    }
    prevYear = year;
    prevRaw = raw;
    prevScore = score;
    prevScale = scale;
  }
}

/** True when a value read as a number or range lies outside 0-100. */
function outOfPercent(raw: Value): boolean {
  if (typeof raw === 'number') return Number.isFinite(raw) && (raw < 0 || raw > 100);
  const v = readValue(raw);
  return (v.kind === 'number' && (v.value < 0 || v.value > 100)) || (v.kind === 'range' && (v.low < 0 || v.high > 100));
}

/** Checks indicator `q` (result `i`'s `k`th) for percentages outside 0-100. */
function checkPercent(facts: IndicatorFacts, q: number, out: Findings, i: number, k: number, ind: Readonly<Indicator>, years: readonly string[]): void {
  if (years.length === 0 && ind.baseline === undefined) return;
  const isPercent = measureOf(facts.measure[q]!) === 'percent' || unitOf(facts.unit[q]!) === 'percent';
  if (!isPercent || (facts.flags[q]! & GROWTH_WORD) !== 0) return;
  if (ind.baseline !== undefined && outOfPercent(ind.baseline.value)) {
    out['percentage-out-of-range'].push({
      result: i,
      indicator: k,
      path: indicatorPath(i, k, 'baseline.value'),
      message: messages.percentageOutOfRange({ where: 'baseline', value: show(ind.baseline.value) }),
    });
    return;
  }
  for (let j = 0; j < years.length; j++) {
    const year = years[j]!;
    const raw = ind.targets![year]!;
    if (outOfPercent(raw)) {
      out['percentage-out-of-range'].push({ result: i, indicator: k, path: indicatorPath(i, k, `targets.${year}`), message: messages.percentageOutOfRange({ where: year, value: show(raw) }) });
      return;
    }
  }
}

/** A target rule: metadata, and its findings taken from the shared pass. */
function targetRule(rule: Omit<RuleDefinition, 'check' | 'family'> & { readonly id: TargetRuleId }): RuleDefinition {
  return defineRule({
    ...rule,
    family: 'target',
    check(ctx, report) {
      for (const f of ctx.memo(targetPass, () => targetPass(ctx))[rule.id]) report(f);
    },
  });
}

/** An indicator without targets. */
export const targetsMissing = targetRule({
  id: 'targets-missing',
  defaultSeverity: 'info',
  description: {
    id: 'IK punya target. Bila tidak satu pun IK bertarget, temuan dilaporkan sekali untuk seluruh dokumen.',
    en: 'An indicator has targets. When no indicator has any, this is reported once for the whole document.',
  },
  messages: ['targetsMissing', 'targetsMissingAll'],
});

/** Targets without a baseline. */
export const baselineMissing = targetRule({
  id: 'baseline-missing',
  defaultSeverity: 'info',
  description: {
    id: 'IK bertarget punya baseline (kondisi awal). Bila tidak satu pun IK punya baseline, temuan dilaporkan sekali untuk seluruh dokumen.',
    en: 'An indicator with targets has a baseline. When no indicator has one, this is reported once for the whole document.',
  },
  messages: ['baselineMissing', 'baselineMissingAll'],
});

/** A year of the period without a target. */
export const targetYearMissing = targetRule({
  id: 'target-year-missing',
  defaultSeverity: 'warning',
  description: {
    id: 'IK yang bertarget punya target untuk setiap tahun dalam `period`.',
    en: 'An indicator with targets has one for every year of `period`.',
  },
  messages: ['targetYearMissing'],
});

/** A target for a year outside the period. */
export const targetOutsidePeriod = targetRule({
  id: 'target-outside-period',
  defaultSeverity: 'warning',
  description: {
    id: 'Tahun target berada dalam `period` dokumen.',
    en: 'Target years lie within the document\'s `period`.',
  },
  messages: ['targetOutsidePeriod'],
});

/** A baseline dated at or after the first target. */
export const baselineAfterTarget = targetRule({
  id: 'baseline-after-target',
  defaultSeverity: 'warning',
  description: {
    id: 'Tahun baseline sebelum tahun target pertama.',
    en: 'The baseline year comes before the first target year.',
  },
  messages: ['baselineAfterTarget'],
});

/** Targets that move against the polarity. */
export const targetAgainstPolarity = targetRule({
  id: 'target-against-polarity',
  defaultSeverity: 'warning',
  description: {
    id: 'Target bergerak searah polaritas: `up` tidak turun dari tahun ke tahun, `down` tidak naik.',
    en: 'Targets move with the polarity: `up` never decreases from year to year, `down` never increases.',
  },
  messages: ['targetAgainstPolarity'],
});

/** A target worse than the baseline. */
export const targetWorseThanBaseline = targetRule({
  id: 'target-worse-than-baseline',
  defaultSeverity: 'warning',
  description: {
    id: 'Target tidak lebih buruk dari baseline: di bawah baseline untuk IK `up`, di atas baseline untuk IK `down`.',
    en: 'No target is worse than the baseline: below it for an `up` indicator, above it for a `down` one.',
  },
  messages: ['targetWorseThanBaseline'],
});

/** Targets without a polarity. */
export const polarityMissing = targetRule({
  id: 'polarity-missing',
  defaultSeverity: 'info',
  description: {
    id: 'IK yang targetnya dapat dibandingkan (dua target, atau target dan baseline) menyebut `polarity`.',
    en: 'An indicator whose targets can be compared (two targets, or a target and a baseline) states its `polarity`.',
  },
  messages: ['polarityMissing'],
});

/** A percentage outside 0-100. */
export const percentageOutOfRange = targetRule({
  id: 'percentage-out-of-range',
  defaultSeverity: 'warning',
  description: {
    id: 'Baseline dan target IK persentase (kecuali pertumbuhan/perubahan) berada antara 0 dan 100.',
    en: 'Baselines and targets of a percentage indicator (other than growth or change) lie between 0 and 100.',
  },
  messages: ['percentageOutOfRange'],
});

/** The target rules. */
export const targetRules = [
  targetsMissing,
  baselineMissing,
  targetYearMissing,
  targetOutsidePeriod,
  baselineAfterTarget,
  targetAgainstPolarity,
  targetWorseThanBaseline,
  polarityMissing,
  percentageOutOfRange,
] as const;
