/**
 * The nodes rules read: a result (here) and an indicator (`nodes.indicator.ts`) with the engine's query API. Built once per
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
import type { Indicator } from '../schema.js';
import type { Tier } from '../levels.js';
import type { IndicatorNode, LevelView, ResultNode, StatementForm } from './api.js';
import type { CascadeLinks } from '../cascade-links.js';
import type { StemTable } from './stem-table.js';
import type { TargetSeries } from './series.js';
import { STOPWORDS } from './lexicon/words.js';
import type { IndicatorNodeImpl } from './nodes.indicator.js';
import { eachKeyStem, keyStems, readKeys, sameKey, type NodeKeys } from './shared-keys.js';
import { normalizePlain, normalizeStatement, statementForm } from './text.utils.js';

/** The empty list every node hands out (frozen, shared). */
export const EMPTY: readonly never[] = Object.freeze([]);

/**
 * What every node of one review shares: the nodes by result number and the cascade's own links
 * (flat arrays, see `cascade-links.ts`). A node holds its number and this store; its links are
 * read from the store's arrays, and a list (children, parents) is made only when a rule asks.
 */
export interface NodeStore {
  /** Every result node, by result number. */
  readonly results: readonly ResultNodeImpl[];
  /** Every indicator's record, in document order (its node is made when its result is visited, see {@link NodeStore.indicatorsOf}). */
  readonly indicators: readonly Readonly<Indicator>[];
  /** Makes the indicator nodes of a result. */
  readonly indicatorsOf: (r: ResultNodeImpl) => readonly IndicatorNodeImpl[];
  /** The review's fuzzy keys, and those of the results and of the indicators (read on the first question, see {@link nodeKeys}). */
  readonly keys: StemTable;
  resultKeys: NodeKeys | undefined;
  indicatorKeys: NodeKeys | undefined;
  /** The number of each result's first indicator in {@link NodeStore.indicators} (length: results + 1). */
  readonly indicatorStart: Int32Array;
  /** The cascade's links. */
  readonly links: CascadeLinks;
  /** The roots (results without a primary parent). */
  roots: readonly ResultNodeImpl[];
  /** Nodes whose facts were computed since the engine last called {@link forgetFacts}. */
  readonly touched: (ResultNodeImpl | IndicatorNodeImpl)[];
  /** How many of {@link NodeStore.touched} are in use (the list keeps its room: cutting its length to 0 would drop it). */
  touchedCount: number;
  /** The target series of the indicator visited last, reused from one indicator to the next. */
  readonly series: TargetSeries;
}

/** The keys of every result, or of every indicator, read once (see `shared-keys.ts`). */
export function nodeKeys(store: NodeStore, kind: 'result' | 'indicator'): NodeKeys {
  if (kind === 'result') return (store.resultKeys ??= readKeys(store.keys, store.results.length, (i) => store.results[i]!.statement, true));
  return (store.indicatorKeys ??= readKeys(store.keys, store.indicators.length, (i) => store.indicators[i]!.statement, false));
}

/**
 * The normalised form of node `i`'s statement: its lower case when the keys' scan (when it has run)
 * found the statement to be plain words, without checking that again.
 */
export function normalizedAt(keys: NodeKeys | undefined, i: number, text: string): string {
  return keys !== undefined && keys.plain[i] === 1 ? normalizePlain(text) : normalizeStatement(text);
}

/** Drops the facts of every node touched since the last call (the engine calls it after each result's visit). */
export function forgetFacts(store: NodeStore): void {
  const t = store.touched;
  for (let i = 0; i < store.touchedCount; i++) t[i]!._forget();
  store.touchedCount = 0;
}

/** Notes that a node's facts were computed, to be dropped by {@link forgetFacts}. */
export function touch(store: NodeStore, node: ResultNodeImpl | IndicatorNodeImpl): void {
  store.touched[store.touchedCount++] = node;
}

/** What rules asked of a result during the current visit. */
class ResultFacts {
  /** Keeps the shape of these objects between reviews (see {@link ResultNodeImpl.kept}). */
  static readonly kept = new ResultFacts();
  head: string | undefined = undefined;
  parents: readonly ResultNode[] | undefined = undefined;
  children: readonly ResultNode[] | undefined = undefined;
  stems: readonly string[] | undefined = undefined;
  key: string | undefined = undefined;
  indicators: readonly IndicatorNodeImpl[] | undefined = undefined;
}

