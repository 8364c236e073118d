/**
 * Target rules: targets for every year of the period and none outside it, a baseline before them,
 * targets that move the way the indicator's `polarity` says, and percentages within 0-100.
 * Values may be numbers or Indonesian number strings ("9,27", "1.234,5"); ranges ("9,27-9,09")
 * and free text are skipped by the direction checks.
 *
 * @module
 */
import type { ReviewContext } from '../context.js';
import { indicatorPath } from '../context.js';
import { messages } from '../messages.js';
import { comparable, readValue, type ReadValue } from '../number.utils.js';
import { defineRule } from '../rule.js';
import type { Indicator, Value } from '../../schema.js';
import { unitClass } from '../text.utils.js';

/** The indicator's targets in year order (read once per review; see `IndicatorInfo.targets`). */
let current: readonly { readonly year: string; readonly raw: Value; readonly read: ReadValue }[] = [];
const hasTargets = (_ind: Readonly<Indicator>): boolean => current.length > 0;
const show = (v: Value): string => (typeof v === 'number' ? String(v) : v);

/** Runs `fn` on every indicator; while it runs, `hasTargets` and `sortedTargets` answer for that indicator. */
function eachIndicator(ctx: ReviewContext, fn: (i: number, k: number, ind: Readonly<Indicator>) => void): void {
  const { records } = ctx;
  for (let i = 0; i < records.length; i++) {
    const inds = records[i]!.indicators;
    if (inds.length === 0) continue;
    const infos = ctx.indicatorInfos(i);
    for (let k = 0; k < inds.length; k++) {
      current = infos[k]!.targets;
      fn(i, k, inds[k]!);
    }
  }
  current = [];
}

/** Sorted target years with their read values (cached per review). */
const sortedTargets = (_ctx: ReviewContext, _i: number, _k: number) => current;

/** An indicator without targets. */
export const targetsMissing = defineRule({
  id: 'targets-missing',
  defaultSeverity: 'info',
  family: 'target',
  description: {
    id: 'IK punya target. Bila tidak satu pun IK bertarget, temuan dilaporkan sekali untuk seluruh dokumen.',
    en: 'An indicator has targets. When no indicator has any, this is reported once for the whole document.',
  },
  messages: ['targetsMissing', 'targetsMissingAll'],
  check(ctx, report) {
    let total = 0;
    let with_ = 0;
    eachIndicator(ctx, (_i, _k, ind) => {
      total++;
      if (hasTargets(ind)) with_++;
    });
    if (total === 0) return;
    if (with_ === 0) {
      report({ path: 'results', message: messages.targetsMissingAll({ count: total }) });
      return;
    }
    eachIndicator(ctx, (i, k, ind) => {
      if (!hasTargets(ind)) report({ result: i, indicator: k, path: indicatorPath(i, k, 'targets'), message: messages.targetsMissing() });
    });
  },
});

/** Targets without a baseline. */
export const baselineMissing = defineRule({
  id: 'baseline-missing',
  defaultSeverity: 'info',
  family: 'target',
  description: {
    id: 'IK bertarget punya baseline (kondisi awal). Bila tidak satu pun IK punya baseline, temuan dilaporkan sekali untuk seluruh dokumen.',
    en: 'An indicator with targets has a baseline. When no indicator has one, this is reported once for the whole document.',
  },
  messages: ['baselineMissing', 'baselineMissingAll'],
  check(ctx, report) {
    let total = 0;
    let with_ = 0;
    eachIndicator(ctx, (_i, _k, ind) => {
      total++;
      if (ind.baseline !== undefined) with_++;
    });
    if (total === 0) return;
    if (with_ === 0) {
      report({ path: 'results', message: messages.baselineMissingAll({ count: total }) });
      return;
    }
    eachIndicator(ctx, (i, k, ind) => {
      if (ind.baseline === undefined && hasTargets(ind)) report({ result: i, indicator: k, path: indicatorPath(i, k, 'baseline'), message: messages.baselineMissing() });
    });
  },
});

