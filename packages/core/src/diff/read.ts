/**
 * `readDiffVersion(text)`: a JSON document read straight into what the diff reads, without
 * building its object tree. One pass of a strict scanner checks each result as the schema does
 * and keeps only its id, level, statement, links and the text of its indicators (built only for
 * the results whose indicators changed); the parts before and after the results (title, period,
 * levels...) are small and go through `JSON.parse` and the schema's own fast check; the
 * structural checks are the parser's own. Whatever the scanner does not read in the common shape
 * (a syntax error, an unknown key, realisations, an escaped id...) makes it give up:
 * the caller then reads the text the full way, which says what is wrong. It accepts only what
 * `parseCascade` accepts.
 *
 * @module
 */
import type { CascadeIssue } from '../errors.js';
import type { LevelScheme } from '../levels.js';
import { acceptDocumentHead } from '../parse/accept.js';
import { isPlainJson } from '../parse/plain-json.js';
import { MAX_LIST } from '../parse/snapshot.js';
import { checkStructure, resolveLevels } from '../parse/structure.js';
import { GiveUp, Scanner, giveUp } from './scan-json.js';
import { ResultScanner, type ScannedResult } from './scan-result.js';
import type { DiffResult, DiffVersion } from './version.js';

/** Options of {@link readDiffVersion}. */
export interface ReadDiffVersionOptions {
  /**
   * Give up on a document with more results than this (the caller's limit, whose message the
   * full reading gives).
   * @default Infinity
   */
  readonly maxResults?: number;
}

const TOP_KEYS = new Set(['pokin', 'id', 'title', 'agency', 'period', 'levels', 'signatory', 'context', 'csf']);

/** One version of a tree read by {@link readDiffVersion}. */
export interface ReadVersion extends DiffVersion {
  /** The document's level scheme. */
  readonly levels: LevelScheme;
}

/**
 * A pokin JSON document read for `diffCascades`, or `undefined` when the fast reading is not sure
 * (then read it with `parseCascade`, whose errors say what is wrong). When it returns a version,
 * `parseCascade` of the same text accepts it, and `diffCascades` gives the same diff for either.
 * The text must already be strict JSON's text (UTF-8 decoded, no byte order mark).
 *
 * @example
 * ```ts
 * const read = (t: string) => readDiffVersion(t) ?? parseCascade(JSON.parse(t));
 * const d = diffCascades(read(lastYear), read(thisYear));
 * ```
 */
export function readDiffVersion(text: string, options: ReadDiffVersionOptions = {}): ReadVersion | undefined {
  try {
    return read(text, options.maxResults ?? Infinity);
  } catch (e) {
    if (e instanceof GiveUp) return undefined;
    throw e;
  }
}

function read(text: string, maxResults: number): ReadVersion {
  const sc = new Scanner(text);
  const head: Record<string, unknown> = {};
  const scanned: ScannedResult[] = [];
  const results = new ResultScanner(sc);
  if (sc.open(123, 125)) giveUp();
  do {
    const k = sc.key();
    if (k === undefined || Object.hasOwn(head, k)) giveUp();
    if (k === 'results') {
      head.results = []; // the head's check takes any list: the results are checked here
      if (sc.open(91, 93)) giveUp();
      do scanned.push(results.result());
      while (sc.more(93));
    } else if (TOP_KEYS.has(k)) head[k] = sc.parsed();
    else giveUp();
  } while (sc.more(125));
  sc.ws();
  const n = scanned.length;
  if (sc.i !== text.length || n > maxResults || n > MAX_LIST || !isPlainJson(head) || !acceptDocumentHead(head)) giveUp();
  const issues: CascadeIssue[] = [];
  const levels = resolveLevels(head, undefined, issues);
  const documentId = head.id as string | undefined;
  // The results' indicator ids were checked unique by the scan, and their indicators are not built for this.
  const document = { id: documentId, csf: head.csf, results: scanned };
  const structure = checkStructure(document, levels, issues, { indicators: false });
  if (structure === undefined || issues.length > 0 || levels === undefined) giveUp();
  for (const r of scanned) r.resolve(documentId);
  return versionOf(documentId, head.title as string, levels, scanned, structure.index);
}

/** A read version over its results in document order and their index by id. */
export function versionOf(
  id: string | undefined,
  title: string,
  levels: LevelScheme,
  list: readonly DiffResult[],
  index: ReadonlyMap<string, number>,
): ReadVersion {
  return {
    id,
    title,
    size: list.length,
    levels,
    results: () => list,
    result: (key) => {
      const i = index.get(key);
      return i === undefined ? undefined : list[i];
    },
    has: (key) => index.has(key),
  };
}
