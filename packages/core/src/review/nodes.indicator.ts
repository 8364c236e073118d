/**
 * The indicator node rules read (see `nodes.ts` for why its facts live for one visit only): the
 * measure, unit, direction and values of an indicator, computed on first use.
 *
 * @module
 */
import type { Indicator, Value } from '../schema.js';
import type { IndicatorNode, MeasureKind, UnitKind, ValuePoint } from './api.js';
import { inferDirection } from './direction.js';
import { EMPTY, nodeKeys, normalizedAt, ResultNodeImpl, touch } from './nodes.js';
import type { TargetSeries } from './series.js';
import { keyStems } from './shared-keys.js';
import { countedNoun, measureForm, quote, unitKind } from './text.utils.js';

/** What rules asked of an indicator during the current visit. */
class IndicatorFacts {
  /** Keeps the shape of these objects between reviews (see `ResultNodeImpl.kept`). */
  static readonly kept = new IndicatorFacts();
  norm: string | undefined = undefined;
  measure: { readonly form: MeasureKind; readonly head: string } | undefined = undefined;
  counted: string | null | undefined = undefined;
  unitKind: UnitKind | null | undefined = undefined;
  direction: ReturnType<typeof inferDirection> | undefined = undefined;
  stems: readonly string[] | undefined = undefined;
  words: readonly string[] | undefined = undefined;
  key: string | undefined = undefined;
  values: readonly ValuePoint[] | undefined = undefined;
  years: readonly string[] | undefined = undefined;
  /** The targets in the order of `years` (a frozen record's year keys are slow to look up one by one). */
  targets: readonly Value[] = EMPTY;
}

/** An indicator node; see {@link IndicatorNode}. */
export class IndicatorNodeImpl implements IndicatorNode {
  /** @internal Keeps the shape of these objects between reviews (see `ResultNodeImpl.kept`). */
  static readonly kept = new IndicatorNodeImpl(ResultNodeImpl.kept, -1, {} as Indicator);
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
      touch(this.result._store, this);
    }
    return this.#facts;
  }
  /** @internal Drops the facts (see `forgetFacts` in nodes.ts). */
  _forget(): void {
    this.#facts = undefined;
  }

  get norm(): string {
    const f = this.#f;
    return (f.norm ??= normalizedAt(this.result._store.indicatorKeys, this.#ordinal, this.record.statement));
  }
  get measure(): MeasureKind {
    const f = this.#f;
    return (f.measure ??= measureForm(this.norm, this.record.statement)).form;
  }
  get head(): string {
    const f = this.#f;
    return (f.measure ??= measureForm(this.norm, this.record.statement)).head;
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
    return (f.values ??= this._series.points());
  }
  /** @internal The numeric series of the built-in target rules (the review's one reused {@link TargetSeries}). */
  get _series(): TargetSeries {
    const f = this.#f;
    if (f.years === undefined) readTargets(this.record, f);
    return this.result._store.series.read(this.record, f.years!, f.targets);
  }
  get stems(): readonly string[] {
    const f = this.#f;
    if (f.stems === undefined) {
      const keys = nodeKeys(this.result._store, 'indicator');
      f.stems = keys.hash[this.#ordinal] === 0 ? EMPTY : keyStems(keys, this.#ordinal, false);
    }
    return f.stems;
  }
  get key(): string {
    const f = this.#f;
    return (f.key ??= this.stems.join(' '));
  }
  get keyShared(): boolean {
    return nodeKeys(this.result._store, 'indicator').shared[this.#ordinal] === 1;
  }
  /** The indicator's number in the review (document order). */
  get #ordinal(): number {
    return this.result._store.indicatorStart[this.result.index]! + this.index;
  }
  get years(): readonly string[] {
    const f = this.#f;
    if (f.years === undefined) readTargets(this.record, f);
    return f.years!;
  }
  target(year: string): Value | undefined {
    // (rules ask it of each year in turn: the facts' field is read directly once they exist)
    const f = this.#facts ?? this.#f;
    if (f.years === undefined) readTargets(this.record, f);
    const years = f.years!;
    for (let i = 0; i < years.length; i++) if (years[i] === year) return f.targets[i];
    return undefined;
  }
  path(field?: string): string {
    return indicatorPath(this.result.index, this.index, field);
  }
  get label(): string {
    const id = this.record.id;
    const q = quote(this.record.statement, 60);
    return id === undefined ? q : `${id} ${q}`;
  }
}

/** Where indicator `k` of result `r` is (with a field). */
export const indicatorPath = (r: number, k: number, field?: string): string =>
  `results[${r}].indicators[${k}]${field === undefined ? '' : `.${field}`}`;

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
