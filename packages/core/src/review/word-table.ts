/**
 * The words of one review, each read once: a word of a normalised text is found by hashing its
 * characters where it stands, without cutting it out of the text (a tree of 300,000 statements has
 * about 3.5 million words and a few hundred distinct ones; cutting each out made 3.5 million
 * strings for the collector). ASCII capitals read as small letters, so that a text of plain words
 * needs no lower-cased copy. What the table keeps for a word is a number its owner chooses (the
 * {@link StemTable} keeps the word's stem number).
 *
 * @module
 */

/** Marks an empty slot. */
const EMPTY_SLOT = -1;

export class WordTable {
  /** Keeps the shape of these objects between reviews (see `ResultNodeImpl.kept` in nodes.ts). */
  static readonly kept = new WordTable();
  readonly #words: string[] = [];
  readonly #values: number[] = [];
  #hashes = new Int32Array(256);
  /** Open addressing: word number, {@link EMPTY_SLOT} for an empty slot. */
  #slots = new Int32Array(512).fill(EMPTY_SLOT);

  /**
   * The value kept for the word `text[at..end)` whose {@link wordHash} is `h`, or `undefined` when
   * the table does not have it yet (then {@link WordTable.add} it, with the same text, bounds and hash).
   */
  find(text: string, at: number, end: number, h: number): number | undefined {
    const mask = this.#slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const w = this.#slots[slot]!;
      if (w === EMPTY_SLOT) return undefined;
      if (this.#hashes[w] === h && sameWord(this.#words[w]!, text, at, end)) return this.#values[w];
    }
  }

  /** Adds the word `text[at..end)` (hash `h`) that {@link WordTable.find} missed, with its value. */
  add(text: string, at: number, end: number, h: number, value: number): void {
    const w = this.#words.length;
    this.#words.push(text.slice(at, end).toLowerCase());
    this.#values.push(value);
    if (w === this.#hashes.length) {
      const more = new Int32Array(w * 2);
      more.set(this.#hashes);
      this.#hashes = more;
    }
    this.#hashes[w] = h;
    if ((w + 1) * 2 > this.#slots.length) this.#rehash();
    else this.#place(this.#slots, w);
  }

  #place(slots: Int32Array, w: number): void {
    const mask = slots.length - 1;
    let slot = this.#hashes[w]! & mask;
    while (slots[slot] !== EMPTY_SLOT) slot = (slot + 1) & mask;
    slots[slot] = w;
  }

  #rehash(): void {
    const slots = new Int32Array(this.#slots.length * 2).fill(EMPTY_SLOT);
    for (let w = 0; w < this.#words.length; w++) this.#place(slots, w);
    this.#slots = slots;
  }
}

/** The hash {@link WordTable} files a word under: fold in each character code with {@link hashStep}, from {@link hashStart}. */
export const hashStart = 0x811c9dc5;
export const hashStep = (h: number, c: number): number => Math.imul(h ^ fold(c), 0x01000193);

/** A character code with ASCII capitals in lower case: the table reads "Kinerja" as "kinerja". */
export const fold = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c);

function sameWord(word: string, text: string, at: number, end: number): boolean {
  if (word.length !== end - at) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== fold(text.charCodeAt(at + i))) return false;
  return true;
}
