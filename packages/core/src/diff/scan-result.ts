/**
 * One result of a document's `results` list, read by the {@link Scanner} in the common shape:
 * the keys of `ResultSchema` that a tree of the format usually has, each checked as the schema
 * checks it, and only the fields the diff reads kept. A key or value outside that shape
 * (`realisations`, an escaped id, a year written `2024.0`) gives up, so the full reading decides;
 * giving up is always safe.
 *
 * @module
 */
import { contributionOf, localId } from '../refs.js';
import type { Contribution } from '../result.js';
import { CONTRIBUTION_STATUSES, type ContributionDocument } from '../schema.js';
import { POSITION_TYPES } from '../schema-indicator.js';
import { Scanner, giveUp, isIdChar } from './scan-json.js';
import { INDICATORS_TEXT, type DiffIndicator, type DiffResult } from './version.js';

const EMPTY: readonly DiffIndicator[] = Object.freeze([]);
const NO_LINKS: readonly Contribution[] = Object.freeze([]);

/**
 * A result as the scanner reads it: `parent` and `contributesTo` as written (what the structural
 * check reads) until {@link ScannedResult.resolve} makes `parent` the diff's (the local id, or
 * `externalParent`) and `contributions` the records' (local ids, statuses in Indonesian); its
 * indicators are built from their text on first use.
 */
export class ScannedResult implements DiffResult {
  externalParent: string | undefined = undefined;
  /** The `contributesTo` entries as a cascade's record holds them (without their `reason`), once resolved. */
  contributions: readonly Contribution[] = NO_LINKS;
  readonly [INDICATORS_TEXT]: string;
  private built: readonly DiffIndicator[] | undefined = undefined;

  constructor(
    readonly id: string,
    readonly level: string,
    readonly statement: string,
    public parent: string | null,
    readonly contributesTo: readonly ContributionDocument[] | undefined,
    readonly previous: string | undefined,
    indicators: string,
  ) {
    this[INDICATORS_TEXT] = indicators;
  }

  /**
   * Makes `parent` the local id (another document's reference goes to `externalParent`) and reads
   * `contributesTo` into `contributions`, as the cascade's records hold them.
   */
  resolve(documentId: string | undefined): void {
    if (this.contributesTo !== undefined && this.contributesTo.length > 0)
      this.contributions = Object.freeze(this.contributesTo.map((e) => contributionOf(e, documentId)));
    const ref = this.parent;
    if (ref === null || (documentId === undefined && !ref.includes('#'))) return;
    this.parent = localId(ref, documentId) ?? null;
    if (this.parent === null) this.externalParent = ref;
  }

  get indicators(): readonly DiffIndicator[] {
    const text = this[INDICATORS_TEXT];
    this.built ??= text === '' ? EMPTY : Object.freeze(JSON.parse(text) as DiffIndicator[]);
    return this.built;
  }
}

const POLARITIES = ['up', 'down', 'range'];
// The keys read, most frequent first (a key is found by comparing it with each in turn).
const OWNER_KEYS = ['unit', 'position', 'positionType', 'name', 'nip', 'agency'];
const O_POSITION_TYPE = OWNER_KEYS.indexOf('positionType');
const BUDGET_KEYS = ['program', 'activity', 'subActivity'];
const BASELINE_KEYS = ['year', 'value'];
const RESULT_KEYS = ['id', 'level', 'statement', 'parent', 'indicators', 'owner', 'budget', 'contributesTo', 'previous', 'notes'];
const [R_ID, R_LEVEL, R_STATEMENT, R_PARENT, R_INDICATORS, R_OWNER, R_BUDGET, R_CONTRIBUTES, R_PREVIOUS] = [
  0, 1, 2, 3, 4, 5, 6, 7, 8,
] as const;
/** Results must have these three. */
const R_REQUIRED = (1 << R_ID) | (1 << R_LEVEL) | (1 << R_STATEMENT);
/** An indicator's unit and free texts, read as any string. */
const INDICATOR_TEXTS = ['unit', 'definition', 'formula', 'dataSource', 'dataProvider', 'frequency'];
const INDICATOR_KEYS = ['id', 'statement', 'polarity', 'baseline', 'targets', 'iku', 'owner', ...INDICATOR_TEXTS];
const [I_ID, I_STATEMENT, I_POLARITY, I_BASELINE, I_TARGETS, I_IKU, I_OWNER] = [0, 1, 2, 3, 4, 5, 6] as const;
/** The keys of a `contributesTo` object (`ContributionSchema`: `to` required). */
const CONTRIBUTION_KEYS = ['to', 'status', 'reason'];
const [C_TO, C_STATUS] = [0, 1] as const;

