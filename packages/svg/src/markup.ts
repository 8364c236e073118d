/**
 * The document string as the serializer writes it: pieces collected in an array and joined.
 *
 * @module
 */

/**
 * Pieces per join: the array's 8-byte slots stay well below V8's large-object size (128 KiB),
 * and a join of this many pieces makes a flat string of some tens of thousands of characters.
 */
const PARTS = 4096;

/**
 * A document under construction. Each piece goes into a fixed-size array that is joined into one
 * flat string whenever it fills, and then filled again. Building the markup with `+` instead made
 * one intermediate string per `+` (some 150,000 for 1,000 results, 5 MB of garbage that kept the
 * garbage collector busy); a join copies each piece once, straight into the flat result.
 */
export interface Markup {
  /** Appends a piece of markup (already escaped). */
  add(piece: string): Markup;
  /** The document written so far. */
  toString(): string;
}

interface State extends Markup {
  readonly parts: string[];
  count: number;
  done: string;
}

function add(this: State, piece: string): Markup {
  this.parts[this.count] = piece;
  if (++this.count === PARTS) {
    this.done += this.parts.join('');
    this.count = 0;
  }
  return this;
}

function toString(this: State): string {
  // Only the pieces written since the last join: the array is cut to them (and grows again on `add`).
  this.parts.length = this.count;
  return this.done + this.parts.join('');
}

/**
 * A new, empty document. An object literal rather than an instance of a class: V8 keeps a
 * literal's shape for good, while the shape of a class instance made per call dies with it at
 * the next full garbage collection, and the optimised code that read it is thrown away.
 */
export function markup(): Markup {
  const state: State = { parts: new Array<string>(PARTS).fill(''), count: 0, done: '', add, toString };
  return state;
}
