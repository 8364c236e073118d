/**
 * The state every rule reads: built once per review in linear passes (indices, children, level
 * profiles, normalised statements), so no rule scans the whole cascade per result.
 *
 * @module
 */
import { cascadeIndex, type Cascade, type CascadeIndex } from '../cascade.js';
import type { Level, LevelScheme } from '../levels.js';
import type { ResultRecord } from '../result.js';
import type { Indicator } from '../schema.js';
import type { LocalizedText } from './types.js';
import { hasNonAscii, isAllCaps, normalizeScanned, type TextScan } from './text.utils.js';

/** {@link ReviewContext.textFlags}: the statement is in capitals throughout. */
export const STATEMENT_ALL_CAPS = 1;
/** {@link ReviewContext.textFlags}: the statement holds a character outside printable ASCII. */
export const STATEMENT_NON_ASCII = 2;
/** {@link ReviewContext.textFlags}: the owner's unit holds a character outside printable ASCII. */
export const OWNER_UNIT_NON_ASCII = 4;
/** {@link ReviewContext.textFlags}: the owner's position holds a character outside printable ASCII. */
export const OWNER_POSITION_NON_ASCII = 8;

/** How the review treats a level: what its statements and indicators should look like. */
export interface LevelProfile {
  /** Statements should state a condition (`outcome`), a delivered output (`output`), or are names the review does not judge (`none`, e.g. Renstra program nomenclature). */
  readonly statement: 'outcome' | 'output' | 'none';
  /** Indicators should be rates/indices (`outcome`), counts (`output`), or are not judged (`none`). */
  readonly indicator: 'outcome' | 'output' | 'none';
  /** The level where a branch should end (the output level). */
  readonly leaf: boolean;
}

const OUTCOME: LevelProfile = Object.freeze({ statement: 'outcome', indicator: 'outcome', leaf: false });
const OUTPUT: LevelProfile = Object.freeze({ statement: 'output', indicator: 'output', leaf: true });
const NONE: LevelProfile = Object.freeze({ statement: 'none', indicator: 'none', leaf: false });

/** Profiles of the known level keys (PermenPAN-RB 89/2021 and Renstra). */
const KNOWN: Readonly<Record<string, LevelProfile>> = {
  goal: OUTCOME,
  'ultimate-outcome': OUTCOME,
  'intermediate-outcome': OUTCOME,
  'immediate-outcome': OUTCOME,
  outcome: OUTCOME,
  output: OUTPUT,
  tujuan: OUTCOME,
  sasaran: OUTCOME,
  // Program, kegiatan and sub kegiatan carry nomenclature names ("Program Kepegawaian Daerah"),
  // so their statements are not judged; program indicators are outcomes, sub kegiatan ones outputs.
  program: { statement: 'none', indicator: 'outcome', leaf: false },
  kegiatan: NONE,
  'sub-kegiatan': { statement: 'none', indicator: 'output', leaf: true },
};

/**
 * The profile of each level of a scheme: the known keys as above; other levels by the words of their
 * key and labels (output/keluaran, sub kegiatan, kegiatan, program, outcome/hasil/tujuan/sasaran/
 * goal/impact), then by tier (strategis and urusan are outcomes). When no level is an output level,
 * the bottom level is where branches end.
 */
export function levelProfiles(levels: LevelScheme): LevelProfile[] {
  const out = levels.map((l) => KNOWN[l.key] ?? guessProfile(l));
  if (!out.some((p) => p.leaf) && out.length > 0) out[out.length - 1] = { ...out[out.length - 1]!, leaf: true };
  return out;
}

function guessProfile(l: Level): LevelProfile {
  const text = `${l.key} ${l.label.id} ${l.label.en}`.toLowerCase();
  if (/output|keluaran/.test(text)) return OUTPUT;
  if (/sub[\s._-]*kegiatan|sub[\s._-]*activit/.test(text)) return KNOWN['sub-kegiatan']!;
  if (/kegiatan|activit/.test(text)) return NONE;
  if (/program/.test(text)) return KNOWN.program!;
  if (/outcome|hasil|tujuan|sasaran|goal|impact|dampak|objective/.test(text)) return OUTCOME;
  if (l.tier === 'strategis' || l.tier === 'urusan') return OUTCOME;
  return NONE;
}

/** One finding as a rule reports it; the review adds the rule id, severity, locale and url. */
export interface Finding {
  /** The message in both languages, from the catalogue. */
  readonly message: LocalizedText;
  /** Index of the result in document order, when the finding is about a result. */
  readonly result?: number;
  /** Index of the indicator within the result. */
  readonly indicator?: number;
  /** Path in the document, e.g. `results[3].indicators[0].unit` or `csf[1].desiredCondition`. */
  readonly path?: string;
}

