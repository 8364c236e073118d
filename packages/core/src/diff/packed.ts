/**
 * A version read by `readDiffVersion` as plain data, to hand from one thread to another: a worker
 * reads one of the two files of `pokin diff` while the main thread reads the other. The results'
 * texts travel as one string and their lengths, which `postMessage` copies far faster than
 * 100,000 objects. Each result keeps its indicators' text as written, so the diff still builds
 * only the indicators that changed.
 *
 * @module
 */
import type { LevelScheme } from '../levels.js';
import type { ContributionStatus } from '../refs.js';
import type { Contribution } from '../result.js';
import { versionOf, type ReadVersion } from './read.js';
import { ScannedResult } from './scan-result.js';
import { INDICATORS_TEXT, type DiffResult } from './version.js';

/** The string fields of a result in a {@link PackedDiffVersion}, in order. */
const FIELDS = 8;
const [F_ID, F_LEVEL, F_STATEMENT, F_PARENT, F_EXTERNAL, F_PREVIOUS, F_INDICATORS, F_LINKS] = [0, 1, 2, 3, 4, 5, 6, 7] as const;
/** Between two crosscutting entries of a result, and between an entry's target and its status: no reference holds either. */
const [LINK_END, STATUS_AT] = ['\n', ' '] as const;

/**
 * One version of a tree as plain data ({@link packDiffVersion}): what `structuredClone` and
 * `postMessage` copy as it stands. Rebuild it with {@link unpackDiffVersion}. The results' texts
 * are one string, cut by `lengths`; one long string crosses to another thread in a single copy,
 * where 700,000 short ones (100,000 results) took about a third of a second.
 */
export interface PackedDiffVersion {
  /** The document's `id`, when it has one. */
  readonly id: string | undefined;
  /** Its title. */
  readonly title: string;
  /** Its level scheme. */
  readonly levels: LevelScheme;
  /** Its number of results. */
  readonly size: number;
  /**
   * Each result's id, level key, statement, parent in this document, parent in another document,
   * `previous`, the JSON text of its `indicators` (`''` for none) and its crosscutting entries
   * (`contributions`: each target, then a space and its status when it has one, one per line),
   * one after the other.
   */
  readonly texts: string;
  /** The length of each of those texts in `texts` (eight per result), `-1` for a field the result does not have. */
  readonly lengths: Int32Array;
}

/** The text of a result's indicators: as read, or written again for a result that did not keep it. */
function indicatorsText(r: DiffResult): string {
  const kept = (r as { [INDICATORS_TEXT]?: string })[INDICATORS_TEXT];
  if (kept !== undefined) return kept;
  return r.indicators.length === 0 ? '' : JSON.stringify(r.indicators);
}

/** A result's crosscutting entries as one text (their `reason` is not read by the diff), `undefined` for none. */
function linksText(r: DiffResult): string | undefined {
  const links = r.contributions;
  if (links.length === 0) return undefined;
  return links.map((c) => (c.status === undefined ? c.to : `${c.to}${STATUS_AT}${c.status}`)).join(LINK_END);
}

const NO_LINKS: readonly Contribution[] = Object.freeze([]);

/** The entries {@link linksText} wrote. */
function linksOf(text: string | undefined): readonly Contribution[] {
  if (text === undefined) return NO_LINKS;
  return Object.freeze(
    text.split(LINK_END).map((entry): Contribution => {
      const at = entry.indexOf(STATUS_AT);
      return at === -1 ? { to: entry } : { to: entry.slice(0, at), status: entry.slice(at + 1) as ContributionStatus };
    }),
  );
}

/** A version read by `readDiffVersion` as plain data, for another thread; {@link unpackDiffVersion} gives it back. */
export function packDiffVersion(version: ReadVersion): PackedDiffVersion {
  const results = version.results();
  const n = results.length;
  const lengths = new Int32Array(n * FIELDS);
  const parts: string[] = [];
  const put = (at: number, text: string | null | undefined): void => {
    if (text === null || text === undefined) lengths[at] = -1;
    else {
      lengths[at] = text.length;
      parts.push(text);
    }
  };
  for (let i = 0; i < n; i++) {
    const r = results[i]!;
    const at = i * FIELDS;
    put(at + F_ID, r.id);
    put(at + F_LEVEL, r.level);
    put(at + F_STATEMENT, r.statement);
    put(at + F_PARENT, r.parent);
    put(at + F_EXTERNAL, r.externalParent);
    put(at + F_PREVIOUS, r.previous);
    put(at + F_INDICATORS, indicatorsText(r));
    put(at + F_LINKS, linksText(r));
  }
  return { id: version.id, title: version.title, levels: version.levels, size: n, texts: parts.join(''), lengths };
}

/**
 * The version that {@link packDiffVersion} packed, ready for `diffCascades`. Trusts its input: give
 * it only what `packDiffVersion` made (in this process or another thread of it).
 */
export function unpackDiffVersion(packed: PackedDiffVersion): ReadVersion {
  const { texts, lengths, size: n } = packed;
  const list = new Array<ScannedResult>(n);
  const index = new Map<string, number>();
  let from = 0;
  const next = (at: number): string | undefined => {
    const length = lengths[at]!;
    if (length < 0) return undefined;
    from += length;
    return texts.slice(from - length, from);
  };
  for (let i = 0; i < n; i++) {
    const at = i * FIELDS;
    const id = next(at + F_ID)!;
    const level = next(at + F_LEVEL)!;
    const statement = next(at + F_STATEMENT)!;
    const parent = next(at + F_PARENT) ?? null;
    const external = next(at + F_EXTERNAL);
    const previous = next(at + F_PREVIOUS);
    const r = new ScannedResult(id, level, statement, parent, undefined, previous, next(at + F_INDICATORS)!);
    r.externalParent = external;
    r.contributions = linksOf(next(at + F_LINKS));
    list[i] = r;
    index.set(id, i);
  }
  return versionOf(packed.id, packed.title, packed.levels, list, index);
}
