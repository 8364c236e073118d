/**
 * The review engine: builds the nodes and indexes once (linear in the document), creates every
 * enabled rule's visitors, walks the results once calling them, and collects the findings. Rules
 * see only nodes and the query API; the speed lives here.
 *
 * Ids are looked up in `Map`s (V8 hashes strings with a per-process seed, so crafted ids cannot
 * flood them); `contributesTo` lists are de-duplicated here, so no rule pays for repeats.
 *
 * @module
 */
import { cascadeStore, type Cascade } from '../cascade.js';
import { RuleError } from '../errors.js';
import type { Locale } from '../renderer.js';
import type { Workspace } from '../workspace/workspace.js';
import type { DocumentView, ReportDescriptor, RuleContext, RuleModule, RuleVisitors, TextTools } from './api.js';
import { stemWord, stemSet } from './lexicon/tokens.js';
import { StemTable } from './stem-table.js';
import { TargetSeries } from './series.js';
import { levelViews } from './levels.js';
import { forgetFacts, ResultNodeImpl, type NodeStore } from './nodes.js';
import { IndicatorNodeImpl, indicatorPath } from './nodes.indicator.js';
import type { Indicator } from '../schema.js';
import { normalizeStatement, quote } from './text.utils.js';
import type { LocalizedText } from './types.js';

/** A finding as the engine keeps it until the messages are formatted. */
export interface RawFinding {
  readonly rule: number;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string | number | LocalizedText>> | undefined;
  readonly result: number;
  readonly indicator: number;
  /** The path the rule gave; when undefined, the node's own path is derived when the finding is formatted. */
  readonly path: string | undefined;
}

/** Where a finding points: the path its rule gave, else its indicator's or result's path (built only now, not per report). */
export function findingPath(f: RawFinding, results: readonly ResultNodeImpl[]): string | undefined {
  if (f.path !== undefined) return f.path;
  if (f.result < 0) return undefined;
  const node = results[f.result]!;
  return f.indicator < 0 ? node.path() : indicatorPath(f.result, f.indicator);
}

/** The graph of nodes the rules read. */
export interface ReviewGraph {
  readonly results: readonly ResultNodeImpl[];
  /** The node of a result id (the cascade's own index, no second map). */
  readonly byId: (id: string) => ResultNodeImpl | undefined;
  readonly document: DocumentView;
  readonly levels: ReturnType<typeof levelViews>;
  /** What the nodes share (links, and the nodes whose facts to drop after each visit). */
  readonly store: NodeStore;
}

/** Builds the nodes: one small object per result and per indicator, over the cascade's own links. */
export function buildGraph(cascade: Cascade): ReviewGraph {
  const records = cascade.results();
  const levels = levelViews(cascade.levels);
  const levelByKey = new Map(levels.map((l) => [l.level.key, l]));
  const n = records.length;
  const results = new Array<ResultNodeImpl>(n);
  // The links are the cascade's own (built once, by the parser); the nodes read them from the store.
  const indicators: Readonly<Indicator>[] = [];
  const store: NodeStore = {
    results,
    indicators,
    indicatorsOf: (node) => {
      const inds = node.record.indicators;
      const list = new Array<IndicatorNodeImpl>(inds.length);
      for (let k = 0; k < inds.length; k++) list[k] = new IndicatorNodeImpl(node, k, inds[k]!);
      return list;
    },
    links: cascadeStore(cascade).links,
    roots: [],
    touched: [],
    touchedCount: 0,
    series: new TargetSeries(),
    keys: new StemTable(),
    resultKeys: undefined,
    indicatorKeys: undefined,
    indicatorStart: new Int32Array(n + 1),
  };
  const roots: ResultNodeImpl[] = [];
  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    store.indicatorStart[i] = indicators.length;
    const node = new ResultNodeImpl(i, r, levelByKey.get(r.level), store);
    results[i] = node;
    if (store.links.parentOf[i]! < 0) roots.push(node);
    const inds = r.indicators;
    for (let k = 0; k < inds.length; k++) indicators.push(inds[k]!);
  }
  store.indicatorStart[n] = indicators.length;
  store.roots = roots;
  const period = cascade.period;
  const document: DocumentView = {
    cascade,
    ...(period === undefined ? {} : { period: { start: period.start, end: period.end } }),
    size: n,
    indicatorCount: indicators.length,
  };
  const byId = (id: string): ResultNodeImpl | undefined => (cascade.has(id) ? results[cascade.indexOf(id)] : undefined);
  return { results, byId, document, levels, store };
}

