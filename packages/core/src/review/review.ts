/**
 * `review(cascade, options)`: the reviu pohon kinerja. Runs every rule that is not turned off
 * (the built-in rules and any `plugins`), collects all findings (it never stops at the first),
 * and returns them in document order.
 *
 * @module
 */
import type { Cascade } from '../cascade.js';
import { RuleError, RuleOptionsError, UsageError } from '../errors.js';
import type { Locale } from '../renderer.js';
import { safeParse } from '../schema-zod.js';
import type { Workspace } from '../workspace/workspace.js';
import type { RuleModule } from './api.js';
import { buildGraph, findingPath, formatMessage, runRules, type RawFinding } from './engine.js';
import { BUILTIN_RULES, ruleUrl } from './registry.js';
import { collectRules } from './collect.js';
import { assertCascade } from '../assert-cascade.js';
import type { Diagnostic, ReviewOptions, RuleEntry, RuleSetting, Severity } from './types.js';

const SETTINGS = new Set<string>(['off', 'error', 'warning', 'info']);
/** The built-in rules, for what only they have (a section in pokin's rule docs). */
const BUILTIN_SET: ReadonlySet<RuleModule> = new Set(BUILTIN_RULES);

/** A rule's setting split into severity and options. */
function entryOf(id: string, entry: RuleEntry): { setting: RuleSetting; options: unknown } {
  const [setting, options] = Array.isArray(entry) ? entry : [entry, undefined];
  if (typeof setting !== 'string' || !SETTINGS.has(setting)) {
    throw new UsageError(`@pokin/core review: rule "${id}" is set to "${String(setting)}"; use "off", "error", "warning" or "info"`);
  }
  return { setting: setting as RuleSetting, options };
}

/**
 * The severity of each rule after the options, or `'off'`. Throws `UsageError` on an unknown rule
 * id or setting, `RuleOptionsError` (a `UsageError`) on options a rule that is on refuses, and
 * `RuleError` on a plug-in rule it cannot load, as `review` does. `own` are pokin's rules besides
 * the built-in review rules that the settings may name (the workspace rules).
 */
export function resolveRuleSettings(
  rules: ReviewOptions['rules'] = {},
  plugins?: ReviewOptions['plugins'],
  own: readonly RuleModule[] = [],
): Map<string, RuleSetting> {
  const byId = new Map(collectRules(plugins, own).map((r) => [r.meta.id, r]));
  const out = new Map<string, RuleSetting>();
  for (const [id, r] of byId) out.set(id, r.meta.defaultSeverity);
  for (const [id, entry] of Object.entries(rules)) {
    const rule = byId.get(id);
    if (rule === undefined) throw new UsageError(`@pokin/core review: unknown rule "${id}" in options.rules`);
    const { setting, options } = entryOf(id, entry);
    if (setting !== 'off' && options !== undefined) ruleOptions(rule, options);
    out.set(id, setting);
  }
  return out;
}

/** A rule's options through its schema. */
function ruleOptions(rule: RuleModule, given: unknown): unknown {
  const schema = rule.meta.options;
  if (schema === undefined) {
    // A built-in rule without a schema takes no options; a plug-in without one gets them as given.
    if (given !== undefined && BUILTIN_RULES.includes(rule))
      throw new UsageError(`@pokin/core review: rule "${rule.meta.id}" takes no options`);
    return given ?? {};
  }
  const parsed = safeParse(schema, given ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RuleOptionsError(rule.meta.id, issue?.path.join('.') ?? '', issue?.message ?? 'invalid');
  }
  return parsed.data;
}

/** The `asOf` option as `YYYY-MM-DD`; today when absent. */
function asOfDay(asOf: ReviewOptions['asOf']): string {
  if (asOf === undefined) return new Date().toISOString().slice(0, 10);
  if (asOf instanceof Date && !Number.isNaN(asOf.getTime())) return asOf.toISOString().slice(0, 10);
  if (typeof asOf === 'string' && /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/.test(asOf)) return asOf;
  throw new UsageError(`@pokin/core review: asOf must be a date YYYY-MM-DD, got "${String(asOf)}"`);
}

/**
 * Reviews a cascade (reviu pohon kinerja): every built-in rule and every plug-in rule that is not
 * turned off. Returns the findings sorted in document order: document-level findings (context,
 * CSF, whole-tree) first, then by result, then by indicator, then in rule order.
 *
 * @throws {@link UsageError} when `options.rules` names an unknown rule, an unknown setting or
 * options its schema refuses (a {@link RuleOptionsError}), or when two rules share an id.
 */
export function review(cascade: Cascade, options: ReviewOptions = {}): Diagnostic[] {
  assertCascade(cascade, '@pokin/core review');
  return reviewWith(cascade, collectRules(options.plugins), options);
}

/**
 * @internal The review with a given rule list: `run` (when given) limits the rules that run to
 * those it lists, and hands a workspace to their context (`reviewWorkspace`).
 */
