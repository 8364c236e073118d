/**
 * What {@link diffCascades} reads of each version ({@link DiffVersion}; a `Cascade` is one), and a
 * packed form of it ({@link PackedDiffVersion}): columns of strings and typed arrays, so a program
 * can load each version in its own thread and post back only what the diff needs (a structured
 * clone of a whole `Cascade` of 100,000 results costs seconds; of its columns, a small part).
 *
 * @module
 */
import { UsageError } from '../errors.js';
import type { LevelScheme } from '../levels.js';
import type { ResultRecord } from '../result.js';
import type { Baseline, Polarity, Value } from '../schema.js';

/** The fields of an indicator (IK) the diff compares (an indicator of a `Cascade` has them). */
export interface DiffIndicator {
  /** Its id, when it has one. */
  readonly id?: string | undefined;
  /** The indicator as written. */
  readonly statement: string;
  /** Its unit (satuan). */
  readonly unit?: string | undefined;
  /** Whether higher or lower is better. */
  readonly polarity?: Polarity | undefined;
  /** Its baseline (kondisi awal). */
  readonly baseline?: Baseline | undefined;
  /** Its targets by year (`"2026"`). */
  readonly targets?: Readonly<Record<string, Value>> | undefined;
}

/** The fields of a result the diff reads. */
export interface DiffResult extends Pick<ResultRecord, 'id' | 'level' | 'statement' | 'parent' | 'externalParent' | 'previous'> {
  /** Its indicators. */
  readonly indicators: readonly DiffIndicator[];
}

/** One version of a tree as the diff reads it. A `Cascade` is one. */
export interface DiffVersion {
  /** The document's `id`, when it has one. */
  readonly id: string | undefined;
  /** Its title. */
  readonly title: string;
  /** Its number of results. */
  readonly size: number;
  /** Its level scheme. */
  readonly levels: LevelScheme;
  /** Every result, in document order. */
  results(): readonly DiffResult[];
  /** The result with this id, or `undefined`. */
  result(id: string): DiffResult | undefined;
  /** True when a result has this id. */
  has(id: string): boolean;
}

/**
 * A {@link DiffVersion} as columns: one entry per result, or per indicator, or per target (the
 * `*Start` arrays give where each result's indicators and each indicator's targets begin). Plain
 * data: post it between threads with its typed arrays' buffers in the transfer list.
 */
export interface PackedDiffVersion {
  /** The document's `id`, `null` when it has none. */
  readonly id: string | null;
  /** Its title. */
  readonly title: string;
  /** Its level scheme. */
  readonly levels: LevelScheme;
  /** Each result's id. */
  readonly ids: string[];
  /** Position of each result's level in `levels`. */
  readonly levelOf: Uint16Array;
  /** Each result's statement. */
  readonly statements: string[];
  /** Each result's `parent` (a local id), or `null`. */
  readonly parents: (string | null)[];
  /** Each result's `externalParent`, or `null`. */
  readonly externalParents: (string | null)[];
  /** Each result's `previous`, or `null`. */
  readonly previous: (string | null)[];
  /** Result i's indicators are `indStart[i]` to `indStart[i + 1]`. */
  readonly indStart: Int32Array;
  /** Each indicator's id, or `null`. */
  readonly indIds: (string | null)[];
  /** Each indicator's statement. */
  readonly indStatements: string[];
  /** Each indicator's unit, as a position in `units`, -1 for none. */
  readonly unitOf: Int32Array;
  /** The distinct units. */
  readonly units: string[];
  /** Each indicator's polarity, as a position in `polarities`, -1 for none. */
  readonly polarityOf: Int32Array;
  /** The distinct polarities. */
  readonly polarities: Polarity[];
  /** Baseline year, 0 for none. */
  readonly baseYears: Int32Array;
  /** Baseline value, `null` for none. */
  readonly baseValues: (Value | null)[];
  /** Indicator j's targets are `targetStart[j]` to `targetStart[j + 1]`. */
  readonly targetStart: Int32Array;
  /** Each target's year (a target year has four digits, without a leading zero). */
  readonly targetYears: Uint16Array;
  /** Each target's value when it is a number. */
  readonly targetNumbers: Float64Array;
  /** The positions of the targets whose value is a string, ascending. */
  readonly targetTextAt: Int32Array;
  /** Those strings. */
  readonly targetTexts: string[];
}

