/**
 * `review(cascade, options)`: the reviu pohon kinerja. Runs every rule that is not turned off,
 * collects all findings (it never stops at the first), and returns them in document order.
 *
 * @module
 */
import type { Cascade } from '../cascade.js';
import { UsageError } from '../errors.js';
import type { Locale } from '../renderer.js';
import { buildContext, type Finding } from './context.js';
import { RULE_DEFINITIONS, RULE_ORDER, ruleUrl } from './registry.js';
import type { Diagnostic, ReviewOptions, RuleSetting, Severity } from './types.js';

const SETTINGS = new Set<RuleSetting>(['off', 'error', 'warning', 'info']);

/** The severity of each rule after the options, or `'off'`. Throws `UsageError` on an unknown rule id or setting. */
export function resolveRuleSettings(rules: ReviewOptions['rules'] = {}): Map<string, RuleSetting> {
  const out = new Map<string, RuleSetting>();
  for (const r of RULE_DEFINITIONS) out.set(r.id, r.defaultSeverity);
  for (const [id, setting] of Object.entries(rules)) {
    if (!RULE_ORDER.has(id)) throw new UsageError(`@pokin/core review: unknown rule "${id}" in options.rules`);
    if (!SETTINGS.has(setting)) {
      throw new UsageError(`@pokin/core review: rule "${id}" is set to "${String(setting)}"; use "off", "error", "warning" or "info"`);
    }
    out.set(id, setting);
  }
  return out;
}

/**
 * Reviews a cascade (reviu pohon kinerja): every rule in {@link REVIEW_RULES} that is not turned
 * off. Returns the findings sorted in document order: document-level findings (context, CSF)
 * first, then by result, then by indicator, then in rule order.
 *
 * @throws {@link UsageError} when `options.rules` names an unknown rule or an unknown setting.
 */
export function review(cascade: Cascade, options: ReviewOptions = {}): Diagnostic[] {
  const locale: Locale = options.locale === 'en' ? 'en' : 'id';
  if (options.locale !== undefined && options.locale !== 'id' && options.locale !== 'en') {
    throw new UsageError(`@pokin/core review: unknown locale "${String(options.locale)}"; use "id" or "en"`);
  }
  const settings = resolveRuleSettings(options.rules);
  const ctx = buildContext(cascade);
  // Findings in report order (rule by rule), with their rule index; sorted below by result,
  // indicator, rule and report order without a comparator: a stable counting sort by result, then
  // an insertion sort of each result's few findings.
  const findings: Finding[] = [];
  const ruleOf: number[] = [];
  for (let r = 0; r < RULE_DEFINITIONS.length; r++) {
    const rule = RULE_DEFINITIONS[r]!;
    if (settings.get(rule.id) === 'off') continue;
    rule.check(ctx, (finding) => {
      findings.push(finding);
      ruleOf.push(r);
    });
  }
  const { records } = ctx;
  const order = documentOrder(findings, ruleOf, records.length);
  const severities = RULE_DEFINITIONS.map((rule) => settings.get(rule.id)!);
  const urls = RULE_DEFINITIONS.map((rule) => ruleUrl(rule.id));
  const en = locale === 'en';
  const out: Diagnostic[] = new Array<Diagnostic>(order.length);
  for (let j = 0; j < order.length; j++) {
    const f = order[j]!;
    const finding = findings[f]!;
    const r = ruleOf[f]!;
    const d: {
      rule: string;
      severity: Severity;
      message: string;
      resultId?: string;
      indicatorId?: string;
      indicatorIndex?: number;
      path?: string;
      url?: string;
    } = { rule: RULE_DEFINITIONS[r]!.id, severity: severities[r] as Severity, message: en ? finding.message.en : finding.message.id };
    if (finding.result !== undefined) {
      const rec = records[finding.result]!;
      d.resultId = rec.id;
      if (finding.indicator !== undefined) {
        d.indicatorIndex = finding.indicator;
        const iid = rec.indicators[finding.indicator]?.id;
        if (iid !== undefined) d.indicatorId = iid;
      }
    }
    if (finding.path !== undefined) d.path = finding.path;
    d.url = urls[r]!;
    out[j] = d;
  }
  return out;
}

/**
 * Positions of `findings` in document order: document-level findings first, then by result, then
 * by indicator (result-level findings first), then by rule, then in report order. `ruleOf[f]` is
 * the rule of finding `f`; findings arrive rule by rule, so report order already sorts by rule.
 */
function documentOrder(findings: readonly Finding[], ruleOf: readonly number[], results: number): Int32Array {
  const m = findings.length;
  // Bucket 0 holds the document-level findings, bucket i + 1 those of result i.
  const start = new Int32Array(results + 2);
  for (let f = 0; f < m; f++) start[(findings[f]!.result ?? -1) + 2]!++;
  for (let b = 1; b < start.length; b++) start[b]! += start[b - 1]!;
  const order = new Int32Array(m);
  for (let f = 0; f < m; f++) order[start[(findings[f]!.result ?? -1) + 1]!++] = f;
  // `start[b]` is now the end of bucket b; sort each bucket by (indicator, rule, report order).
  let lo = 0;
  for (let b = 0; b < start.length - 1; b++) {
    const hi = start[b]!;
    if (hi - lo > 32) {
      // A result with many findings (hundreds of indicators): a comparison sort.
      order.subarray(lo, hi).sort((f, g) => (before(findings[f]!.indicator ?? -1, ruleOf[f]!, f, g, findings, ruleOf) ? -1 : 1));
      lo = hi;
      continue;
    }
    for (let x = lo + 1; x < hi; x++) {
      const f = order[x]!;
      const key = findings[f]!.indicator ?? -1;
      let y = x - 1;
      while (y >= lo && before(key, ruleOf[f]!, f, order[y]!, findings, ruleOf)) {
        order[y + 1] = order[y]!;
        y--;
      }
      order[y + 1] = f;
    }
    lo = hi;
  }
  return order;
}

/** True when a finding with indicator `key`, rule `rule` and report position `f` comes before finding `g`. */
function before(key: number, rule: number, f: number, g: number, findings: readonly Finding[], ruleOf: readonly number[]): boolean {
  const gk = findings[g]!.indicator ?? -1;
  if (key !== gk) return key < gk;
  const gr = ruleOf[g]!;
  return rule !== gr ? rule < gr : f < g;
}

/** Counts of diagnostics by severity. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) out[d.severity]++;
  return out;
}

/** One line for a diagnostic: `error indicator-missing results[3] (IM1): message`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.path, d.resultId === undefined ? undefined : `(${d.resultId}${d.indicatorId === undefined ? '' : ` / ${d.indicatorId}`})`]
    .filter((x) => x !== undefined)
    .join(' ');
  return `${d.severity} ${d.rule}${where === '' ? '' : ` ${where}`}: ${d.message}`;
}
