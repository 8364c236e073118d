/**
 * The nodes rules read: a result and an indicator with the engine's query API. Built once per
 * review by the engine and shared by every rule: a node is its number, its record and the review's
 * store (the cascade's flat links). What a rule asks of a node (normalised statement, stems, key,
 * values ...) is computed on first use and kept in the node's facts until the engine has visited
 * the current result: then the engine drops the facts of every node touched (see
 * {@link NodeStore.touched}), and a later question computes them again.
 *
 * Why not keep them for the whole review: kept facts survive into V8's old generation, and at
 * 100,000 results the collector's copying and marking of them cost ten times what computing a
 * fact again costs (about 5 µs against 0.7 µs per indicator's values). Most texts of a tree are
 * distinct, so a table keyed by text does not help either.
 *
 * @module
 */
import type { ResultRecord } from '../result.js';
import type { Tier } from '../levels.js';
import type { Indicator, Value } from '../schema.js';
import type { IndicatorNode, LevelView, MeasureKind, ResultNode, StatementForm, UnitKind, ValuePoint } from './api.js';
import { comparable, readValue } from './number.utils.js';
import { inferDirection } from './direction.js';
import type { CascadeLinks } from '../cascade-links.js';
import { contentWords, uniqueSorted } from './lexicon/tokens.js';
import { STOPWORDS } from './lexicon/words.js';
import { markSharedKeys } from './shared-keys.js';
import { countedNoun, measureForm, normalizeStatement, quote, statementForm, unitKind } from './text.utils.js';

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * What every node of one review shares: the nodes by result number and the cascade's own links
 * (flat arrays, see `cascade-links.ts`). A node holds its number and this store; its links are
 * read from the store's arrays, and a list (children, parents) is made only when a rule asks.
 */
export interface NodeStore {
  /** Every result node, by result number. */
  readonly results: readonly ResultNodeImpl[];
  /** Every indicator node, in document order. */
  readonly indicators: readonly IndicatorNodeImpl[];
  /** Whether {@link ResultNodeImpl._keyShared} (and the indicators') are set yet: on the first question. */
  resultKeysMarked: boolean;
  indicatorKeysMarked: boolean;
  /** The cascade's links. */
  readonly links: CascadeLinks;
  /** The roots (results without a primary parent). */
  roots: readonly ResultNodeImpl[];
  /** Nodes whose facts were computed since the engine last called {@link forgetFacts}. */
  readonly touched: (ResultNodeImpl | IndicatorNodeImpl)[];
}

/** Drops the facts of every node touched since the last call (the engine calls it after each result's visit). */
export function forgetFacts(store: NodeStore): void {
  const t = store.touched;
  for (let i = 0; i < t.length; i++) t[i]!._forget();
  t.length = 0;
}

/** Marks the results whose key another shares (see shared-keys.ts), once per review. */
function markResultKeys(store: NodeStore): void {
  const rs = store.results;
  markSharedKeys(
    rs.length,
    (i) => rs[i]!.key,
    (i) => (rs[i]!._keyShared = true),
  );
  store.resultKeysMarked = true;
}

/** Marks the indicators whose key another shares, once per review. */
function markIndicatorKeys(store: NodeStore): void {
  const is = store.indicators;
  markSharedKeys(
    is.length,
    (i) => is[i]!.key,
    (i) => (is[i]!._keyShared = true),
  );
  store.indicatorKeysMarked = true;
}

/** What rules asked of a result during the current visit. */
class ResultFacts {
  form: StatementForm | undefined = undefined;
  parents: readonly ResultNode[] | undefined = undefined;
  children: readonly ResultNode[] | undefined = undefined;
}

/** What rules asked of an indicator during the current visit. */
class IndicatorFacts {
  norm: string | undefined = undefined;
  measure: { readonly form: MeasureKind; readonly head: string } | undefined = undefined;
  counted: string | null | undefined = undefined;
  unitKind: UnitKind | null | undefined = undefined;
  direction: ReturnType<typeof inferDirection> | undefined = undefined;
  stems: readonly string[] | undefined = undefined;
  words: readonly string[] | undefined = undefined;
  values: readonly ValuePoint[] | undefined = undefined;
  years: readonly string[] | undefined = undefined;
  /** The targets in the order of `years` (a frozen record's year keys are slow to look up one by one). */
  targets: readonly Value[] = EMPTY;
}

/** A result node; see {@link ResultNode}. */
export class ResultNodeImpl implements ResultNode {
  /** @internal */ _indicators: readonly IndicatorNodeImpl[] = EMPTY;
  /** @internal Set by the shared-key pass. */ _keyShared = false;
  // Kept for the whole review: what the children and the rules' tables compare (small strings, and
  // stems shared by every statement).
  #norm: string | undefined = undefined;
  #stems: readonly string[] | undefined = undefined;
  #key: string | undefined = undefined;
  #facts: ResultFacts | undefined = undefined;

