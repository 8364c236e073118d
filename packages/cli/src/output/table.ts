/**
 * Tables for machines: CSV (RFC 4180 quoting, one header row) and JSON.
 *
 * @module
 */

/** A cell value. */
export type Cell = string | number | boolean | null | undefined;

/**
 * Quotes a CSV cell when needed. Text that a spreadsheet would run as a formula (`=`, `+`, `-`,
 * `@` at the start) gets a leading `'`, as OWASP advises for CSV injection; numbers stay numbers.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let s = value;
  if (/^[=+@\t\r]/.test(s) || (/^-./.test(s) && !/^-\d+(\.\d+)?$/.test(s))) s = `'${s}`;
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
  return `${JSON.stringify(value, null, 2)}\n`;
}
