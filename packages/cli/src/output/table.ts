/**
 * Tables for machines: CSV (RFC 4180 quoting, one header row, in a `--csv-profile`), JSON and
 * JSON Lines.
 *
 * @module
 */

import { terminalSafeJson } from './terminal.js';

/** A cell value. */
export type Cell = string | number | boolean | null | undefined;

/** How a CSV table is written: the settings of a `--csv-profile`. */
export interface CsvStyle {
  /** Between fields. */
  readonly delimiter: ',' | ';';
  /** After each line. */
  readonly newline: '\n' | '\r\n';
  /** A UTF-8 byte order mark at the start of a file (Excel then reads the file as UTF-8). */
  readonly bom: boolean;
  /** The decimal mark of numbers. */
  readonly decimal: '.' | ',';
}

/** The CLI's tables without `--csv-profile`: `,`, LF, no BOM. */
export const PLAIN_CSV: CsvStyle = Object.freeze({ delimiter: ',', newline: '\n', bom: false, decimal: '.' });

/**
 * The `--csv-profile` settings: the same as `PROFILES` of `@pokin/csv` (a test keeps them equal;
 * not imported, so that `pokin review` does not load the CSV package to start).
 */
export const CSV_PROFILES: Readonly<Record<'rfc4180' | 'excel' | 'excel-id', CsvStyle>> = Object.freeze({
  rfc4180: Object.freeze({ delimiter: ',', newline: '\r\n', bom: false, decimal: '.' }),
  excel: Object.freeze({ delimiter: ',', newline: '\r\n', bom: true, decimal: '.' }),
  'excel-id': Object.freeze({ delimiter: ';', newline: '\r\n', bom: true, decimal: ',' }),
});

/** The style of a `--csv-profile` value; without one, {@link PLAIN_CSV}. */
export function csvStyle(profile: string | undefined): CsvStyle {
  return profile === undefined ? PLAIN_CSV : (CSV_PROFILES[profile as keyof typeof CSV_PROFILES] ?? PLAIN_CSV);
}

/**
 * First characters that make a spreadsheet read a cell as a formula: the same list as
 * `DANGEROUS_LEADS` of `@pokin/csv` (a test keeps them equal; it is not imported, so that
 * `pokin review` does not load the CSV package to start): `=`, `+`, `-`, `@`, tab, CR, LF and
 * their full-width forms.
 */
export const FORMULA_LEADS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '\uff1d', '\uff0b', '\uff0d', '\uff20']);

/**
 * Quotes a CSV cell when needed. Text that a spreadsheet would run as a formula (see
 * {@link FORMULA_LEADS}) gets a leading `'`, as OWASP advises for CSV injection; numbers, and
 * text that is a negative number, stay as they are.
 */
export function csvCell(value: Cell, style: CsvStyle = PLAIN_CSV): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return style.decimal === '.' ? String(value) : String(value).replace('.', style.decimal);
  let s = value;
  if (FORMULA_LEADS.has(s.charAt(0)) && s !== '-' && !/^-\d+(?:\.\d+)?$/.test(s)) s = `'${s}`;
  const special = style.delimiter === ',' ? /[",\r\n]/ : /[";\r\n]/;
  return special.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Formats rows as CSV lines (no header); every line ends with the style's newline (`\n` by default). */
export function csvLines(columns: readonly string[], rows: readonly Readonly<Record<string, Cell>>[], style: CsvStyle = PLAIN_CSV): string {
  let out = '';
  for (const row of rows) out += `${columns.map((c) => csvCell(row[c], style)).join(style.delimiter)}${style.newline}`;
  return out;
}

/**
 * Formats rows as CSV with a header row (no BOM: the output sink writes it at the start of a file):
 * the column names, or `header`, the words the columns are headed with (one per column).
 */
export function toCsv(
  columns: readonly string[],
  rows: readonly Readonly<Record<string, Cell>>[],
  style: CsvStyle = PLAIN_CSV,
  header: readonly string[] = columns,
): string {
  return `${header.map((c) => csvCell(c, style)).join(style.delimiter)}${style.newline}${csvLines(columns, rows, style)}`;
}

/** Formats one value as a line of JSON Lines (one JSON value per line). */
export function toJsonLine(value: unknown): string {
  return `${terminalSafeJson(JSON.stringify(value))}\n`;
}

/** Formats a value as indented JSON with a final newline. */
export function toJson(value: unknown): string {
  // As safe to print on a terminal as the text output (see terminalSafeJson).
  return `${terminalSafeJson(JSON.stringify(value, null, 2))}\n`;
}
