/**
 * The serializer: encoded cells to CSV text. A field is quoted (`"..."`, inner quotes doubled)
 * when it holds the delimiter, a quote, CR or LF, and only then, as RFC 4180 asks.
 *
 * @module
 */
import type { ProfileSettings } from './options.js';

/** Writes rows of encoded cells as CSV records, collecting the text. */
export class CsvWriter {
  readonly #delimiter: string;
  readonly #newline: string;
  readonly #special: RegExp;
  #out: string;

  constructor(profile: ProfileSettings) {
    this.#delimiter = profile.delimiter;
    this.#newline = profile.newline;
    this.#special = profile.delimiter === ';' ? /[";\r\n]/ : /[",\r\n]/;
    this.#out = profile.bom ? '\ufeff' : '';
  }

  /** Appends one record; every record ends with the profile's newline. */
  row(cells: readonly string[]): void {
    let line = '';
    for (let i = 0; i < cells.length; i++) {
      if (i > 0) line += this.#delimiter;
      line += this.field(cells[i]!);
    }
    this.#out += line + this.#newline;
  }

  /** One field, quoted when needed. */
  field(cell: string): string {
    return this.#special.test(cell) ? `"${cell.includes('"') ? cell.replace(/"/g, '""') : cell}"` : cell;
  }

  /** The CSV text written so far. */
  toString(): string {
    return this.#out;
  }
}
