/**
 * The parent/child links of a cascade, in flat arrays indexed by result number: the one place
 * they are built. The parser builds them while it checks the structure (and finds cycles on
 * them), the {@link Cascade} keeps them, and the review and the traversal functions read them.
 *
 * A result's parents are its primary parent (`parent`) first, then its `contributesTo` targets,
 * each once; its children are every result that names it in either field, each once, in document
 * order. The lists of result `i` are `list[start[i]]` up to `list[start[i + 1]]` (no array per
 * result, so 100,000 results cost a handful of typed arrays).
 *
 * @module
 */
import { UsageError } from './errors.js';
import type { ResultRecord } from './result.js';

/** The links of a cascade. Treat as read-only. */
export interface CascadeLinks {
  /** Number of results. */
  readonly size: number;
  /** Primary parent per result, `-1` for a root. */
  readonly parentOf: Int32Array;
  /** Start of each result's parents in {@link CascadeLinks.ups} (length `size + 1`). */
  readonly upStart: Int32Array;
  /** Parents: primary first, then crosscutting, each once. */
  readonly ups: Int32Array;
  /** Start of each result's children in {@link CascadeLinks.downs} (length `size + 1`). */
  readonly downStart: Int32Array;
  /** Children (primary and crosscutting), each once, in document order. */
  readonly downs: Int32Array;
}

/**
 * Builds {@link CascadeLinks} result by result: call {@link LinkBuilder.next} for each result in
 * document order, then {@link LinkBuilder.primary} and {@link LinkBuilder.crosscutting} for its
 * links, then {@link LinkBuilder.finish}. Repeated parents of one result are kept once.
 */
export class LinkBuilder {
  readonly #n: number;
  readonly #parentOf: Int32Array;
  readonly #upStart: Int32Array;
  #ups: Int32Array;
  #count = 0;
  #at = -1;
  /** The current result's parents as a set, once it has many (so a long `contributesTo` stays linear). */
  #seen: Set<number> | undefined;

  constructor(size: number) {
    this.#n = size;
    this.#parentOf = new Int32Array(size).fill(-1);
    this.#upStart = new Int32Array(size + 1);
    this.#ups = new Int32Array(Math.max(4, size + (size >> 3)));
  }

  /** Moves on to the next result (results come in document order, from 0). */
  next(): void {
    this.#upStart[++this.#at] = this.#count;
    this.#seen = undefined;
  }

  /** The current result's primary parent. Call before its crosscutting links. */
  primary(p: number): void {
    this.#parentOf[this.#at] = p;
    this.#push(p);
  }

  /** A crosscutting parent of the current result (kept once). */
  crosscutting(p: number): void {
    const from = this.#upStart[this.#at]!;
    if (this.#count - from > 8) {
      if (this.#seen === undefined) this.#seen = new Set(this.#ups.subarray(from, this.#count));
      if (this.#seen.has(p)) return;
      this.#seen.add(p);
    } else for (let j = from; j < this.#count; j++) if (this.#ups[j] === p) return;
    this.#push(p);
  }

  /** The links; the children lists are derived from the parents in one counting pass. */
  finish(): CascadeLinks {
    const n = this.#n;
    while (this.#at < n - 1) this.next();
    const upStart = this.#upStart;
    upStart[n] = this.#count;
    const ups = this.#ups.slice(0, this.#count);
    const downStart = new Int32Array(n + 1);
    for (let j = 0; j < ups.length; j++) downStart[ups[j]! + 1]!++;
    for (let i = 0; i < n; i++) downStart[i + 1]! += downStart[i]!;
    const downs = new Int32Array(ups.length);
    const fill = downStart.slice(0, n);
    // Children are filled in increasing child number, so each list is in document order.
    for (let i = 0; i < n; i++) for (let j = upStart[i]!; j < upStart[i + 1]!; j++) downs[fill[ups[j]!]!++] = i;
    return { size: n, parentOf: this.#parentOf, upStart, ups, downStart, downs };
  }

  #push(p: number): void {
    if (this.#count === this.#ups.length) {
      const grown = new Int32Array(this.#ups.length * 2);
      grown.set(this.#ups);
      this.#ups = grown;
    }
    this.#ups[this.#count++] = p;
  }
}

/** The links of records whose `parent` and `contributesTo` name results by id. Throws `UsageError` on an id that is not there. */
export function linksOfRecords(records: readonly ResultRecord[], index: ReadonlyMap<string, number>): CascadeLinks {
  const b = new LinkBuilder(records.length);
  const at = (id: string, field: string, of: string): number => {
    const p = index.get(id);
    if (p === undefined) throw new UsageError(`@pokin/core Cascade: ${field} "${id}" of "${of}" is missing`);
    return p;
  };
  for (const r of records) {
    b.next();
    if (r.parent !== null) b.primary(at(r.parent, 'parent', r.id));
    for (const c of r.contributesTo) b.crosscutting(at(c, 'contributesTo', r.id));
  }
  return b.finish();
}

/** Primary children of result `i`, in document order. */
export function primaryChildren(links: CascadeLinks, i: number): number[] {
  const out: number[] = [];
  const { downs, parentOf } = links;
  for (let j = links.downStart[i]!; j < links.downStart[i + 1]!; j++) if (parentOf[downs[j]!] === i) out.push(downs[j]!);
  return out;
}

/**
 * The data of a cascade that the traversal functions read: the records in document order, the
 * index by id and the links. A workspace can hold one per document and walk them with the same
 * functions.
 */
export interface CascadeStore {
  /** The results, in document order. */
  readonly records: readonly ResultRecord[];
  /** Result number by id. */
  readonly index: ReadonlyMap<string, number>;
  /** The parent/child links. */
  readonly links: CascadeLinks;
}
