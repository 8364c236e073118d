/**
 * Reading CSV text into rows of cells, with papaparse. The delimiter and the line ending are taken
 * from the header line; a UTF-8 byte order mark is dropped.
 *
 * @module
 */
import Papa from 'papaparse';
import type { CsvIssue } from './errors.js';

/** Cells read from a CSV text. */
export interface ReadCells {
  /** Rows of cells, the header first. Blank lines are kept as `['']`. */
  readonly rows: string[][];
  /** The delimiter used. */
  readonly delimiter: Delimiter;
  /** Quote problems; when there is any, `rows` after its row are unreliable. */
  readonly issues: CsvIssue[];
}

/** A field delimiter `parseCsv` reads: comma, semicolon (Indonesian Excel) or tab (copied from a spreadsheet). */
export type Delimiter = ',' | ';' | '\t';

/** The first of tab, `;` and `,` outside quotes in the header line; `,` when it has none. */
export function detectDelimiter(text: string): Delimiter {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 0x3b) return ';';
    else if (c === 0x09) return '\t';
    else if (c === 0x2c || c === 0x0a || c === 0x0d) return ',';
  }
  return ',';
}

/** The line ending of the first record: the first CR, LF or CRLF outside quotes. */
function detectNewline(text: string): '\r\n' | '\n' | '\r' {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (!quoted && c === 0x0a) return '\n';
    else if (!quoted && c === 0x0d) return text.charCodeAt(i + 1) === 0x0a ? '\r\n' : '\r';
  }
  return '\r\n';
}

/** The delimiter and the quote problems of a CSV text read with {@link eachRow}. */
export interface RowsRead {
  /** The delimiter used. */
  readonly delimiter: Delimiter;
  /** Quote problems; when there is any, the rows after its row are unreliable. */
  readonly issues: CsvIssue[];
}

/**
 * Reads CSV text (any profile: BOM or not, `,` or `;`, CRLF, LF or CR) and hands each row of
 * cells to `onRow` as it is read, the header first (index 0); blank lines come as `['']`. Rows
 * are not kept: a large CSV's rows die young instead of all living until the last one is read
 * (which made the young-generation collector copy every cell of a 100,000-result CSV twice).
 */
export function eachRow(input: string, delimiter: Delimiter | undefined, onRow: (cells: string[], index: number) => void): RowsRead {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delim = delimiter ?? detectDelimiter(text);
  const issues: CsvIssue[] = [];
  if (text.length === 0) return { delimiter: delim, issues };
  let header: string[] = [];
  let index = 0;
  const seen = new Set<number>();
  Papa.parse<string[]>(text, {
    delimiter: delim,
    newline: detectNewline(text),
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step(results) {
      // In step mode `data` is the row itself, and its errors come with it.
      const cells = results.data;
      if (index === 0) header = cells;
      for (const e of results.errors) {
        if (e.type !== 'Quotes') continue;
        const at = e.index ?? -1;
        if (seen.has(at)) continue;
        seen.add(at);
        const fields = cells.length;
        const name = header[fields - 1] ?? '';
        const text =
          e.code === 'MissingQuotes'
            ? {
                id: 'isian bertanda kutip tidak pernah ditutup: kurang satu `"` (di dalam isian bertanda kutip, tulis tanda kutip sebagai `""`)',
                en: 'a quoted field is never closed: a `"` is missing (inside a quoted field, write a quote as `""`)',
              }
            : {
                id: 'tanda kutip penutup diikuti teks lain: kutip seluruh isian dan tulis tanda kutip di dalamnya sebagai `""`',
                en: 'a closing quote is followed by more text: quote the whole field and write a quote inside it as `""`',
              };
        issues.push({
          code: e.code === 'MissingQuotes' ? 'unterminated-quote' : 'invalid-quote',
          row: index + 1,
          column: { name, index: fields },
          message: text.en,
          text,
        });
      }
      onRow(cells, index++);
    },
  });
  return { delimiter: delim, issues };
}

/** Reads CSV text into rows of cells (see {@link eachRow}), all of them kept. */
export function readCells(input: string, delimiter?: Delimiter): ReadCells {
  const rows: string[][] = [];
  const { delimiter: used, issues } = eachRow(input, delimiter, (cells) => rows.push(cells));
  return { rows, delimiter: used, issues };
}