/** A year of the period without a target. */
export const targetYearMissing = defineRule({
  id: 'target-year-missing',
  defaultSeverity: 'warning',
  family: 'target',
  description: {
    id: 'IK yang bertarget punya target untuk setiap tahun dalam `period`.',
    en: 'An indicator with targets has one for every year of `period`.',
  },
  messages: ['targetYearMissing'],
  check(ctx, report) {
    const period = ctx.cascade.period;
    if (period === undefined) return;
    eachIndicator(ctx, (i, k, ind) => {
      if (!hasTargets(ind)) return;
      const missing: number[] = [];
      const t = ind.targets as Readonly<Record<number, Value | undefined>>;
      for (let y = period.start; y <= period.end; y++) if (t[y] === undefined) missing.push(y);
      if (missing.length > 0) report({ result: i, indicator: k, path: indicatorPath(i, k, 'targets'), message: messages.targetYearMissing({ years: missing }) });
    });
  },
});

/** A target for a year outside the period. */
export const targetOutsidePeriod = defineRule({
  id: 'target-outside-period',
  defaultSeverity: 'warning',
  family: 'target',
  description: {
    id: 'Tahun target berada dalam `period` dokumen.',
    en: 'Target years lie within the document\'s `period`.',
  },
  messages: ['targetOutsidePeriod'],
  check(ctx, report) {
    const period = ctx.cascade.period;
    if (period === undefined) return;
    eachIndicator(ctx, (i, k, ind) => {
      if (!hasTargets(ind)) return;
      const outside = current.filter((t) => Number(t.year) < period.start || Number(t.year) > period.end).map((t) => t.year);
      if (outside.length > 0) {
        report({ result: i, indicator: k, path: indicatorPath(i, k, `targets.${outside[0]}`), message: messages.targetOutsidePeriod({ years: outside, start: period.start, end: period.end }) });
      }
    });
  },
});

/** A baseline dated at or after the first target. */
export const baselineAfterTarget = defineRule({
  id: 'baseline-after-target',
  defaultSeverity: 'warning',
  family: 'target',
  description: {
    id: 'Tahun baseline sebelum tahun target pertama.',
    en: 'The baseline year comes before the first target year.',
  },
  messages: ['baselineAfterTarget'],
  check(ctx, report) {
    eachIndicator(ctx, (i, k, ind) => {
      if (ind.baseline === undefined || !hasTargets(ind)) return;
      const first = sortedTargets(ctx, i, k)[0]!.year;
      if (ind.baseline.year >= Number(first)) {
        report({ result: i, indicator: k, path: indicatorPath(i, k, 'baseline.year'), message: messages.baselineAfterTarget({ baselineYear: ind.baseline.year, firstYear: first }) });
      }
    });
  },
});

/** Targets that move against the polarity. */
export const targetAgainstPolarity = defineRule({
  id: 'target-against-polarity',
  defaultSeverity: 'warning',
  family: 'target',
  description: {
    id: 'Target bergerak searah polaritas: `up` tidak turun dari tahun ke tahun, `down` tidak naik.',
    en: 'Targets move with the polarity: `up` never decreases from year to year, `down` never increases.',
  },
  messages: ['targetAgainstPolarity'],
  check(ctx, report) {
    eachIndicator(ctx, (i, k, ind) => {
      const polarity = ind.polarity;
      if ((polarity !== 'up' && polarity !== 'down') || !hasTargets(ind)) return;
      let prev: { year: string; raw: Value; score: number; scale: string } | undefined;
      for (const t of sortedTargets(ctx, i, k)) {
        const c = comparable(t.read);
        if (c === undefined) continue;
        if (prev !== undefined && prev.scale === c.scale && (polarity === 'up' ? c.score < prev.score : c.score > prev.score)) {
          report({
            result: i,
            indicator: k,
            path: indicatorPath(i, k, `targets.${t.year}`),
            message: messages.targetAgainstPolarity({ polarity, year: t.year, value: show(t.raw), prevYear: prev.year, prevValue: show(prev.raw) }),
          });
          return;
        }
        prev = { year: t.year, raw: t.raw, ...c };
      }
    });
  },
});