/** A result node; see {@link ResultNode}. */
export class ResultNodeImpl implements ResultNode {
  /**
   * @internal One node made at load and kept. V8 forgets the hidden class of a class's objects when
   * none is alive at a full garbage collection, and deoptimises every function compiled for it: a
   * process that reviews again after a full collection (a portal reviewing after each edit, the
   * bench) re-optimised about 95 functions at the start of every review, some 15 % of a review of
   * 100,000 results (docs/decisions.md). Each class a review makes objects of keeps one.
   */
  static readonly kept = new ResultNodeImpl(-1, {} as ResultRecord, undefined, {} as NodeStore);
  // Kept for the whole review: what the children compare (a form is one of a few constant strings,
  // so keeping it costs the collector nothing).
  #norm: string | undefined = undefined;
  #form: StatementForm | undefined = undefined;
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
      touch(this._store, this);
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
    return (this.#norm ??= normalizedAt(this._store.resultKeys, this.index, this.record.statement));
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
      // (lists sized once: a list grown by push starts with room for 16)
      const out = new Array<ResultNode>(to - from);
      for (let j = from; j < to; j++) out[j - from] = this._store.results[ups[j]!]!;
      f.parents = to === from ? EMPTY : out;
    }
    return f.parents;
  }
  get children(): readonly ResultNode[] {
    const f = this.#f;
    if (f.children === undefined) {
      const { downStart, downs, parentOf } = this._store.links;
      const from = downStart[this.index]!;
      const to = downStart[this.index + 1]!;
      const out = new Array<ResultNode>(to - from);
      let n = 0;
      for (let j = from; j < to; j++) if (parentOf[downs[j]!] === this.index) out[n++] = this._store.results[downs[j]!]!;
      out.length = n;
      f.children = n === 0 ? EMPTY : out;
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
  /**
   * @internal The indicator nodes, made on first use in each visit like the other facts: 200,000
   * nodes made for the whole review outlived the young generation, and the collector copied each twice.
   */
  get _indicators(): readonly IndicatorNodeImpl[] {
    if (this.record.indicators.length === 0) return EMPTY;
    const f = this.#f;
    return (f.indicators ??= this._store.indicatorsOf(this));
  }
  get head(): string {
    // (kept for the visit: the statement-form rules each ask it, and each cut made a string)
    const f = this.#f;
    if (f.head === undefined) {
      const norm = this.norm;
      const sp = norm.indexOf(' ');
      f.head = sp < 0 ? norm : norm.slice(0, sp);
    }
    return f.head;
  }
  get form(): StatementForm {
    return (this.#form ??= statementForm(this.norm).form);
  }
  get stems(): readonly string[] {
    const f = this.#f;
    return (f.stems ??= Object.freeze(keyStems(nodeKeys(this._store, 'result'), this.index, this.#withoutPredicate())));
  }
  /** @internal Calls `fn` with each of {@link ResultNodeImpl.stems}, in no set order, without making the list. */
  _eachStem(fn: (stem: string) => void): void {
    const made = this.#facts?.stems;
    if (made !== undefined) for (const s of made) fn(s);
    else eachKeyStem(nodeKeys(this._store, 'result'), this.index, this.#withoutPredicate(), fn);
  }
  sameStems(other: ResultNode): boolean {
    if (!(other instanceof ResultNodeImpl) || other._store !== this._store) return sameList(this.stems, other.stems);
    return sameKey(nodeKeys(this._store, 'result'), this.index, this.#withoutPredicate(), other.index, other.#withoutPredicate());
  }
  /** True when {@link ResultNodeImpl.stems} leave out the leading predicate (the head of a condition, output or activity). */
  #withoutPredicate(): boolean {
    return this.form !== 'other' && !STOPWORDS.has(this.head);
  }
  get key(): string {
    const f = this.#f;
    return (f.key ??= keyStems(nodeKeys(this._store, 'result'), this.index, false).join(' '));
  }
  get keyShared(): boolean {
    return nodeKeys(this._store, 'result').shared[this.index] === 1;
  }
  path(field?: string): string {
    return field === undefined ? `results[${this.index}]` : `results[${this.index}].${field}`;
  }
}

/** True when two lists of stems are the same and not empty. */
function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && a.length === b.length && a.every((s, i) => s === b[i]);
}
