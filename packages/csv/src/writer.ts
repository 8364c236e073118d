/**
 * The serializer: encoded cells to CSV text. A field is quoted (`"..."`, inner quotes doubled)
 * when it holds the delimiter, a quote, CR or LF, and only then, as RFC 4180 asks. Records end
 * with the profile's newline (CRLF), the last one included.
 *
 * @module
 */
import type { ProfileSettings } from './options.js';

/**
 * Characters of records folded into one chunk string (see `CsvWriter.#chunks`): above V8's
 * large-object threshold (128 KiB) for one-byte text.
 */
const FOLD_CHARS = 256 * 1024;

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
   * Finished chunks of `toString`'s text, each many records joined and newline-terminated. Folding
   * the records into chunks of {@link FOLD_CHARS} as they are written keeps few strings alive: a
   * chunk that size is a large object, which V8's scavenger never copies, while 200,000 record
   * strings alive until the end were copied twice each and made renderCsv grow faster than linearly.
   */
  #chunks: string[] = [];
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
    if (this.#pendingChars >= FOLD_CHARS) this.#chunks.push(this.#takeRecords());
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
    if (this.#records.length > 0) this.#chunks.push(this.#takeRecords());
    const body = this.#chunks.join('');
    return this.#bom ? `\ufeff${body}` : body;
  }
}