/** A target worse than the baseline. */
export const targetWorseThanBaseline = defineRule({
  id: 'target-worse-than-baseline',
  defaultSeverity: 'warning',
  family: 'target',
  description: {
    id: 'Target tidak lebih buruk dari baseline: di bawah baseline untuk IK `up`, di atas baseline untuk IK `down`.',
    en: 'No target is worse than the baseline: below it for an `up` indicator, above it for a `down` one.',
  },
  messages: ['targetWorseThanBaseline'],
  check(ctx, report) {
    eachIndicator(ctx, (i, k, ind) => {
      const polarity = ind.polarity;
      if ((polarity !== 'up' && polarity !== 'down') || ind.baseline === undefined || !hasTargets(ind)) return;
      const base = comparable(readValue(ind.baseline.value));
      if (base === undefined) return;
      for (const t of sortedTargets(ctx, i, k)) {
        const c = comparable(t.read);
        if (c === undefined || c.scale !== base.scale) continue;
        if (polarity === 'up' ? c.score < base.score : c.score > base.score) {
          report({
            result: i,
            indicator: k,
            path: indicatorPath(i, k, `targets.${t.year}`),
            message: messages.targetWorseThanBaseline({ polarity, year: t.year, value: show(t.raw), baseline: show(ind.baseline.value) }),
          });
          return;
        }
      }
    });
  },
});

/** Targets without a polarity. */
export const polarityMissing = defineRule({
  id: 'polarity-missing',
  defaultSeverity: 'info',
  family: 'target',
  description: {
    id: 'IK yang targetnya dapat dibandingkan (dua target, atau target dan baseline) menyebut `polarity`.',
    en: 'An indicator whose targets can be compared (two targets, or a target and a baseline) states its `polarity`.',
  },
  messages: ['polarityMissing'],
  check(ctx, report) {
    eachIndicator(ctx, (i, k, ind) => {
      if (ind.polarity !== undefined || !hasTargets(ind)) return;
      const n = current.length + (ind.baseline === undefined ? 0 : 1);
      if (n >= 2) report({ result: i, indicator: k, path: indicatorPath(i, k, 'polarity'), message: messages.polarityMissing() });
    });
  },
});

const GROWTH = /\b(?:pertumbuhan|kenaikan|peningkatan|penurunan|perubahan|laju|deviasi|selisih)\b/;

/** A percentage outside 0-100. */
export const percentageOutOfRange = defineRule({
  id: 'percentage-out-of-range',
  defaultSeverity: 'warning',
  family: 'target',
  description: {
    id: 'Baseline dan target IK persentase (kecuali pertumbuhan/perubahan) berada antara 0 dan 100.',
    en: 'Baselines and targets of a percentage indicator (other than growth or change) lie between 0 and 100.',
  },
  messages: ['percentageOutOfRange'],
  check(ctx, report) {
    eachIndicator(ctx, (i, k, ind) => {
      if (!hasTargets(ind) && ind.baseline === undefined) return;
      const info = ctx.indicatorInfos(i)[k]!;
      const norm = info.norm;
      const isPercent = info.measure.form === 'percent' || (ind.unit !== undefined && unitClass(ind.unit) === 'percent');
      if (!isPercent || GROWTH.test(norm)) return;
      const bad = (v: ReadValue): boolean =>
        (v.kind === 'number' && (v.value < 0 || v.value > 100)) || (v.kind === 'range' && (v.low < 0 || v.high > 100));
      if (ind.baseline !== undefined && bad(readValue(ind.baseline.value))) {
        report({ result: i, indicator: k, path: indicatorPath(i, k, 'baseline.value'), message: messages.percentageOutOfRange({ where: 'baseline', value: show(ind.baseline.value) }) });
        return;
      }
      for (const t of sortedTargets(ctx, i, k)) {
        if (bad(t.read)) {
          report({ result: i, indicator: k, path: indicatorPath(i, k, `targets.${t.year}`), message: messages.percentageOutOfRange({ where: t.year, value: show(t.raw) }) });
          return;
        }
      }
    });
  },
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
