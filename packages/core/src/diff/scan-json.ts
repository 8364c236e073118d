/**
 * A strict JSON scanner over a text's character codes, for {@link readDiffVersion}: it reads
 * tokens in place (no value is built unless asked) and gives up, with {@link GiveUp}, on anything
 * it is not sure of. Giving up is never an error: the caller then reads the text the full way,
 * whose messages say what is wrong. So each method only has to be right when it succeeds.
 *
 * @module
 */

/** Thrown when the scanner gives up: the caller falls back to the full reading. */
export class GiveUp extends Error {}
const GIVE_UP = new GiveUp('not the common shape');

/** Gives up (the text is not valid, or not in the shape the scanner reads). */
export function giveUp(): never {
  throw GIVE_UP;
}

/** Deepest nesting the generic {@link Scanner.skip} reads (documents nest about 6 deep). */
const MAX_SKIP_DEPTH = 32;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
/** Letters, digits, `.`, `_` and `-`: what an id may hold (`ID_PATTERN`). */
export const isIdChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 46 || c === 95 || c === 45;

/** The scanner's position in one text. */
export class Scanner {
  /** Where the scanner is. */
  i = 0;
  /** Whether the last string read held an escape. */
  escaped = false;

  constructor(readonly s: string) {}

  /** Skips JSON's spaces (space, tab, line feed, carriage return), then returns the next code (NaN at the end). */
  ws(): number {
    const s = this.s;
    let i = this.i;
    let c = s.charCodeAt(i);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = s.charCodeAt(++i);
    this.i = i;
    return c;
  }

  /** Expects `code` after spaces and steps over it. */
  expect(code: number): void {
    if (this.ws() !== code) giveUp();
    this.i++;
  }

  /**
   * Reads a string token at the position (after spaces) and returns the offset just past its
   * closing quote; `escaped` tells whether it held an escape. Control characters and bad escapes
   * give up.
   */
  string(): number {
    if (this.ws() !== 34) giveUp();
    const s = this.s;
    let i = this.i + 1;
    let escaped = false;
    for (;;) {
      const c = s.charCodeAt(i++);
      if (c === 34) break;
      if (c === 92) {
        escaped = true;
        const e = s.charCodeAt(i++);
        if (e === 117) {
          if (!(isHex(s.charCodeAt(i)) && isHex(s.charCodeAt(i + 1)) && isHex(s.charCodeAt(i + 2)) && isHex(s.charCodeAt(i + 3)))) giveUp();
          i += 4;
        } else if (!(e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116)) giveUp();
      } else if (!(c >= 32)) giveUp(); // a control character, or the end of the text (NaN)
    }
    this.escaped = escaped;
    this.i = i;
    return i;
  }

  /** The value of a string token read from `start` (its opening quote) to `end`. */
  stringValue(start: number, end: number): string {
    return this.escaped ? (JSON.parse(this.s.slice(start, end)) as string) : this.s.slice(start + 1, end - 1);
  }

  /** Reads a string and returns its value. */
  text(): string {
    const start = this.ws() === 34 ? this.i : giveUp();
    return this.stringValue(start, this.string());
  }

  /**
   * Reads a number token by JSON's grammar; returns true when it is surely finite (no exponent,
   * fewer than 300 characters: `1e999` is Infinity to `JSON.parse`).
   */
  number(): boolean {
    const s = this.s;
    let i = this.i;
    const start = i;
    if (s.charCodeAt(i) === 45) i++;
    let c = s.charCodeAt(i);
    if (c === 48) c = s.charCodeAt(++i);
    else if (c >= 49 && c <= 57)
      do c = s.charCodeAt(++i);
      while (isDigit(c));
    else giveUp();
    if (c === 46) {
      if (!isDigit(s.charCodeAt(++i))) giveUp();
      do c = s.charCodeAt(++i);
      while (isDigit(c));
    }
    let finite = true;
    if (c === 101 || c === 69) {
      finite = false;
      c = s.charCodeAt(++i);
      if (c === 43 || c === 45) c = s.charCodeAt(++i);
      if (!isDigit(c)) giveUp();
      do c = s.charCodeAt(++i);
      while (isDigit(c));
    }
    this.i = i;
    return finite && i - start < 300;
  }