  constructor(
    readonly index: number,
    readonly record: ResultRecord,
    readonly level: LevelView | undefined,
    /** @internal */ readonly _store: NodeStore,
  ) {}

  /** The facts of the current visit, made on first use. */
  get #f(): ResultFacts {
    if (this.#facts === undefined) {
      this.#facts = new ResultFacts();
      this._store.touched.push(this);
    }
    return this.#facts;
  }
  /** @internal Drops the facts (see {@link forgetFacts}). */
  _forget(): void {
    this.#facts = undefined;
  }

  get id(): string {
    return this.record.id;
  }
  get statement(): string {
    return this.record.statement;
  }
  get norm(): string {
    return (this.#norm ??= normalizeStatement(this.record.statement));
  }
  get tier(): Tier | undefined {
    return this.level?.tier;
  }
  get parent(): ResultNodeImpl | undefined {
    const p = this._store.links.parentOf[this.index]!;
    return p < 0 ? undefined : this._store.results[p];
  }
  get parents(): readonly ResultNode[] {
    const f = this.#f;
    if (f.parents === undefined) {
      const { upStart, ups } = this._store.links;
      const from = upStart[this.index]!;
      const to = upStart[this.index + 1]!;
      const out: ResultNode[] = [];
      for (let j = from; j < to; j++) out.push(this._store.results[ups[j]!]!);
      f.parents = to === from ? EMPTY : out;
    }
    return f.parents;
  }
  get children(): readonly ResultNode[] {
    const f = this.#f;
    if (f.children === undefined) {
      const { downStart, downs, parentOf } = this._store.links;
      const out: ResultNode[] = [];
      for (let j = downStart[this.index]!; j < downStart[this.index + 1]!; j++)
        if (parentOf[downs[j]!] === this.index) out.push(this._store.results[downs[j]!]!);
      f.children = out.length === 0 ? EMPTY : out;
    }
    return f.children;
  }
  get childCount(): number {
    const { downStart } = this._store.links;
    return downStart[this.index + 1]! - downStart[this.index]!;
  }
  get siblings(): readonly ResultNode[] {
    const all = this.parent?.children ?? this._store.roots;
    return all.filter((r) => r !== this);
  }
  get indicators(): readonly IndicatorNode[] {
    return this._indicators;
  }
  get head(): string {
    const norm = this.norm;
    const sp = norm.indexOf(' ');
    return sp < 0 ? norm : norm.slice(0, sp);
  }
  get form(): StatementForm {
    const f = this.#f;
    return (f.form ??= statementForm(this.norm).form);
  }
  get stems(): readonly string[] {
    if (this.#stems === undefined) this.#readContent();
    return this.#stems!;
  }
  get key(): string {
    if (this.#key === undefined) this.#readContent();
    return this.#key!;
  }
  get keyShared(): boolean {
    if (!this._store.resultKeysMarked) markResultKeys(this._store);
    return this._keyShared;
  }
  /** The stems and the key, from one scan of the statement. */
  #readContent(): void {
    const norm = this.norm;
    const ws = contentWords(norm);
    this.#stems = resultStems(this.head, this.form, ws);
    this.#key = sortedKey(ws);
  }
  path(field?: string): string {
    return field === undefined ? `results[${this.index}]` : `results[${this.index}].${field}`;
  }
}

/** An indicator node; see {@link IndicatorNode}. */
export class IndicatorNodeImpl implements IndicatorNode {
  // Kept for the whole review: what the rules' tables and the children compare.
  #key: string | undefined = undefined;
  /** @internal Set by the shared-key pass. */ _keyShared = false;
  #facts: IndicatorFacts | undefined = undefined;

  constructor(
    readonly result: ResultNodeImpl,
    readonly index: number,
    readonly record: Readonly<Indicator>,
  ) {}

  /** The facts of the current visit, made on first use. */
  get #f(): IndicatorFacts {
    if (this.#facts === undefined) {
      this.#facts = new IndicatorFacts();
      this.result._store.touched.push(this);
    }
    return this.#facts;
  }
  /** @internal Drops the facts (see {@link forgetFacts}). */
  _forget(): void {
    this.#facts = undefined;
  }

  get norm(): string {
    const f = this.#f;
    return (f.norm ??= normalizeStatement(this.record.statement));
  }
  get measure(): MeasureKind {
    const f = this.#f;
    return (f.measure ??= measureForm(this.norm)).form;
  }
  get head(): string {
    const f = this.#f;
    return (f.measure ??= measureForm(this.norm)).head;
  }
  get counted(): string | undefined {
    const f = this.#f;
    if (f.counted === undefined) f.counted = this.measure === 'count' ? (countedNoun(this.norm) ?? null) : null;
    return f.counted ?? undefined;
  }
  get unit(): string | undefined {
    const u = this.record.unit?.trim();
    return u === undefined || u === '' ? undefined : u;
  }
  get unitKind(): UnitKind | undefined {
    const f = this.#f;
    if (f.unitKind === undefined) {
      const u = this.unit;
      f.unitKind = u === undefined ? null : unitKind(u);
    }
    return f.unitKind ?? undefined;
  }
  get direction(): 'up' | 'down' | 'range' | undefined {
    const f = this.#f;
    return (f.direction ??= inferDirection(this)).direction;
  }
  get directionSource(): 'stated' | 'wording' | 'default' | 'none' {
    const f = this.#f;
    return (f.direction ??= inferDirection(this)).source;
  }
  get words(): readonly string[] {
    const f = this.#f;
    return (f.words ??= this.norm === '' ? EMPTY : this.norm.split(' '));
  }
  get values(): readonly ValuePoint[] {
    const f = this.#f;
    return (f.values ??= readValues(this));
  }
  get stems(): readonly string[] {
    const f = this.#f;
    return (f.stems ??= this.key === '' ? EMPTY : this.key.split(' '));
  }
  get key(): string {
    return (this.#key ??= sortedKey(contentWords(this.norm)));
  }
  get keyShared(): boolean {
    const store = this.result._store;
    if (!store.indicatorKeysMarked) markIndicatorKeys(store);
    return this._keyShared;
  }
  get years(): readonly string[] {
    const f = this.#f;
    if (f.years === undefined) readTargets(this.record, f);
    return f.years!;
  }
  target(year: string): Value | undefined {
    const f = this.#f;
    if (f.years === undefined) readTargets(this.record, f);
    const i = f.years!.indexOf(year);
    return i < 0 ? undefined : f.targets[i];
  }
  path(field?: string): string {
    return `results[${this.result.index}].indicators[${this.index}]${field === undefined ? '' : `.${field}`}`;
  }
  get label(): string {
    const id = this.record.id;
    const q = quote(this.record.statement, 60);
    return id === undefined ? q : `${id} ${q}`;
  }
}

/** An indicator's target years and values, read once per visit. */
function readTargets(record: Readonly<Indicator>, f: IndicatorFacts): void {
  const t = record.targets;
  if (t === undefined) {
    f.years = EMPTY;
    return;
  }
  // Integer-like keys enumerate in ascending order, and target years have four digits.
  const years = Object.keys(t);
  const values = new Array<Value>(years.length);
  for (let i = 0; i < years.length; i++) values[i] = t[years[i]!]!;
  f.years = years;
  f.targets = values;
}

/** The baseline (when before the first target) and the targets that read as numbers or grades. */
function readValues(ind: IndicatorNodeImpl): ValuePoint[] {
  const out: ValuePoint[] = [];
  const add = (year: string, raw: Value, baseline: boolean): void => {
    const s = typeof raw === 'number' ? (Number.isFinite(raw) ? { score: raw, scale: 'number' } : undefined) : comparable(readValue(raw));
    if (s !== undefined) out.push({ year, raw, score: s.score, scale: s.scale, baseline });
  };
  const b = ind.record.baseline;
  const years = ind.years;
  if (b !== undefined && (years.length === 0 || b.year < Number(years[0]))) add(String(b.year), b.value, true);
  for (const y of years) add(y, ind.target(y)!, false);
  return out;
}

/** A result's content stems without the leading predicate (the head of a condition, output or activity). */
function resultStems(head: string, form: StatementForm, ws: readonly string[]): readonly string[] {
  return Object.freeze(uniqueSorted(form !== 'other' && ws.length > 1 && !STOPWORDS.has(head) ? ws.slice(1) : ws));
}

/**
 * The distinct words of a fresh list, sorted and joined by spaces. The list (a handful of words)
 * is sorted in place by insertion: `Array.prototype.sort` copies it into a work array per call.
 */
function sortedKey(ws: string[]): string {
  const n = ws.length;
  if (n < 2) return n === 0 ? '' : ws[0]!;
  if (n > 32) ws.sort();
  else
    for (let i = 1; i < n; i++) {
      const w = ws[i]!;
      let j = i - 1;
      while (j >= 0 && ws[j]! > w) {
        ws[j + 1] = ws[j]!;
        j--;
      }
      ws[j + 1] = w;
    }
  // Repeats out in place, then one flat string (a chain of `+=` would keep a rope of parts alive).
  let m = 1;
  for (let i = 1; i < n; i++) if (ws[i] !== ws[m - 1]) ws[m++] = ws[i]!;
  ws.length = m;
  return ws.join(' ');
}