/** What a rule's check receives. */
export interface ReviewContext {
  /** The cascade under review. */
  readonly cascade: Cascade;
  /** Results in document order. */
  readonly records: readonly ResultRecord[];
  /** Result index by id. */
  readonly indexOf: ReadonlyMap<string, number>;
  /** Primary parent's index per result, -1 for a root. */
  readonly parentOf: Int32Array;
  /**
   * Primary children of result `i`, in document order: `childList[childStart[i]]` up to (not
   * including) `childList[childStart[i + 1]]`.
   */
  readonly childStart: Int32Array;
  /** See {@link ReviewContext.childStart}. */
  readonly childList: Int32Array;
  /** Number of children (primary and crosscutting) per result. */
  readonly childCount: Int32Array;
  /** Rank of each result's level in the scheme (0 = top). */
  readonly rank: Int32Array;
  /** Profile of each result's level. */
  readonly profile: readonly LevelProfile[];
  /** Normalised statement per result. */
  readonly norm: readonly string[];
  /**
   * Per result, what the text rules look for, found while its statement is normalised (so those
   * rules read no text but the flagged ones): {@link STATEMENT_ALL_CAPS}, {@link STATEMENT_NON_ASCII},
   * {@link OWNER_UNIT_NON_ASCII}, {@link OWNER_POSITION_NON_ASCII}.
   */
  readonly textFlags: Uint8Array;
  /**
   * Indicators of result `i` in the flat per-indicator lists ({@link ReviewContext.indicators}):
   * positions `indicatorStart[i]` up to (not including) `indicatorStart[i + 1]`.
   */
  readonly indicatorStart: Int32Array;
  /**
   * Every indicator in document order, one flat list ({@link ReviewContext.indicatorStart} says
   * whose): a pass over it reads each indicator object alone, where `records[i].indicators[k]`
   * reads the record and its list too (three cache misses per indicator on a large cascade).
   */
  readonly indicators: readonly Readonly<Indicator>[];
  /**
   * Computes a value once per review and hands it to every rule that asks with the same key: a
   * family of rules shares one pass over the results this way.
   */
  memo<T>(key: object, compute: () => T): T;
}

/** Builds the context in linear passes. */
export function buildContext(cascade: Cascade): ReviewContext {
  const records = cascade.results();
  const n = records.length;
  // The cascade's own id index and parent links when it has them; a cascade from another copy of
  // the package is indexed here.
  const { indexOf, parentOf } = cascadeIndex(cascade) ?? indexRecords(records);
  const profiles = levelProfiles(cascade.levels);
  const levelIndex = new Map<string, number>();
  cascade.levels.forEach((l, i) => levelIndex.set(l.key, i));
  const childCount = new Int32Array(n);
  const rank = new Int32Array(n);
  const profile: LevelProfile[] = new Array<LevelProfile>(n);
  const norm: string[] = new Array<string>(n);
  const textFlags = new Uint8Array(n);
  const scan: TextScan = { ascii: true };
  // Flat arrays rather than a small array per result: 100,000 small arrays that live as long as the
  // review made it GC-bound.
  const childStart = new Int32Array(n + 1);
  const indicatorStart = new Int32Array(n + 1);
  // Filled in the same pass: a second pass over the records costs a cache miss per record on a large cascade.
  const indicators: Readonly<Indicator>[] = [];
  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    const li = levelIndex.get(r.level) ?? -1;
    rank[i] = li;
    profile[i] = li >= 0 ? profiles[li]! : NONE;
    const statement = r.statement;
    norm[i] = normalizeScanned(statement, scan);
    let flags = (isAllCaps(statement) ? STATEMENT_ALL_CAPS : 0) | (scan.ascii ? 0 : STATEMENT_NON_ASCII);
    const owner = r.owner;
    if (owner !== undefined) {
      if (owner.unit !== undefined && hasNonAscii(owner.unit)) flags |= OWNER_UNIT_NON_ASCII;
      if (owner.position !== undefined && hasNonAscii(owner.position)) flags |= OWNER_POSITION_NON_ASCII;
    }
    textFlags[i] = flags;
    const inds = r.indicators;
    indicatorStart[i + 1] = indicatorStart[i]! + inds.length;
    for (let k = 0; k < inds.length; k++) indicators.push(inds[k]!);
    const p = parentOf[i]!;
    if (p >= 0) {
      childCount[p]!++;
      childStart[p + 1]!++;
    }
    for (let j = 0; j < r.contributesTo.length; j++) {
      const c = r.contributesTo[j]!;
      const q = indexOf.get(c);
      if (q !== undefined && c !== r.parent) childCount[q]!++;
    }
  }
  for (let i = 0; i < n; i++) childStart[i + 1]! += childStart[i]!;
  const childList = new Int32Array(childStart[n]!);
  const fill = childStart.slice(0, n);
  for (let i = 0; i < n; i++) {
    const p = parentOf[i]!;
    if (p >= 0) childList[fill[p]!++] = i;
  }
  const memos = new Map<object, unknown>();
  return {
    cascade,
    records,
    indexOf,
    parentOf,
    childStart,
    childList,
    childCount,
    rank,
    profile,
    norm,
    textFlags,
    indicatorStart,
    indicators,
    memo<T>(key: object, compute: () => T): T {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
  };
}

/** Id index and primary parent links of records that come without them. */
function indexRecords(records: readonly ResultRecord[]): CascadeIndex {
  const n = records.length;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) indexOf.set(records[i]!.id, i);
  const parentOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const parent = records[i]!.parent;
    if (parent !== null) parentOf[i] = indexOf.get(parent) ?? -1;
  }
  return { indexOf, parentOf };
}

/** `results[3]`, `results[3].indicators[0]`, with an optional field. */
export function resultPath(i: number, field?: string): string {
  return field === undefined ? `results[${i}]` : `results[${i}].${field}`;
}

/** `results[3].indicators[1]`, with an optional field. */
export function indicatorPath(i: number, k: number, field?: string): string {
  return `results[${i}].indicators[${k}]${field === undefined ? '' : `.${field}`}`;
}

/** A statement quoted for a message, shortened when long. */
export function quote(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`;
}
