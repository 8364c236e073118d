/**
 * One result of a document's `results` list, read by the {@link Scanner} in the common shape:
 * the keys of `ResultSchema` that a tree of the format usually has, each checked as the schema
 * checks it, and only the fields the diff reads kept. A key or value outside that shape (a
 * `contributesTo` object, `realisations`, an escaped id, a year written `2024.0`) gives up, so the
 * full reading decides; giving up is always safe.
 *
 * @module
 */
import { POSITION_TYPES } from '../schema-indicator.js';
import { Scanner, giveUp, isIdChar } from './scan-json.js';

/** What the structural check reads of a result (the fields of a document's result it reads). */
export interface ScannedLinks {
  readonly id: string;
  readonly level: string;
  readonly parent?: string | null;
  readonly contributesTo?: readonly string[];
}

/** A scanned result: its links, the rest of what the diff reads, and where its indicators are. */
export interface ScannedFields {
  readonly links: ScannedLinks;
  readonly statement: string;
  readonly previous: string | undefined;
  /** The `indicators` list's text, `''` when there is none. */
  readonly indicators: string;
}

const POLARITIES = new Set(['up', 'down', 'range']);
const POSITIONS = new Set<string>(POSITION_TYPES);
const OWNER_TEXTS = new Set(['agency', 'unit', 'position', 'name', 'nip']);
const BUDGET_TEXTS = new Set(['program', 'activity', 'subActivity']);
const INDICATOR_TEXTS = new Set(['unit', 'definition', 'formula', 'dataSource', 'dataProvider', 'frequency']);

/** Reads the keys of an object, calling `field` for each after its colon; a key read twice gives up. */
function fields(sc: Scanner, field: (key: string) => void): void {
  if (sc.open(123, 125)) return;
  const seen = new Set<string>();
  do {
    const k = sc.key();
    if (k === undefined || seen.has(k)) giveUp();
    seen.add(k);
    field(k);
  } while (sc.more(125));
}

/** Reads a list, calling `item` for each entry. */
function items(sc: Scanner, item: () => void): void {
  if (sc.open(91, 93)) return;
  do item();
  while (sc.more(93));
}

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

/** Reads one of `options`, written without escapes. */
function oneOf(sc: Scanner, options: ReadonlySet<string>): void {
  const start = sc.ws() === 34 ? sc.i + 1 : giveUp();
  const end = sc.string() - 1;
  if (sc.escaped || !options.has(sc.s.slice(start, end))) giveUp();
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

/** Reads an owner (`OwnerSchema`). */
function owner(sc: Scanner): void {
  fields(sc, (k) => {
    if (OWNER_TEXTS.has(k)) sc.string();
    else if (k === 'positionType') oneOf(sc, POSITIONS);
    else giveUp();
  });
}

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
  let has = 0;
  fields(sc, (k) => {
    if (k === 'year') {
      const at = sc.ws() === 45 ? giveUp() : sc.i;
      sc.number();
      if (sc.i - at !== 4) giveUp();
      yearAt(sc.s, at);
      has |= 1;
    } else if (k === 'value') {
      sc.value();
      has |= 2;
    } else giveUp();
  });
  if (has !== 3) giveUp();
}

/** Reads a result's scanner state shared across results: indicator ids in order, target years by stamp. */
export class ResultScanner {
  /** Every indicator id met, in document order. */
  readonly indicatorIds: string[] = [];
  private readonly years = new Int32Array(301);
  private stamp = 0;

  constructor(private readonly sc: Scanner) {}

  /** Reads one indicator (`IndicatorSchema`: `statement` required). */
  private indicator(): void {
    const sc = this.sc;
    let statement = false;
    fields(sc, (k) => {
      if (k === 'statement') {
        nonEmpty(sc);
        statement = true;
      } else if (k === 'id') this.indicatorIds.push(idToken(sc, false));
      else if (INDICATOR_TEXTS.has(k)) sc.string();
      else if (k === 'polarity') oneOf(sc, POLARITIES);
      else if (k === 'targets') targets(sc, this.years, ++this.stamp);
      else if (k === 'baseline') baseline(sc);
      else if (k === 'iku') sc.boolean();
      else if (k === 'owner') owner(sc);
      else giveUp();
    });
    if (!statement) giveUp();
  }

  /** Reads one result (`ResultSchema`: `id`, `level` and `statement` required). */
  result(): ScannedFields {
    const sc = this.sc;
    let id: string | undefined;
    let level: string | undefined;
    let statement: string | undefined;
    let parent: string | null | undefined;
    let contributesTo: string[] | undefined;
    let previous: string | undefined;
    let indicators = '';
    fields(sc, (k) => {
      switch (k) {
        case 'id':
          id = idToken(sc, false);
          break;
        case 'level':
          level = idToken(sc, false);
          break;
        case 'statement':
          statement = nonEmpty(sc);
          break;
        case 'parent':
          if (sc.ws() === 110 && sc.s.startsWith('null', sc.i)) {
            sc.i += 4;
            parent = null;
          } else parent = idToken(sc, true);
          break;
        case 'contributesTo': {
          const list: string[] = [];
          items(sc, () => list.push(idToken(sc, true)));
          contributesTo = list;
          break;
        }
        case 'previous':
          previous = idToken(sc, true);
          break;
        case 'indicators': {
          const start = sc.ws() === 91 ? sc.i : giveUp();
          items(sc, () => this.indicator());
          indicators = sc.s.slice(start, sc.i);
          break;
        }
        case 'owner':
          owner(sc);
          break;
        case 'budget':
          fields(sc, (b) => (BUDGET_TEXTS.has(b) ? sc.string() : giveUp()));
          break;
        case 'notes':
          sc.string();
          break;
        default:
          giveUp();
      }
    });
    if (id === undefined || level === undefined || statement === undefined) giveUp();
    const links: { id: string; level: string; parent?: string | null; contributesTo?: string[] } = { id, level };
    if (parent !== undefined) links.parent = parent;
    if (contributesTo !== undefined) links.contributesTo = contributesTo;
    return { links, statement, previous, indicators };
  }
}