const TEXT: TextTools = Object.freeze({
  normalize: normalizeStatement,
  stem: stemWord,
  contentStems: (text: string) => stemSet(normalizeStatement(text)),
  quote,
});

/** Runs the rules over the graph; returns the raw findings in report order. */
export function runRules(
  cascade: Cascade,
  graph: ReviewGraph,
  rules: readonly { readonly rule: RuleModule; readonly options: unknown }[],
  locale: Locale,
  workspace?: Workspace,
  asOf: string = new Date().toISOString().slice(0, 10),
): RawFinding[] {
  const findings: RawFinding[] = [];
  const visitors: RuleVisitors[] = rules.map(({ rule, options }, r) => {
    const { id, messages } = rule.meta;
    const report = (d: ReportDescriptor): void => {
      if (!Object.hasOwn(messages, d.messageId))
        throw new RuleError('unknown-message', id, `reported message "${d.messageId}", which its meta.messages does not define`, {
          messageId: d.messageId,
        });
      const ind = d.indicator;
      const res = ind?.result ?? d.result;
      findings.push({
        rule: r,
        messageId: d.messageId,
        data: d.data,
        result: res === undefined ? -1 : res.index,
        indicator: ind === undefined ? -1 : ind.index,
        path: d.path,
      });
    };
    const context: RuleContext<unknown> = {
      id,
      options,
      locale,
      asOf,
      cascade,
      results: graph.results,
      levels: graph.levels,
      document: graph.document,
      result: graph.byId,
      report,
      text: TEXT,
      ...(workspace === undefined ? {} : { workspace }),
    };
    return created(rule, context);
  });
  // Only the rules that have a visitor are called for it, as a method of their visitors (a bound
  // function costs a trampoline on each of ~10 million calls).
  const resultRules = visitors.flatMap((vs, at) => (vs.result === undefined ? [] : [at]));
  const indicatorRules = visitors.flatMap((vs, at) => (vs.indicator === undefined ? [] : [at]));
  const onResult = resultRules.map((at) => visitors[at]!);
  const onIndicator = indicatorRules.map((at) => visitors[at]!);
  const { results } = graph;
  const nr = onResult.length;
  const ni = onIndicator.length;
  // One try around the whole walk, not one per call: the counters, declared outside it, tell the
  // catch which rule failed and where.
  let phase: 'document' | 'visit' | 'exit' = 'document';
  let x = 0;
  let i = 0;
  let v = 0;
  let w = 0;
  let k = 0;
  try {
    for (x = 0; x < visitors.length; x++) visitors[x]!.document?.(graph.document);
    phase = 'visit';
    for (i = 0; i < results.length; i++) {
      const node = results[i]!;
      for (v = 0; v < nr; v++) onResult[v]!.result!(node);
      const inds = node._indicators;
      if (ni > 0) for (k = 0; k < inds.length; k++) for (w = 0; w < ni; w++) onIndicator[w]!.indicator!(inds[k]!);
      // The facts the rules asked for die young (see nodes.ts): the collector never copies them.
      forgetFacts(graph.store);
    }
    phase = 'exit';
    for (x = 0; x < visitors.length; x++) visitors[x]!.exit?.();
  } catch (e) {
    if (phase !== 'visit') throw threw(rules[x]!.rule, phase, e);
    const node = results[i]!;
    // The result visitors of a result run before its indicators' (v stops at nr once they are done).
    if (v < nr) throw threw(rules[resultRules[v]!]!.rule, 'result', e, { resultId: node.id });
    throw threw(rules[indicatorRules[w]!]!.rule, 'indicator', e, { resultId: node.id, indicatorIndex: k });
  }
  return findings;
}