/** The columns of a version; post them with {@link packedTransfer} as the transfer list. */
export function packDiffVersion(v: DiffVersion): PackedDiffVersion {
  const records = v.results();
  const levelIndex = new Map(v.levels.map((l, i) => [l.key, i]));
  const n = records.length;
  let indicators = 0;
  let targets = 0;
  for (const r of records) {
    indicators += r.indicators.length;
    for (const ind of r.indicators) if (ind.targets !== undefined) targets += Object.keys(ind.targets).length;
  }
  const units = dictionary<string>();
  const polarities = dictionary<Polarity>();
  const textAt: number[] = [];
  const texts: string[] = [];
  const p = {
    id: v.id ?? null,
    title: v.title,
    levels: v.levels,
    ids: new Array<string>(n),
    levelOf: new Uint16Array(n),
    statements: new Array<string>(n),
    parents: new Array<string | null>(n),
    externalParents: new Array<string | null>(n),
    previous: new Array<string | null>(n),
    indStart: new Int32Array(n + 1),
    indIds: new Array<string | null>(indicators),
    indStatements: new Array<string>(indicators),
    unitOf: new Int32Array(indicators),
    units: units.values,
    polarityOf: new Int32Array(indicators),
    polarities: polarities.values,
    baseYears: new Int32Array(indicators),
    baseValues: new Array<Value | null>(indicators),
    targetStart: new Int32Array(indicators + 1),
    targetYears: new Uint16Array(targets),
    targetNumbers: new Float64Array(targets),
    targetTextAt: new Int32Array(0),
    targetTexts: texts,
  };
  let j = 0;
  let t = 0;
  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    p.ids[i] = r.id;
    p.levelOf[i] = levelIndex.get(r.level)!;
    p.statements[i] = r.statement;
    p.parents[i] = r.parent;
    p.externalParents[i] = r.externalParent ?? null;
    p.previous[i] = r.previous ?? null;
    p.indStart[i] = j;
    for (const ind of r.indicators) {
      p.indIds[j] = ind.id ?? null;
      p.indStatements[j] = ind.statement;
      p.unitOf[j] = units.code(ind.unit);
      p.polarityOf[j] = polarities.code(ind.polarity);
      p.baseYears[j] = ind.baseline?.year ?? 0;
      p.baseValues[j] = ind.baseline?.value ?? null;
      p.targetStart[j] = t;
      if (ind.targets !== undefined)
        for (const year of Object.keys(ind.targets)) {
          const v = ind.targets[year]!;
          p.targetYears[t] = Number(year);
          if (String(p.targetYears[t]) !== year) throw new UsageError(`packDiffVersion: ${JSON.stringify(year)} is not a target year`);
          if (typeof v === 'number') p.targetNumbers[t] = v;
          else {
            textAt.push(t);
            texts.push(v);
          }
          t++;
        }
      j++;
    }
  }
  p.indStart[n] = j;
  p.targetStart[indicators] = t;
  return { ...p, targetTextAt: Int32Array.from(textAt) };
}

/** Codes for repeated strings: each distinct value once, -1 for none. */
function dictionary<T extends string>(): { values: T[]; code: (v: T | undefined) => number } {
  const values: T[] = [];
  const codes = new Map<T, number>();
  return {
    values,
    code: (v) => {
      if (v === undefined) return -1;
      let c = codes.get(v);
      if (c === undefined) {
        c = values.push(v) - 1;
        codes.set(v, c);
      }
      return c;
    },
  };
}

/** The buffers of a packed version's typed arrays, to transfer rather than copy. */
export function packedTransfer(p: PackedDiffVersion): ArrayBuffer[] {
  const arrays = [
    p.levelOf,
    p.indStart,
    p.unitOf,
    p.polarityOf,
    p.baseYears,
    p.targetStart,
    p.targetYears,
    p.targetNumbers,
    p.targetTextAt,
  ];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/**
 * A {@link DiffVersion} from its columns: the diff of two unpacked versions is the diff of the
 * versions packed. Indicators without targets read as having none (`targets` left out), which the
 * diff treats alike.
 */
export function unpackDiffVersion(p: PackedDiffVersion): DiffVersion {
  const n = p.ids.length;
  const text = { next: 0 };
  const records = new Array<DiffResult>(n);
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const indicators: DiffIndicator[] = [];
    for (let j = p.indStart[i]!; j < p.indStart[i + 1]!; j++) indicators.push(indicatorAt(p, j, text));
    const r: { -readonly [K in keyof DiffResult]: DiffResult[K] } = {
      id: p.ids[i]!,
      level: p.levels[p.levelOf[i]!]!.key,
      statement: p.statements[i]!,
      parent: p.parents[i]!,
      indicators,
    };
    if (p.externalParents[i] !== null) r.externalParent = p.externalParents[i]!;
    if (p.previous[i] !== null) r.previous = p.previous[i]!;
    records[i] = r;
    index.set(r.id, i);
  }
  return {
    id: p.id ?? undefined,
    title: p.title,
    size: n,
    levels: p.levels,
    results: () => records,
    result: (id) => {
      const i = index.get(id);
      return i === undefined ? undefined : records[i];
    },
    has: (id) => index.has(id),
  };
}

/** Indicator `j`; `text.next` walks `targetTextAt` along (indicators are read in order). */
function indicatorAt(p: PackedDiffVersion, j: number, text: { next: number }): DiffIndicator {
  const ind: { -readonly [K in keyof DiffIndicator]: DiffIndicator[K] } = { statement: p.indStatements[j]! };
  if (p.indIds[j] !== null) ind.id = p.indIds[j]!;
  if (p.unitOf[j]! >= 0) ind.unit = p.units[p.unitOf[j]!]!;
  if (p.polarityOf[j]! >= 0) ind.polarity = p.polarities[p.polarityOf[j]!]!;
  if (p.baseYears[j] !== 0) ind.baseline = { year: p.baseYears[j]!, value: p.baseValues[j]! };
  const from = p.targetStart[j]!;
  const to = p.targetStart[j + 1]!;
  if (to > from) {
    const targets: Record<string, Value> = {};
    for (let t = from; t < to; t++) {
      const isText = p.targetTextAt[text.next] === t;
      targets[p.targetYears[t]!] = isText ? p.targetTexts[text.next++]! : p.targetNumbers[t]!;
    }
    ind.targets = targets;
  }
  return ind;
}