export function reviewWith(
  cascade: Cascade,
  all: readonly RuleModule[],
  options: ReviewOptions,
  run?: { readonly rules: ReadonlySet<RuleModule>; readonly workspace: Workspace },
): Diagnostic[] {
  if (options.locale !== undefined && options.locale !== 'id' && options.locale !== 'en') {
    throw new UsageError(`@pokin/core review: unknown locale "${String(options.locale)}"; use "id" or "en"`);
  }
  const locale: Locale = options.locale === 'en' ? 'en' : 'id';
  const byId = new Map(all.map((r) => [r.meta.id, r]));
  const given = new Map<string, { setting: RuleSetting; options: unknown }>();
  for (const [id, entry] of Object.entries(options.rules ?? {})) {
    if (!byId.has(id)) throw new UsageError(`@pokin/core review: unknown rule "${id}" in options.rules`);
    given.set(id, entryOf(id, entry));
  }
  const active: { rule: RuleModule; options: unknown; severity: Severity }[] = [];
  // (a rule whose default is 'off' runs only when options.rules sets a severity)
  for (const rule of all) {
    if (run !== undefined && !run.rules.has(rule)) continue;
    const g = given.get(rule.meta.id);
    const setting = g?.setting ?? rule.meta.defaultSeverity;
    if (setting === 'off') continue;
    active.push({ rule, options: ruleOptions(rule, g?.options), severity: setting });
  }
  const graph = buildGraph(cascade);
  const findings = runRules(cascade, graph, active, locale, run?.workspace, asOfDay(options.asOf));
  const order = documentOrder(findings, graph.results.length);
  // A plug-in rule links to its own page when it names one; pokin's docs have no section for it.
  // (The workspace rules, which `run` names, are pokin's own too.)
  const urls = active.map(
    ({ rule }) => rule.meta.url ?? (BUILTIN_SET.has(rule) || run?.rules.has(rule) === true ? ruleUrl(rule.meta.id, locale) : undefined),
  );
  const out = new Array<Diagnostic>(order.length);
  let rule: RuleModule;
  let messageId = '';
  // A placeholder the report's data lacks: found here, when the finding is written, not in the visit.
  const missing = (placeholder: string): never => {
    throw new RuleError('data-missing', rule.meta.id, `reported message "${messageId}" without data for its placeholder {${placeholder}}`, {
      messageId,
      placeholder,
    });
  };
  for (let j = 0; j < order.length; j++) {
    const f = findings[order[j]!]!;
    const { severity } = active[f.rule]!;
    rule = active[f.rule]!.rule;
    messageId = f.messageId;
    const template = rule.meta.messages[f.messageId]!;
    const d: {
      rule: string;
      severity: Severity;
      message: string;
      resultId?: string;
      indicatorId?: string;
      indicatorIndex?: number;
      path?: string;
      url?: string;
    } = { rule: rule.meta.id, severity, message: formatMessage(template[locale], f.data, locale, missing) };
    if (f.result >= 0) {
      const node = graph.results[f.result]!;
      d.resultId = node.id;
      if (f.indicator >= 0) {
        d.indicatorIndex = f.indicator;
        const iid = node.record.indicators[f.indicator]?.id;
        if (iid !== undefined) d.indicatorId = iid;
      }
    }
    const path = findingPath(f, graph.results);
    if (path !== undefined) d.path = path;
    const url = urls[f.rule];
    if (url !== undefined) d.url = url;
    out[j] = d;
  }
  return out;
}

/**
 * Positions of `findings` in document order: document-level findings first, then by result, then
 * by indicator (result-level findings first), then by rule, then in report order. A counting
 * sort by result, then a sort of each result's findings.
 */
function documentOrder(findings: readonly RawFinding[], results: number): Int32Array {
  const m = findings.length;
  const start = new Int32Array(results + 2);
  for (let f = 0; f < m; f++) start[findings[f]!.result + 2]!++;
  for (let b = 1; b < start.length; b++) start[b]! += start[b - 1]!;
  const order = new Int32Array(m);
  for (let f = 0; f < m; f++) order[start[findings[f]!.result + 1]!++] = f;
  const cmp = (a: number, b: number): number => {
    const fa = findings[a]!;
    const fb = findings[b]!;
    return fa.indicator - fb.indicator || fa.rule - fb.rule || a - b;
  };
  let lo = 0;
  for (let b = 0; b < start.length - 1; b++) {
    const hi = start[b]!;
    if (hi - lo > 1) order.subarray(lo, hi).sort(cmp);
    lo = hi;
  }
  return order;
}

/** Counts of diagnostics by severity. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) out[d.severity]++;
  return out;
}

/** One line for a diagnostic: `error indicator-missing results[3] (IM1): message`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [
    d.path,
    d.resultId === undefined ? undefined : `(${d.resultId}${d.indicatorId === undefined ? '' : ` / ${d.indicatorId}`})`,
  ]
    .filter((x) => x !== undefined)
    .join(' ');
  return `${d.severity} ${d.rule}${where === '' ? '' : ` ${where}`}: ${d.message}`;
}