/** Reads an id (`ID_PATTERN`) or a reference (`RESULT_REF_PATTERN`: one `#` inside) without escapes. */
function idToken(sc: Scanner, ref: boolean): string {
  const start = sc.ws() === 34 ? sc.i + 1 : giveUp();
  const end = sc.string() - 1;
  if (sc.escaped || end === start) giveUp();
  const s = sc.s;
  let hash = -1;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (isIdChar(c)) continue;
    if (!ref || c !== 35 || hash !== -1 || i === start || i === end - 1) giveUp();
    hash = i;
  }
  return s.slice(start, end);
}

/** Reads a non-empty string (`Text`). */
function nonEmpty(sc: Scanner): string {
  const start = sc.ws() === 34 ? sc.i : giveUp();
  const end = sc.string();
  if (end - start === 2) giveUp();
  return sc.stringValue(start, end);
}

/** Reads four digits from 1900 to 2200 at `at` (a year key or a baseline year). */
function yearAt(s: string, at: number): number {
  let y = 0;
  for (let k = at; k < at + 4; k++) {
    const c = s.charCodeAt(k) - 48;
    if (!(c >= 0 && c <= 9)) giveUp();
    y = y * 10 + c;
  }
  return y >= 1900 && y <= 2200 ? y : giveUp();
}

/**
 * Reads an object of texts named `names` (an owner, budget codes), each at most once; the key at
 * index `choice` holds one of `options` (an owner's position type).
 */
function texts(sc: Scanner, names: readonly string[], choice = -1, options: readonly string[] = []): void {
  let seen = 0;
  if (!sc.open(123, 125))
    do {
      const k = sc.keyOf(names, seen);
      seen |= 1 << k;
      if (k === choice) sc.name(options);
      else sc.string();
    } while (sc.more(125));
}

/** Reads a `contributesTo` object (`ContributionSchema`): its `to` and `status` kept, any `reason` read as a string. */
function contribution(sc: Scanner): ContributionDocument {
  let seen = 0;
  let to = '';
  let status: (typeof CONTRIBUTION_STATUSES)[number] | undefined;
  if (!sc.open(123, 125))
    do {
      const k = sc.keyOf(CONTRIBUTION_KEYS, seen);
      seen |= 1 << k;
      if (k === C_TO) to = idToken(sc, true);
      else if (k === C_STATUS) status = CONTRIBUTION_STATUSES[sc.name(CONTRIBUTION_STATUSES)];
      else sc.string();
    } while (sc.more(125));
  if ((seen & (1 << C_TO)) === 0) giveUp();
  return status === undefined ? { to } : { to, status };
}

/** Reads an owner (`OwnerSchema`). */
const owner = (sc: Scanner) => texts(sc, OWNER_KEYS, O_POSITION_TYPE, POSITION_TYPES);

/** Reads `targets` (`z.record(YearKey, ValueSchema)`); `seen` marks the years read, by `stamp`. */
function targets(sc: Scanner, seen: Int32Array, stamp: number): void {
  if (sc.open(123, 125)) return;
  do {
    const start = sc.ws() === 34 ? sc.i + 1 : giveUp();
    if (sc.string() - 1 - start !== 4) giveUp();
    const y = yearAt(sc.s, start) - 1900;
    if (seen[y] === stamp) giveUp();
    seen[y] = stamp;
    sc.expect(58);
    sc.value();
  } while (sc.more(125));
}

