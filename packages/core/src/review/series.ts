/**
 * The numeric target series the built-in target rules read: the baseline (when before the first
 * target) and the targets that read as numbers or grades, in year order, as the same points as
 * {@link IndicatorNode.values} but kept in typed arrays reused from one indicator to the next. The
 * public `values` list (one object per point) is built only when a rule asks for it: on the bench
 * those objects were the largest single source of garbage of the review.
 *
 * @module
 */
import type { Indicator, Value } from '../schema.js';
import type { IndicatorNode, ValuePoint } from './api.js';
import { comparable, readValue } from './number.utils.js';

/** Where a point of a series comes from: the baseline, or the target at this place of `years`. */
const BASELINE = -1;

/** One indicator's series; valid until another indicator's series is read (hold one at a time). */
export class TargetSeries {
  /** Keeps the shape of these objects between reviews (see `ResultNodeImpl.kept` in nodes.ts). */
  static readonly kept = new TargetSeries();
  /** The number of points. */
  length = 0;
  /** The number, or the grade's rank on its scale, of each point. */
  score = new Float64Array(8);
  /** `number`, `sakip` or `opini`, of each point. */
  readonly scale: string[] = [];
  /** The place of each point's target in the indicator's `years`, or -1 for the baseline. */
  at = new Int32Array(8);
  #years: readonly string[] = [];
  #targets: readonly Value[] = [];
  #record: Readonly<Indicator> | undefined = undefined;
  /** Where the zeros left out as cells not filled in were (see {@link TargetSeries.unfilled}). */
  #unfilled: number[] = [];

  /** Reads the series of an indicator (its target years and values, in the same order) into this object. */
  read(record: Readonly<Indicator>, years: readonly string[], targets: readonly Value[]): this {
    if (this.#record === record) return this;
    const b = record.baseline;
    const withBaseline = b !== undefined && (years.length === 0 || b.year < Number(years[0]));
    const size = years.length + 1;
    if (size > this.score.length) {
      this.score = new Float64Array(size);
      this.at = new Int32Array(size);
    }
    this.#record = record;
    this.#years = years;
    this.#targets = targets;
    this.length = 0;
    if (withBaseline) this.#add(b.value, BASELINE);
    for (let i = 0; i < years.length; i++) this.#add(targets[i]!, i);
    this.#unfilled.length = 0;
    if (this.length > 2 && (this.score[0] === 0 || this.score[1] === 0)) this.#leaveOutUnfilled();
    return this;
  }

  /**
   * The zeros left out of the series as cells not filled in, as places in `years` (-1: the
   * baseline): a kondisi awal or first targets written 0 before a level no plan reaches from
   * nothing in a year (0, 0, 70,5, 71, 72, or 100, 0, 0, 100, 100: the later steps a third of
   * the first value after the zeros at most). A plan rising from nothing (0, 5, 10, 15) keeps
   * them, as does a series of zeros only or with one value after them, and one thing first obtained
   * (0, 1, 1, 1: a certificate, a regulation).
   */
  get unfilled(): readonly number[] {
    return this.#unfilled;
  }

  /** Finds the zeros that stand for cells not filled in at the start of the series and leaves them out. */
  #leaveOutUnfilled(): void {
    const n = this.length;
    const isZero = (j: number): boolean => this.score[j] === 0 && this.scale[j] === 'number';
    // The zeros open the series, or follow the kondisi awal.
    const from = isZero(0) ? 0 : this.at[0] === BASELINE && isZero(1) ? 1 : -1;
    if (from < 0) return;
    let to = from;
    while (to < n && isZero(to)) to++;
    if (n - to < 2) return;
    const first = Math.abs(this.score[to]!);
    // (one thing first obtained and then held, 0, 1, 1, 1, is a plan from nothing: a certificate, a regulation)
    if (first === 1) return;
    for (let j = to + 1; j < n; j++) {
      if (this.scale[j] !== 'number' || this.score[j] === 0 || Math.abs(this.score[j]! - this.score[j - 1]!) * 3 > first) return;
    }
    for (let j = from; j < to; j++) this.#unfilled.push(this.at[j]!);
    const gap = to - from;
    for (let j = to; j < n; j++) {
      this.score[j - gap] = this.score[j]!;
      this.scale[j - gap] = this.scale[j]!;
      this.at[j - gap] = this.at[j]!;
    }
    this.length = n - gap;
  }

  /** True when point `j` is the baseline. */
  isBaseline(j: number): boolean {
    return this.at[j] === BASELINE;
  }
  /** The year of point `j`. */
  year(j: number): string {
    const i = this.at[j]!;
    return i === BASELINE ? String(this.#record!.baseline!.year) : this.#years[i]!;
  }
  /** The value of point `j` as written. */
  raw(j: number): Value {
    const i = this.at[j]!;
    return i === BASELINE ? this.#record!.baseline!.value : this.#targets[i]!;
  }
  /** Where the targets start: after the baseline, which comes first when there is one. */
  get firstTarget(): number {
    return this.length > 0 && this.at[0] === BASELINE ? 1 : 0;
  }
  /** The points as the public {@link ValuePoint} list. */
  points(): ValuePoint[] {
    const out = new Array<ValuePoint>(this.length);
    for (let j = 0; j < this.length; j++)
      out[j] = { year: this.year(j), raw: this.raw(j), score: this.score[j]!, scale: this.scale[j]!, baseline: this.isBaseline(j) };
    return out;
  }

  /** Adds a value that reads as a number or a grade (numbers, most values, without reading text). */
  #add(raw: Value, at: number): void {
    let score: number;
    let scale: string;
    if (typeof raw === 'number') {
      if (!Number.isFinite(raw)) return;
      score = raw;
      scale = 'number';
    } else {
      const s = comparable(readValue(raw));
      if (s === undefined) return;
      score = s.score;
      scale = s.scale;
    }
    const n = this.length++;
    this.score[n] = score;
    this.scale[n] = scale;
    this.at[n] = at;
  }
}

/** The series of a node the engine did not make, read through the public API. */
export function seriesOfNode(ind: IndicatorNode): TargetSeries {
  const years = ind.years;
  return new TargetSeries().read(
    ind.record,
    years,
    years.map((y) => ind.target(y)!),
  );
}
