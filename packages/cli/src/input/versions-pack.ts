/**
 * A version as the diff reads it ({@link DiffVersion}), packed in a worker thread to cross to the
 * main thread cheaply: every string in one string with their lengths in a typed array, and every
 * number (counts, years, values) in another, so that three buffers are copied instead of hundreds
 * of thousands of objects. `versions-unpack.ts` reads it back.
 *
 * The order, per result: the strings id, level, statement, parent, externalParent, previous; then
 * its indicators as a block: the number of indicators, and for each one the strings id, statement,
 * unit, polarity, the number 1 and the baseline's year and value (or 0 for no baseline), and the
 * number of targets followed by each target's year and value. A value is a number, or NaN in
 * `numbers` with the text next in `text`.
 *
 * @module
 */
import type { DiffIndicator, DiffVersion, LevelScheme, Value } from '@pokin/core';

/** A packed version: plain data; post it with {@link packedBuffers} in the transfer list. */
export interface PackedVersion {
  readonly id: string | null;
  readonly title: string;
  readonly levels: LevelScheme;
  /** Every string, one after the other. */
  readonly text: string;
  /** The length of each string in `text`, -1 for a field that is not there. */
  readonly lengths: Int32Array;
  /** Every number. */
  readonly numbers: Float64Array;
  /** Per result, the size of its indicators' block: entries of `lengths`, of `numbers`, and characters of `text`. */
  readonly blocks: Int32Array;
}

/** A growing typed array. */
class Column<T extends Int32Array | Float64Array> {
  size = 0;
  constructor(public items: T) {}
  push(v: number): void {
    if (this.size === this.items.length) {
      const grown = new (this.items.constructor as new (n: number) => T)(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.size++] = v;
  }
  /** The items (a view: the buffer moved to the other thread may be longer). */
  done(): T {
    return this.items.subarray(0, this.size) as T;
  }
}

/** Packs a version (a `Cascade`, read in a worker). */
export function packVersion(v: DiffVersion): PackedVersion {
  const records = v.results();
  const parts: string[] = [];
  const lengths = new Column(new Int32Array(records.length * 16 + 16));
  const numbers = new Column(new Float64Array(records.length * 16 + 16));
  const blocks = new Int32Array(records.length * 3);
  let chars = 0;
  const text = (s: string | null | undefined) => {
    if (s === null || s === undefined) lengths.push(-1);
    else {
      lengths.push(s.length);
      parts.push(s);
      chars += s.length;
    }
  };
  const value = (x: Value) => {
    if (typeof x === 'number') numbers.push(x);
    else {
      numbers.push(NaN);
      text(x);
    }
  };
  const indicator = (ind: DiffIndicator) => {
    text(ind.id);
    text(ind.statement);
    text(ind.unit);
    text(ind.polarity);
    if (ind.baseline === undefined) numbers.push(0);
    else {
      numbers.push(1);
      numbers.push(ind.baseline.year);
      value(ind.baseline.value);
    }
    const years = ind.targets === undefined ? [] : Object.keys(ind.targets);
    numbers.push(years.length);
    // A Cascade's target years are four digits from 1900 (YEAR_KEY_PATTERN): the number gives the key back.
    for (const year of years) {
      numbers.push(Number(year));
      value(ind.targets![year]!);
    }
  };
  records.forEach((r, i) => {
    text(r.id);
    text(r.level);
    text(r.statement);
    text(r.parent);
    text(r.externalParent);
    text(r.previous);
    const [l0, n0, c0] = [lengths.size, numbers.size, chars];
    numbers.push(r.indicators.length);
    for (const ind of r.indicators) indicator(ind);
    blocks[3 * i] = lengths.size - l0;
    blocks[3 * i + 1] = numbers.size - n0;
    blocks[3 * i + 2] = chars - c0;
  });
  return {
    id: v.id ?? null,
    title: v.title,
    levels: v.levels,
    text: parts.join(''),
    lengths: lengths.done(),
    numbers: numbers.done(),
    blocks,
  };
}

/** The buffers of a packed version, to move to the other thread rather than copy. */
export function packedBuffers(p: PackedVersion): ArrayBuffer[] {
  return [p.lengths.buffer as ArrayBuffer, p.numbers.buffer as ArrayBuffer, p.blocks.buffer as ArrayBuffer];
}
