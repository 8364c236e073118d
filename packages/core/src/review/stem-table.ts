/**
 * The stems of a review as numbers. A fuzzy key is the set of content stems of a statement (see
 * `lexicon/tokens.ts`); the table gives each distinct stem a number, reads the stems of a text as
 * numbers into a scan it reuses, and answers questions about such lists (their distinct stems, a
 * hash of their set, the stems as text), so that the engine keeps no string or array per node
 * (see `shared-keys.ts`).
 *
 * One table per review (stem numbers mean nothing outside it).
 *
 * @module
 */
import { contentOf, contentStem, type ContentStep } from './lexicon/tokens.js';
import { hashStart, hashStep, WordTable } from './word-table.js';

/** What the word table keeps for a connective, and for a word that may open a phrase (a stem's number otherwise). */
const CONNECTIVE = -1;
const PHRASE = -2;

/** The stems of a statement, in text order with repeats, as numbers (reused between calls). */
export interface StemScan {
  /** Stem numbers; the first {@link StemScan.count} are this scan's. */
  ids: Int32Array;
  count: number;
}

export class StemTable {
  /** Keeps the shape of these objects between reviews (see `ResultNodeImpl.kept` in nodes.ts). */
  static readonly kept = new StemTable();
  /** Stem text → number, and back. */
  readonly #stemId = new Map<string, number>();
  readonly #stems: string[] = [];
  readonly #words = new WordTable();
  /** The scan every call reuses. */
  readonly scan: StemScan = { ids: new Int32Array(64), count: 0 };
  readonly #step: ContentStep = { stem: '', end: 0 };
  /** For {@link StemTable.distinct}: the last call that met each stem. */
  #seen = new Int32Array(256);
  #call = 0;

  /** Reads the stems of a normalised text into {@link StemTable.scan}. */
  read(norm: string): StemScan {
    this.#scan(norm, false);
    return this.scan;
  }

  /**
   * Reads the stems of a text as written into {@link StemTable.scan} when it is plain words
   * (ASCII letters and digits, single spaces: its normalised form is its lower case, and capitals
   * read as small letters); returns undefined, early, for any other text (normalise it and
   * {@link StemTable.read} it). Saves a lower-cased copy of most statements.
   */
  readAsWritten(text: string): StemScan | undefined {
    return this.#scan(text, true) ? this.scan : undefined;
  }

  /** The scan of both reads; false when `plainOnly` and the text is not plain words. */
  #scan(text: string, plainOnly: boolean): boolean {
    const s = this.scan;
    s.count = 0;
    const n = text.length;
    if (plainOnly && n > 0 && text.charCodeAt(n - 1) === 32) return false;
    let lower: string | undefined;
    let at = 0;
    while (at < n) {
      // The word's end and hash in one scan.
      let end = at;
      let h = hashStart;
      // (bounds first: a read past the end gives NaN, which would make the loop's numbers doubles)
      for (; end < n; end++) {
        const c = text.charCodeAt(end);
        if (c === 32) break;
        if (plainOnly && !isPlain(c)) return false;
        h = hashStep(h, c);
      }
      if (plainOnly && end === at) return false;
      let v = this.#words.find(text, at, end, h);
      if (v === undefined) {
        const c = contentOf(text.slice(at, end).toLowerCase());
        v = c === null ? PHRASE : c === '' ? CONNECTIVE : this.#idOf(c);
        this.#words.add(text, at, end, h, v);
      }
      if (v === PHRASE) {
        // A word that may open a phrase ("aparatur sipil negara" = "asn"), or an acronym that stands
        // for several words ("ikm"): looked at in its text.
        const step = this.#step;
        contentStem((lower ??= text.toLowerCase()), at, end, step);
        if (step.stem !== '') this.#push(this.#idOf(step.stem));
        else if (step.expanded !== undefined) for (const x of step.expanded) this.#push(this.#idOf(x));
        end = step.end;
      } else if (v !== CONNECTIVE) this.#push(v);
      at = end + 1;
    }
    return true;
  }

  #push(id: number): void {
    const s = this.scan;
    if (s.count === s.ids.length) {
      const more = new Int32Array(s.ids.length * 2);
      more.set(s.ids);
      s.ids = more;
    }
    s.ids[s.count++] = id;
  }

  #idOf(stem: string): number {
    let id = this.#stemId.get(stem);
    if (id === undefined) {
      id = this.#stems.length;
      this.#stems.push(stem);
      this.#stemId.set(stem, id);
    }
    return id;
  }

  /**
   * Writes the distinct stem numbers of `ids[from..to)` into `out` (first occurrences, in order)
   * and returns how many; `out` must have room for `to - from`.
   */
  distinct(ids: Int32Array, from: number, to: number, out: Int32Array): number {
    if (this.#seen.length < this.#stems.length) {
      const more = new Int32Array(this.#stems.length * 2);
      more.set(this.#seen);
      this.#seen = more;
    }
    const seen = this.#seen;
    const call = ++this.#call;
    let m = 0;
    for (let i = from; i < to; i++) {
      const id = ids[i]!;
      if (seen[id] === call) continue;
      seen[id] = call;
      out[m++] = id;
    }
    return m;
  }

  /** The stem of a number. */
  stem(id: number): string {
    return this.#stems[id]!;
  }

  /** The stems of the numbers `ids[0..count)`, sorted as text (a fresh array). */
  stems(ids: Int32Array, count: number): string[] {
    const out = new Array<string>(count);
    // An insertion sort in place (`Array.prototype.sort` copies into a work array per call).
    for (let i = 0; i < count; i++) {
      const w = this.#stems[ids[i]!]!;
      let j = i;
      for (; j > 0 && out[j - 1]! > w; j--) out[j] = out[j - 1]!;
      out[j] = w;
    }
    return out;
  }
}

/** An ASCII letter or digit. */
const isPlain = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * A hash of a set of stem numbers, the same in any order: the sum of each number's mix, then
 * mixed with the size. Never 0 (0 marks the empty set). Equal sets have equal hashes; unequal
 * sets rarely do, and the caller compares those exactly.
 */
export function setHash(ids: Int32Array, count: number): number {
  let sum = 0;
  for (let i = 0; i < count; i++) sum = (sum + mix(ids[i]! + 1)) | 0;
  const h = mix(sum ^ Math.imul(count, 0x9e3779b1));
  return h === 0 ? 1 : h;
}

/** Murmur3's finaliser: spreads the bits of a 32-bit integer. */
function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return x ^ (x >>> 16);
}
