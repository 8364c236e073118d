/**
 * Fuzzy keys as numbers. A key is the set of content stems of a statement (see
 * `lexicon/tokens.ts`); the table gives each distinct stem and each distinct set a number, so that
 * the engine compares keys as integers and keeps no string or array per node. Sets live in one
 * growing `Int32Array` (sorted stem numbers, end to end) behind an open-addressing hash table: at
 * 300,000 statements this holds a handful of typed arrays instead of 300,000 strings that the
 * collector would copy and mark for the whole review.
 *
 * One table per review (stem numbers mean nothing outside it). Key 0 is the empty set.
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

export class KeyTable {
  /** Stem text → number, and back. */
  readonly #stemId = new Map<string, number>();
  readonly #stems: string[] = [];
  readonly #words = new WordTable();
  /** The sets, end to end; set `k` is `#pool[#start[k]]` up to `#pool[#start[k + 1]]`. */
  #pool = new Int32Array(1 << 12);
  #start = new Int32Array(1 << 10);
  #hash = new Int32Array(1 << 10);
  #count = 1; // key 0, the empty set, has no stems
  /** Open addressing: key number, 0 for an empty slot. */
  #slots = new Int32Array(1 << 11);
  readonly #sorted = new Int32Array(64);
  /** The scan every call reuses. */
  readonly scan: StemScan = { ids: new Int32Array(64), count: 0 };
  readonly #step: ContentStep = { stem: '', end: 0 };

  /** Number of distinct keys so far (the empty set included). */
  get size(): number {
    return this.#count;
  }

  /** Makes room for `more` keys (so that a pass over many texts does not grow the table step by step). */
  reserve(more: number): void {
    const want = this.#count + more + 1;
    if (want > this.#start.length) {
      this.#start = grow(this.#start, want);
      this.#hash = grow(this.#hash, want);
    }
    if (this.#pool.length < want * 8) this.#pool = grow(this.#pool, want * 8);
    let slots = this.#slots.length;
    while (slots < want * 2) slots *= 2;
    if (slots > this.#slots.length) this.#rehash(slots);
  }

  /** Reads the stems of a normalised text into {@link KeyTable.scan}. */
  read(norm: string): StemScan {
    const s = this.scan;
    s.count = 0;
    const n = norm.length;
    let at = 0;
    while (at < n) {
      // The word's end and hash in one scan.
      let end = at;
      let h = hashStart;
      for (let c = norm.charCodeAt(end); c !== 32 && end < n; c = norm.charCodeAt(++end)) h = hashStep(h, c);
      let v = this.#words.find(norm, at, end, h);
      if (v === undefined) {
        const c = contentOf(norm.slice(at, end));
        v = c === null ? PHRASE : c === '' ? CONNECTIVE : this.#idOf(c);
        this.#words.add(norm, at, end, h, v);
      }
      if (v === PHRASE) {
        // A word that may open a phrase ("aparatur sipil negara" = "asn"): looked at in its text.
        const step = this.#step;
        contentStem(norm, at, end, step);
        if (step.stem !== '') this.#push(this.#idOf(step.stem));
        end = step.end;
      } else if (v !== CONNECTIVE) this.#push(v);
      at = end + 1;
    }
    return s;
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

  /** The number of the set of the scan's stems from `from` on (0 when there are none). */
  key(from = 0): number {
    const { ids, count } = this.scan;
    if (count - from <= 0) return 0;
    // Distinct stems in ascending order: an insertion sort (statements have a handful of words).
    let sorted = this.#sorted;
    if (count - from > sorted.length) sorted = new Int32Array(count - from);
    let m = 0;
    for (let i = from; i < count; i++) {
      const v = ids[i]!;
      let j = m;
      while (j > 0 && sorted[j - 1]! > v) j--;
      if (j > 0 && sorted[j - 1] === v) continue;
      for (let k = m; k > j; k--) sorted[k] = sorted[k - 1]!;
      sorted[j] = v;
      m++;
    }
    let h = m;
    for (let i = 0; i < m; i++) h = Math.imul(h ^ sorted[i]!, 0x9e3779b1) ^ (h >>> 15);
    const mask = this.#slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const k = this.#slots[slot]!;
      if (k === 0) return this.#add(sorted, m, h, slot);
      if (this.#hash[k] === h && this.#equals(k, sorted, m)) return k;
    }
  }

  #equals(k: number, sorted: Int32Array, m: number): boolean {
    const from = this.#start[k]!;
    if (this.#start[k + 1]! - from !== m) return false;
    for (let i = 0; i < m; i++) if (this.#pool[from + i] !== sorted[i]) return false;
    return true;
  }

  #add(sorted: Int32Array, m: number, h: number, slot: number): number {
    const k = this.#count++;
    if (k + 1 >= this.#start.length) {
      this.#start = grow(this.#start, this.#start.length * 2);
      this.#hash = grow(this.#hash, this.#start.length);
    }
    const from = this.#start[k]!;
    if (from + m > this.#pool.length) this.#pool = grow(this.#pool, Math.max(this.#pool.length * 2, from + m));
    for (let i = 0; i < m; i++) this.#pool[from + i] = sorted[i]!;
    this.#start[k + 1] = from + m;
    this.#hash[k] = h;
    this.#slots[slot] = k;
    if (this.#count * 2 > this.#slots.length) this.#rehash(this.#slots.length * 2);
    return k;
  }

  #rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = slots.length - 1;
    for (let k = 1; k < this.#count; k++) {
      let slot = this.#hash[k]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = k;
    }
    this.#slots = slots;
  }

  /** The stems of key `k`, sorted as text (a fresh array). */
  stems(k: number): string[] {
    const from = this.#start[k]!;
    const out = new Array<string>(this.#start[k + 1]! - from);
    // An insertion sort in place (`Array.prototype.sort` copies into a work array per call).
    for (let i = 0; i < out.length; i++) {
      const w = this.#stems[this.#pool[from + i]!]!;
      let j = i;
      for (; j > 0 && out[j - 1]! > w; j--) out[j] = out[j - 1]!;
      out[j] = w;
    }
    return out;
  }
}

function grow(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(size);
  out.set(a);
  return out;
}
