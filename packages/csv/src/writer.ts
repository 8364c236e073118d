/**
 * The serializer: encoded cells to CSV text. A field is quoted (`"..."`, inner quotes doubled)
 * when it holds the delimiter, a quote, CR or LF, and only then, as RFC 4180 asks. Records end
 * with the profile's newline (CRLF), the last one included.
 *
 * @module
 */
import type { ProfileSettings } from './options.js';

/** Writes records of encoded cells as CSV text. */
export class CsvWriter {
  /** The field delimiter. */
  readonly delimiter: string;
  /** The record separator. */
  readonly newline: string;
  readonly #special: RegExp;
  readonly #bom: boolean;
  /** Finished records without their newline. Joined once at the end: one flat string, little garbage. */
  #records: string[] = [];
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
    if (this.#sink !== undefined && this.#records.length >= this.#chunkRecords) this.flush();
  }

  /** Hands the records written so far to the sink (no-op without one). */
  flush(): void {
    if (this.#sink === undefined) return;
    let chunk = this.#records.length === 0 ? '' : this.#records.join(this.newline) + this.newline;
    if (!this.#started) {
      this.#started = true;
      if (this.#bom) chunk = `\ufeff${chunk}`;
    }
    this.#records = [];
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
    const body = this.#records.length === 0 ? '' : this.#records.join(this.newline) + this.newline;
    return this.#bom ? `\ufeff${body}` : body;
  }
}