/** A rule's visitors from its `create`, or a {@link RuleError} when it throws or returns anything else. */
function created(rule: RuleModule, context: RuleContext<unknown>): RuleVisitors {
  let made: unknown;
  try {
    made = rule.create(context);
  } catch (e) {
    throw threw(rule, 'create', e);
  }
  const { id } = rule.meta;
  if (made !== null && typeof made === 'object' && typeof (made as { then?: unknown }).then === 'function')
    throw new RuleError('create-promise', id, 'create must return its visitors, not a Promise (create cannot be async)');
  if (made === null || typeof made !== 'object') {
    const got = made === null ? 'null' : typeof made;
    throw new RuleError('create-not-object', id, `create must return its visitors (an object), not ${got}`, { got });
  }
  return made;
}

/** The {@link RuleError} for an error a rule threw. */
function threw(
  rule: RuleModule,
  where: 'create' | 'document' | 'result' | 'indicator' | 'exit',
  e: unknown,
  at: { readonly resultId?: string; readonly indicatorIndex?: number } = {},
): RuleError {
  if (e instanceof RuleError && e.code !== 'unknown-message') return e;
  const place =
    where === 'create'
      ? 'create'
      : where === 'result'
        ? `the result visitor at result "${at.resultId}"`
        : where === 'indicator'
          ? `the indicator visitor at result "${at.resultId}", indicator ${at.indicatorIndex}`
          : `the ${where} visitor`;
  if (e instanceof RuleError) {
    const messageId = e.params.messageId!;
    const detail = `reported message "${messageId}", which its meta.messages does not define, in ${place}`;
    return new RuleError('unknown-message', e.ruleId, detail, { messageId, where, ...at }, {}, e);
  }
  const reason = e instanceof Error ? e.message : String(e);
  return new RuleError('threw', rule.meta.id, `threw in ${place}: ${reason}`, { where, reason, ...at }, {}, e);
}

/**
 * A number in a message: the decimal mark of Bahasa Indonesia is a comma ("95,16"), and from five
 * digits on, thousands are grouped ("591.927.983.245"; "591,927,983,245" in English).
 */
export function numberText(n: number, locale: Locale): string {
  const text = String(n);
  const dot = text.indexOf('.');
  let int = dot < 0 ? text : text.slice(0, dot);
  const decimals = dot < 0 ? '' : (locale === 'id' ? ',' : '.') + text.slice(dot + 1);
  if (Math.abs(n) >= 10_000 && /^-?\d+$/.test(int)) {
    const sign = int.startsWith('-') ? '-' : '';
    const digits = sign === '' ? int : int.slice(1);
    const group = locale === 'id' ? '.' : ',';
    let out = digits.slice(0, digits.length % 3 || 3);
    for (let i = out.length; i < digits.length; i += 3) out += group + digits.slice(i, i + 3);
    int = sign + out;
  }
  return int + decimals;
}

/**
 * Fills a message's `{placeholders}` from `data` in one scan. A placeholder `data` lacks is kept
 * as written, or handed to `missing` (which throws) when given.
 */
export function formatMessage(
  template: string,
  data: RawFinding['data'],
  locale: Locale,
  missing?: (placeholder: string) => never,
): string {
  if (!template.includes('{') || (data === undefined && missing === undefined)) return template;
  let out = '';
  let at = 0;
  for (;;) {
    const open = template.indexOf('{', at);
    if (open < 0) break;
    const close = template.indexOf('}', open);
    if (close < 0) break;
    const key = template.slice(open + 1, close);
    if (data === undefined || !Object.hasOwn(data, key)) {
      if (missing !== undefined && /^[A-Za-z0-9_]+$/.test(key)) missing(key);
      out += template.slice(at, close + 1);
      at = close + 1;
      continue;
    }
    const v = data[key]!;
    out += template.slice(at, open) + (typeof v === 'object' ? v[locale] : typeof v === 'number' ? numberText(v, locale) : v);
    at = close + 1;
  }
  return out + template.slice(at);
}
