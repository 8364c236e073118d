/**
 * The nodes rules read: a result and an indicator with the engine's query API. Built once per
 * review by the engine and shared by every rule; what is costly is computed on first use and kept.
 *
 * @module
 */
import type { ResultRecord } from '../result.js';
import type { Tier } from '../levels.js';
import type { Indicator, Value } from '../schema.js';
import type { IndicatorNode, LevelView, MeasureKind, ResultNode, StatementForm, UnitKind, ValuePoint } from './api.js';
import { comparable, readValue } from './number.utils.js';
import { inferDirection } from './direction.js';
import { contentWords, uniqueSorted } from './lexicon/tokens.js';
import type { ReviewTables } from './tables.js';
import { STOPWORDS } from './lexicon/words.js';
import { countedNoun, measureForm, quote, statementForm, unitKind } from './text.utils.js';

const EMPTY: readonly never[] = Object.freeze([]);

/** A result node; see {@link ResultNode}. */
export class ResultNodeImpl implements ResultNode {
  /** @internal */ _parent: ResultNodeImpl | undefined = undefined;
  /** @internal */ _parents: readonly ResultNodeImpl[] | undefined = undefined;
  /** @internal */ _children: ResultNodeImpl[] | undefined = undefined;
  /** @internal */ _childCount = 0;
  /** @internal */ _roots: readonly ResultNodeImpl[] = EMPTY;
  /** @internal */ _indicators: readonly IndicatorNodeImpl[] = EMPTY;
  #head: string | undefined;
  #form: StatementForm | undefined;
  #stems: readonly string[] | undefined;
  #key: string | undefined;

  constructor(
    readonly index: number,
    readonly record: ResultRecord,
    readonly level: LevelView | undefined,
    readonly norm: string,
    /** @internal */ readonly _tables: ReviewTables,
  ) {}

  get id(): string {
    return this.record.id;
  }
  get statement(): string {
    return this.record.statement;
  }
  get tier(): Tier | undefined {
    return this.level?.tier;
  }
  get parent(): ResultNode | undefined {
    return this._parent;
  }
  get parents(): readonly ResultNode[] {
    return (this._parents ??= this._parent === undefined ? EMPTY : [this._parent]);
  }
  get children(): readonly ResultNode[] {
    return this._children ?? EMPTY;
  }
  get childCount(): number {
    return this._childCount;
  }
  get siblings(): readonly ResultNode[] {
    const all = this._parent === undefined ? this._roots : this._parent.children;
    return all.filter((r) => r !== this);
  }
  get indicators(): readonly IndicatorNode[] {
    return this._indicators;
  }
  get head(): string {
    if (this.#head === undefined) {
      const sp = this.norm.indexOf(' ');
      this.#head = sp < 0 ? this.norm : this.norm.slice(0, sp);
    }
    return this.#head;
  }
  get form(): StatementForm {
    return (this.#form ??= this._tables.derived('form', this.norm, (n) => statementForm(n).form));
  }
  get stems(): readonly string[] {
    return (this.#stems ??= this._tables.derived('rstems', this.norm, resultStems));
  }
  get key(): string {
    return (this.#key ??= this._tables.derived('rkey', this.norm, (n) => uniqueSorted(contentWords(n)).join(' ')));
  }
  path(field?: string): string {
    return field === undefined ? `results[${this.index}]` : `results[${this.index}].${field}`;
  }
}

/** An indicator node; see {@link IndicatorNode}. */
export class IndicatorNodeImpl implements IndicatorNode {
  #norm: string | undefined;
  #measure: { readonly form: MeasureKind; readonly head: string } | undefined;
  #counted: string | null | undefined;
  #unitKind: UnitKind | null | undefined;
  #direction: ReturnType<typeof inferDirection> | undefined;
  #stems: readonly string[] | undefined;
  #key: string | undefined;
  #words: readonly string[] | undefined;
  #values: readonly ValuePoint[] | undefined;
  #years: readonly string[] | undefined;

  constructor(
    readonly result: ResultNodeImpl,
    readonly index: number,
    readonly record: Readonly<Indicator>,
  ) {}

  get norm(): string {
    return (this.#norm ??= this.result._tables.norm(this.record.statement));
  }
  get measure(): MeasureKind {
    return (this.#measure ??= this.result._tables.derived('measure', this.norm, measureForm)).form;
  }
  get head(): string {
    return (this.#measure ??= this.result._tables.derived('measure', this.norm, measureForm)).head;
  }
  get counted(): string | undefined {
    if (this.#counted === undefined) this.#counted = this.measure === 'count' ? (countedNoun(this.norm) ?? null) : null;
    return this.#counted ?? undefined;
  }
  get unit(): string | undefined {
    const u = this.record.unit?.trim();
    return u === undefined || u === '' ? undefined : u;
  }
  get unitKind(): UnitKind | undefined {
    if (this.#unitKind === undefined) {
      const u = this.unit;
      this.#unitKind = u === undefined ? null : unitKind(u);
    }
    return this.#unitKind ?? undefined;
  }
  get direction(): 'up' | 'down' | 'range' | undefined {
    return (this.#direction ??= inferDirection(this)).direction;
  }
  get directionSource(): 'stated' | 'wording' | 'default' | 'none' {
    return (this.#direction ??= inferDirection(this)).source;
  }
  get words(): readonly string[] {
    return (this.#words ??= this.result._tables.split(this.norm));
  }
  get values(): readonly ValuePoint[] {
    return (this.#values ??= readValues(this));
  }
  get stems(): readonly string[] {
    return (this.#stems ??= this.result._tables.split(this.key));
  }
  get key(): string {
    return (this.#key ??= this.result._tables.key(this.norm));
  }
  get years(): readonly string[] {
    // Integer-like keys enumerate in ascending order, and target years have four digits.
    return (this.#years ??= this.record.targets === undefined ? EMPTY : Object.keys(this.record.targets));
  }
  target(year: string): Value | undefined {
    const t = this.record.targets;
    return t !== undefined && Object.hasOwn(t, year) ? t[year] : undefined;
  }
  path(field?: string): string {
    return `results[${this.result.index}].indicators[${this.index}]${field === undefined ? '' : `.${field}`}`;
  }
  get label(): string {
    const id = this.record.id;
    const q = this.result._tables.derived('label', this.record.statement, quoteLabel);
    return id === undefined ? q : `${id} ${q}`;
  }
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
function resultStems(norm: string): readonly string[] {
  const ws = contentWords(norm);
  const sp = norm.indexOf(' ');
  const head = sp < 0 ? norm : norm.slice(0, sp);
  return Object.freeze(uniqueSorted(statementForm(norm).form !== 'other' && ws.length > 1 && !STOPWORDS.has(head) ? ws.slice(1) : ws));
}

/** An indicator's statement quoted for a message label. */
const quoteLabel = (statement: string): string => quote(statement, 60);
