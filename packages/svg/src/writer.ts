/**
 * The output buffer of the serializer: ASCII bytes in one growing typed array, decoded into a
 * string once, at the end.
 *
 * Why not string concatenation: a 1,000-result SVG is about 1.3 million characters in some 70,000
 * pieces. Appended as strings, every piece is a heap object that lives until the document is
 * done, so the young-generation collector copies them again and again, and V8 copies all the
 * text once more when it flattens the rope; that was two thirds of the serializer's time. Here the
 * text goes straight into a byte array (whose memory is outside the JS heap), markup that repeats
 * is copied in as pre-encoded {@link Fragment}s, numbers are written digit by digit, and one
 * `TextDecoder` call (in browsers too) makes the string.
 *
 * The document is pure ASCII: every other character is written as a numeric character reference
 * (`–` as `&#8211;`). Parsers read it back as the same text, no tool along the way can mistake
 * its encoding, and the string V8 makes from ASCII takes one byte per character and is decoded on
 * a fast path.
 *
 * The escaping follows the rules of `escapeText`, `escapeAttribute` and `num` in `xml.ts` (a
 * property test holds the two to the same parsed text); those remain the string versions.
 *
 * @module
 */

/** Markup encoded once as ASCII bytes, to be copied into a {@link SvgWriter} many times. */
export type Fragment = Uint8Array;

const REPLACEMENT = 0xfffd;
const ascii = new TextDecoder();

/** Node's Buffer, where there is one (the renderer also runs in browsers). */
interface NodeBuffer {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): { toString(encoding: 'ascii'): string };
}
const nodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;

/** The string of ASCII bytes: in Node through Buffer (several times faster than TextDecoder there). */
function decodeAscii(bytes: Uint8Array): string {
  return nodeBuffer !== undefined ? nodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('ascii') : ascii.decode(bytes);
}

// ASCII characters written as they are: in character data everything but controls (tab, line
// feed and carriage return excepted), `&`, `<` and `>`; in attribute values also not `"`, tab,
// line feed and carriage return.
const PLAIN_TEXT = new Uint8Array(128);
const PLAIN_ATTRIBUTE = new Uint8Array(128);
for (let c = 0x20; c < 0x7f; c++) {
  const plain = c !== 0x26 && c !== 0x3c && c !== 0x3e ? 1 : 0;
  PLAIN_TEXT[c] = plain;
  PLAIN_ATTRIBUTE[c] = c === 0x22 ? 0 : plain;
}
PLAIN_TEXT[0x09] = PLAIN_TEXT[0x0a] = PLAIN_TEXT[0x0d] = 1;

/** Appends markup, escaped text and numbers to one buffer; {@link SvgWriter.toString} returns the document. */
export class SvgWriter {
  #buf: Uint8Array;
  #len = 0;

  /** @param capacity - bytes to reserve up front (the buffer grows as needed). */
  constructor(capacity = 1 << 16) {
    this.#buf = new Uint8Array(Math.max(1, capacity));
  }

