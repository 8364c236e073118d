/**
 * Tables for machines: CSV (RFC 4180 quoting, one header row) and JSON.
 *
 * @module
 */

import { terminalSafeJson } from './terminal.js';

/** A cell value. */
export type Cell = string | number | boolean | null | undefined;

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
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let s = value;
  if (FORMULA_LEADS.has(s.charAt(0)) && s !== '-' && !/^-\d+(?:\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Formats rows as CSV lines (no header); every line ends with `\n`. */
export function csvLines(columns: readonly string[], rows: readonly Readonly<Record<string, Cell>>[]): string {
  let out = '';
  for (const row of rows) out += `${columns.map((c) => csvCell(row[c])).join(',')}\n`;
  return out;
}

/** Formats rows as CSV with a header row; every line ends with `\n`. */
export function toCsv(columns: readonly string[], rows: readonly Readonly<Record<string, Cell>>[]): string {
  return `${columns.map(csvCell).join(',')}\n${csvLines(columns, rows)}`;
}

/** Formats a value as indented JSON with a final newline. */
export function toJson(value: unknown): string {
  // As safe to print on a terminal as the text output (see terminalSafeJson).
  return `${terminalSafeJson(JSON.stringify(value, null, 2))}\n`;
}