  /** Reads a finite number or a string (a target or baseline value, `ValueSchema`). */
  value(): void {
    const c = this.ws();
    if (c === 34) this.string();
    else if (!this.number()) giveUp();
  }

  /** Reads `true` or `false`. */
  boolean(): void {
    const s = this.s;
    const i = this.ws() === 116 ? this.i : -1;
    if (i !== -1 && s.startsWith('true', i)) this.i += 4;
    else if (s.startsWith('false', this.i)) this.i += 5;
    else giveUp();
  }

  /**
   * After a value inside a container: true when a `,` follows (stepped over), false at `close`
   * (stepped over); anything else gives up.
   */
  more(close: number): boolean {
    const c = this.ws();
    this.i++;
    if (c === 44) return true;
    if (c !== close) giveUp();
    return false;
  }

  /** Opens `{` or `[`; true when the container is empty (its closing mark stepped over). */
  open(mark: number, close: number): boolean {
    this.expect(mark);
    if (this.ws() !== close) return false;
    this.i++;
    return true;
  }

  /**
   * Reads a key and its colon; returns the key's text, or `undefined` when it held an escape (no
   * key of the format needs one: the caller gives up).
   */
  key(): string | undefined {
    const start = this.ws() === 34 ? this.i : giveUp();
    const end = this.string();
    this.expect(58);
    return this.escaped ? undefined : this.s.slice(start + 1, end - 1);
  }

  /**
   * Reads a key that is one of `names` and its colon, and returns its index; another key, one
   * written with an escape, or one whose bit is set in `seen` (a key read twice) gives up. The key
   * is compared in place, name by name (none holds a quote or a backslash, so a name followed by
   * the closing quote is the whole token): no string is made and the token is not read twice.
   */
  keyOf(names: readonly string[], seen: number): number {
    const k = this.name(names);
    if ((seen & (1 << k)) !== 0) giveUp();
    this.expect(58);
    return k;
  }

  /** Reads a string that is one of `names` (without escapes) and returns its index, compared in place as {@link keyOf} does. */
  name(names: readonly string[]): number {
    const s = this.s;
    const at = this.ws() === 34 ? this.i + 1 : giveUp();
    const first = s.charCodeAt(at);
    for (let k = 0; k < names.length; k++) {
      const name = names[k]!;
      if (name.charCodeAt(0) === first && s.startsWith(name, at) && s.charCodeAt(at + name.length) === 34) {
        this.i = at + name.length + 1;
        return k;
      }
    }
    return giveUp();
  }

  /**
   * Skips any JSON value strictly (duplicate keys and deep nesting give up) and returns its
   * `[start, end)` offsets; `JSON.parse` of that slice then cannot fail.
   */
  skip(depth = 0): [number, number] {
    const c = this.ws();
    const start = this.i;
    if (c === 123 || c === 91) {
      if (depth >= MAX_SKIP_DEPTH) giveUp();
      const close = c === 123 ? 125 : 93;
      if (!this.open(c, close)) {
        const keys = c === 123 ? new Set<string>() : undefined;
        do {
          if (keys !== undefined) {
            const k = this.key();
            if (k === undefined || keys.has(k)) giveUp();
            keys.add(k);
          }
          this.skip(depth + 1);
        } while (this.more(close));
      }
    } else if (c === 34) this.string();
    else if (c === 116 || c === 102) this.boolean();
    else if (c === 110 && this.s.startsWith('null', start)) this.i += 4;
    else if (!this.number()) giveUp();
    return [start, this.i];
  }

  /** Skips a value and returns it as `JSON.parse` reads it. */
  parsed(): unknown {
    const [start, end] = this.skip();
    return JSON.parse(this.s.slice(start, end));
  }
}
