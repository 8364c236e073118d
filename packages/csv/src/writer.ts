/**
 * The serializer: encoded cells to CSV text. A field is quoted (`"..."`, inner quotes doubled)
 * when it holds the delimiter, a quote, CR or LF, and only then, as RFC 4180 asks. Records end
 * with the profile's newline (CRLF), the last one included.
 *
 * @module
 */
import type { ProfileSettings } from './options.js';

/**
 * Characters of records folded into one chunk (see `CsvWriter.#text`): below V8's large-object
 * size (128 KiB), so a chunk lives in the young generation instead of being mapped fresh from the
 * system, as in `@pokin/html` and `@pokin/svg`.
 */
const FOLD_CHARS = 60_000;

/** Writes records of encoded cells as CSV text. */
export class CsvWriter {
  /** The field delimiter. */
  readonly delimiter: string;
  /** The record separator. */
  readonly newline: string;
  readonly #special: RegExp;
  readonly #bom: boolean;
  /** Records of the current chunk, without their newline. */
  #records: string[] = [];
  /** Characters in {@link CsvWriter.#records}. */
  #pendingChars = 0;
  /**
   * The text of the finished chunks, each many records joined and newline-terminated, appended
   * with `+=`. Folding the records as they are written keeps few strings alive (200,000 record
   * strings alive until the end were copied twice each by the collector); appending the chunks
   * instead of joining them at the end leaves the text as a string of chunks that is made flat
   * only when first read whole (writing it out, `Buffer.from` or `fs.writeFile`, needs no flat copy).
   */
  #text = '';
  readonly #sink: ((chunk: string) => void) | undefined;
  readonly #chunkRecords: number;
  #started = false;

  /**
   * @param sink - when given, the text is handed to it in chunks of `chunkRecords` records as it
   *   is written (the BOM first), instead of being kept for `toString`.
   */
  constructor(profile: ProfileSettings, sink?: (chunk: string) => void, chunkRecords = 8192) {
    this.delimiter = profile.delimiter;
    this.newline = profile.newline;
    this.#special = profile.delimiter === ';' ? /[";\r\n]/ : /[",\r\n]/;
    this.#bom = profile.bom;
    this.#sink = sink;
    this.#chunkRecords = Math.max(1, chunkRecords);
  }

  #push(record: string): void {
    this.#records.push(record);
    if (this.#sink !== undefined) {
      if (this.#records.length >= this.#chunkRecords) this.flush();
      return;
    }
    this.#pendingChars += record.length;
    if (this.#pendingChars >= FOLD_CHARS) this.#text += this.#takeRecords();
  }

  /** The pending records as text (each ending with the newline), which are then no longer pending. */
  #takeRecords(): string {
    const text = this.#records.length === 0 ? '' : this.#records.join(this.newline) + this.newline;
    this.#records = [];
    this.#pendingChars = 0;
    return text;
  }

  /** Hands the records written so far to the sink (no-op without one). */
  flush(): void {
    if (this.#sink === undefined) return;
    let chunk = this.#takeRecords();
    if (!this.#started) {
      this.#started = true;
      if (this.#bom) chunk = `\ufeff${chunk}`;
    }
    if (chunk !== '') this.#sink(chunk);
  }

  /** Appends one record of encoded cells. */
  row(cells: readonly string[]): void {
    this.#push(this.join(cells));
  }

  /** Appends one record that is already serialized (fields and delimiters, no newline). */
  raw(record: string): void {
    this.#push(record);
  }

  /** Appends one record of fields already serialized (quoted when needed). */
  fields(fields: readonly string[]): void {
    this.#push(fields.join(this.delimiter));
  }

  /** Serializes encoded cells joined by the delimiter, without the newline. */
  join(cells: readonly string[]): string {
    const fields = new Array<string>(cells.length);
    for (let i = 0; i < cells.length; i++) fields[i] = this.field(cells[i]!);
    return fields.join(this.delimiter);
  }

  /** One field, quoted when needed. */
  field(cell: string): string {
    if (cell.length === 0 || !this.#special.test(cell)) return cell;
    return `"${cell.includes('"') ? cell.replace(/"/g, '""') : cell}"`;
  }

  /** The CSV text written so far. */
  toString(): string {
    if (this.#records.length > 0) this.#text += this.#takeRecords();
    return this.#bom ? `\ufeff${this.#text}` : this.#text;
  }
}
