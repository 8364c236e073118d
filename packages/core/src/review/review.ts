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
  const found: { finding: Finding; rule: number; severity: Severity; seq: number }[] = [];
  let seq = 0;
  RULE_DEFINITIONS.forEach((rule, r) => {
    const setting = settings.get(rule.id)!;
    if (setting === 'off') return;
    rule.check(ctx, (finding) => found.push({ finding, rule: r, severity: setting, seq: seq++ }));
  });
  found.sort(
    (a, b) =>
      (a.finding.result ?? -1) - (b.finding.result ?? -1) ||
      (a.finding.indicator ?? -1) - (b.finding.indicator ?? -1) ||
      a.rule - b.rule ||
      a.seq - b.seq,
  );
  const { records } = ctx;
  const out: Diagnostic[] = new Array(found.length);
  for (let j = 0; j < found.length; j++) {
    const { finding, rule, severity } = found[j]!;
    const id = RULE_DEFINITIONS[rule]!.id;
    const d: {
      rule: string;
      severity: Severity;
      message: string;
      resultId?: string;
      indicatorId?: string;
      indicatorIndex?: number;
      path?: string;
      url?: string;
    } = { rule: id, severity, message: locale === 'en' ? finding.message.en : finding.message.id };
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
    d.url = ruleUrl(id);
    out[j] = d;
  }
  return out;
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