  /** Empties the writer, keeping (or growing to `capacity`) its buffer. */
  reset(capacity: number): this {
    this.#len = 0;
    if (this.#buf.length < capacity) this.#buf = new Uint8Array(capacity);
    return this;
  }

  /** Drops a buffer grown beyond `max` bytes (so a writer kept between calls keeps at most that). */
  shrink(max: number): void {
    if (this.#buf.length > max) this.#buf = new Uint8Array(1);
    this.#len = 0;
  }

  /** Makes room for `n` more bytes. */
  #reserve(n: number): Uint8Array {
    const need = this.#len + n;
    if (need > this.#buf.length) {
      const grown = new Uint8Array(Math.max(need, this.#buf.length * 2));
      grown.set(this.#buf.subarray(0, this.#len));
      this.#buf = grown;
    }
    return this.#buf;
  }

  /**
   * Appends markup written by the serializer itself, already escaped (user text goes through
   * {@link SvgWriter.text} or {@link SvgWriter.attribute}); characters beyond ASCII become
   * character references.
   */
  raw(markup: string): void {
    const n = markup.length;
    let buf = this.#reserve(n);
    let at = this.#len;
    for (let i = 0; i < n; i++) {
      const c = markup.charCodeAt(i);
      if (c < 0x80) buf[at++] = c;
      else {
        this.#len = at;
        i = this.#reference(markup, i, n);
        buf = this.#reserve(n - i);
        at = this.#len;
      }
    }
    this.#len = at;
  }

  /** Appends a pre-encoded fragment of markup. */
  fragment(f: Fragment): void {
    const n = f.length;
    const buf = this.#reserve(n);
    const at = this.#len;
    // A loop beats TypedArray#set for the short fragments that make most of the markup.
    if (n <= 16) for (let i = 0; i < n; i++) buf[at + i] = f[i]!;
    else buf.set(f, at);
    this.#len = at + n;
  }

  /** Appends a copy of `length` bytes written earlier, from offset `from`. */
  repeat(from: number, length: number): void {
    const buf = this.#reserve(length);
    const at = this.#len;
    for (let i = 0; i < length; i++) buf[at + i] = buf[from + i]!;
    this.#len = at + length;
  }

  /**
   * Appends character data (`value`, or the part from `start` to `end`), escaped like
   * `escapeText`: `&`, `<` and `>` as entities, characters XML 1.0 does not allow (see
   * `sanitizeXmlText`) as U+FFFD, and every character beyond ASCII as a character reference.
   */
  text(value: string, start = 0, end = value.length): void {
    this.#escaped(value, start, end, PLAIN_TEXT);
  }

  /**
   * Appends an attribute value for double quotes, escaped like `escapeAttribute`: also `"` and
   * tab, line feed and carriage return as character references.
   */
  attribute(value: string): void {
    this.#escaped(value, 0, value.length, PLAIN_ATTRIBUTE);
  }

  #escaped(value: string, start: number, end: number, plain: Uint8Array): void {
    let buf = this.#reserve(end - start);
    let at = this.#len;
    for (let i = start; i < end; i++) {
      const c = value.charCodeAt(i);
      // Letters (and ?@[\]^_`{|}~) first, without a table look-up.
      if (c > 0x3e ? c < 0x7f : plain[c] === 1) {
        buf[at++] = c;
        continue;
      }
      // Everything else is longer than one byte: make room for it and the rest of the value.
      this.#len = at;
      const entity = ENTITIES.get(c);
      if (entity !== undefined) this.fragment(entity);
      else i = this.#reference(value, i, end);
      buf = this.#reserve(end - i);
      at = this.#len;
    }
    this.#len = at;
  }

  /**
   * Appends the character at `value[i]` (a control character or beyond ASCII) as a character
   * reference: a surrogate pair as one code point; what XML 1.0 does not allow (C0 and C1
   * controls, U+FFFE, U+FFFF, an unpaired surrogate) as U+FFFD. Returns the index of the last
   * code unit used.
   */
  #reference(value: string, i: number, end: number): number {
    const c = value.charCodeAt(i);
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < end ? value.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      } else cp = REPLACEMENT;
    } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0xdc00 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) cp = REPLACEMENT;
    this.#reserve(12);
    this.#codePoint(cp);
    return i;
  }

  /** `&#<cp>;` (room reserved by the caller). */
  #codePoint(cp: number): void {
    const buf = this.#buf;
    buf[this.#len++] = 0x26;
    buf[this.#len++] = 0x23;
    this.#digits(cp);
    buf[this.#len++] = 0x3b;
  }

  /** The decimal digits of a non-negative integer (room reserved by the caller). */
  #digits(int: number): void {
    const buf = this.#buf;
    // Int32 division for coordinates and code points; floor division above that.
    const small = int <= 0x7fffffff;
    let count = 1;
    for (let t = int; t >= 10; t = small ? (t / 10) | 0 : Math.floor(t / 10)) count++;
    const last = this.#len + count - 1;
    for (let i = last; i >= this.#len; i--) {
      const q = small ? (int / 10) | 0 : Math.floor(int / 10);
      buf[i] = 0x30 + (int - q * 10);
      int = q;
    }
    this.#len = last + 1;
  }

  /** Appends a number like `num`: at most two decimals, no `-0`, no exponent. */
  num(value: number): void {
    const r = Math.round(value * 100);
    if (!Number.isSafeInteger(r)) {
      this.raw(Number.isFinite(value) ? String(Math.round(value)) : '0');
      return;
    }
    const buf = this.#reserve(24);
    if (r === 0) {
      buf[this.#len++] = 0x30;
      return;
    }
    if (r < 0) buf[this.#len++] = 0x2d;
    const a = r < 0 ? -r : r;
    const int = Math.floor(a / 100);
    const frac = a - int * 100;
    this.#digits(int);
    if (frac !== 0) {
      const tens = Math.floor(frac / 10);
      const ones = frac - tens * 10;
      buf[this.#len++] = 0x2e;
      buf[this.#len++] = 0x30 + tens;
      if (ones !== 0) buf[this.#len++] = 0x30 + ones;
    }
  }

  /** Number of bytes (= characters) written so far. */
  get length(): number {
    return this.#len;
  }

  /** A copy of the bytes written so far. */
  bytes(): Uint8Array {
    return this.#buf.slice(0, this.#len);
  }

  /** The document written so far. */
  toString(): string {
    return decodeAscii(this.#buf.subarray(0, this.#len));
  }
}

/** Encodes markup (already escaped) as a {@link Fragment}; characters beyond ASCII become character references. */
export function fragment(markup: string): Fragment {
  const w = new SvgWriter(markup.length);
  w.raw(markup);
  return w.bytes();
}

/** `&amp;` and friends. */
const ENTITIES = new Map<number, Fragment>(
  Object.entries({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' }).map(([c, e]) => [c.charCodeAt(0), fragment(e)]),
);