/** Reads a baseline (`BaselineSchema`: `year` and `value`, both required). */
function baseline(sc: Scanner): void {
  let seen = 0;
  if (!sc.open(123, 125))
    do {
      const k = sc.keyOf(BASELINE_KEYS, seen);
      seen |= 1 << k;
      if (k === 1) sc.value();
      else {
        const at = sc.ws() === 45 ? giveUp() : sc.i;
        sc.number();
        if (sc.i - at !== 4) giveUp();
        yearAt(sc.s, at);
      }
    } while (sc.more(125));
  if (seen !== 3) giveUp();
}

/** Reads a result's scanner state shared across results: indicator ids in order, target years by stamp. */
export class ResultScanner {
  /** Every indicator id met: they are unique in a document (the structural check's own rule). */
  private readonly indicatorIds = new Set<string>();
  private readonly years = new Int32Array(301);
  private readonly levels = new Map<string, string>();
  private stamp = 0;

  constructor(private readonly sc: Scanner) {}

  /** Reads one indicator (`IndicatorSchema`: `statement` required). */
  private indicator(): void {
    const sc = this.sc;
    let seen = 0;
    if (!sc.open(123, 125))
      do {
        const k = sc.keyOf(INDICATOR_KEYS, seen);
        seen |= 1 << k;
        if (k === I_STATEMENT) nonEmpty(sc);
        else if (k === I_ID) this.indicatorId(idToken(sc, false));
        else if (k === I_POLARITY) sc.name(POLARITIES);
        else if (k === I_TARGETS) targets(sc, this.years, ++this.stamp);
        else if (k === I_BASELINE) baseline(sc);
        else if (k === I_IKU) sc.boolean();
        else if (k === I_OWNER) owner(sc);
        else sc.string(); // unit and the free texts
      } while (sc.more(125));
    if ((seen & (1 << I_STATEMENT)) === 0) giveUp();
  }

  /** Keeps an indicator id; gives up on one met before. */
  private indicatorId(id: string): void {
    if (this.indicatorIds.has(id)) giveUp();
    this.indicatorIds.add(id);
  }

  /** One string for each level key: a tree has a few levels and many results. */
  private shared(level: string): string {
    const known = this.levels.get(level);
    if (known !== undefined) return known;
    this.levels.set(level, level);
    return level;
  }

  /** Reads one result (`ResultSchema`: `id`, `level` and `statement` required). */
  result(): ScannedResult {
    const sc = this.sc;
    let id = '';
    let level = '';
    let statement = '';
    let parent: string | null = null;
    let contributesTo: ContributionDocument[] | undefined;
    let previous: string | undefined;
    let indicators = '';
    let seen = 0;
    if (!sc.open(123, 125))
      do {
        const k = sc.keyOf(RESULT_KEYS, seen);
        seen |= 1 << k;
        switch (k) {
          case R_ID:
            id = idToken(sc, false);
            break;
          case R_LEVEL:
            level = this.shared(idToken(sc, false));
            break;
          case R_STATEMENT:
            statement = nonEmpty(sc);
            break;
          case R_PARENT:
            if (sc.ws() === 110 && sc.s.startsWith('null', sc.i)) sc.i += 4;
            else parent = idToken(sc, true);
            break;
          case R_INDICATORS: {
            const start = sc.ws() === 91 ? sc.i : giveUp();
            if (!sc.open(91, 93))
              do this.indicator();
              while (sc.more(93));
            indicators = sc.s.slice(start, sc.i);
            break;
          }
          case R_OWNER:
            owner(sc);
            break;
          case R_BUDGET:
            texts(sc, BUDGET_KEYS);
            break;
          case R_CONTRIBUTES:
            contributesTo = [];
            if (!sc.open(91, 93))
              do contributesTo.push(sc.ws() === 123 ? contribution(sc) : idToken(sc, true));
              while (sc.more(93));
            break;
          case R_PREVIOUS:
            previous = idToken(sc, true);
            break;
          default: // notes
            sc.string();
        }
      } while (sc.more(125));
    if ((seen & R_REQUIRED) !== R_REQUIRED) giveUp();
    return new ScannedResult(id, level, statement, parent, contributesTo, previous, indicators);
  }
}
