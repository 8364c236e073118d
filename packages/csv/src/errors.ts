/**
 * {@link CsvParseError}: what `parseCsv` throws, with the row and column of every problem.
 *
 * @module
 */
import { PokinError, type TableIssueCode } from '@pokin/core';

/**
 * Kinds of problem that {@link CsvParseError} reports: the CSV's own (quotes, ragged rows), and
 * those of the table reader in core ({@link TableIssueCode}: columns, cells, rows that disagree,
 * and the document's from `parseCascade`).
 */
export type CsvIssueCode =
  /** A quoted field never ends. */
  | 'unterminated-quote'
  /** A quote in the wrong place, such as text after a closing quote (`"a"b`). */
  | 'invalid-quote'
  /** A row with more or fewer fields than the header. */
  | 'ragged-row'
  | TableIssueCode;

/** A column of the CSV. */
export interface CsvColumnRef {
  /** Header name, e.g. `level`; empty for a field beyond the last header. */
  readonly name: string;
  /** 1-based position in the header; absent for a column that is missing. */
  readonly index?: number;
}

/** One problem found in a CSV file. */
export interface CsvIssue {
  /** What kind of problem it is. */
  readonly code: CsvIssueCode;
  /**
   * 1-based row as a spreadsheet numbers it: the header is row 1, the first data row is row 2 (a
   * cell with line breaks inside still makes one row). Absent for a problem of the whole file or of
   * the options.
   */
  readonly row?: number;
  /** The column, when the problem lies in one. */
  readonly column?: CsvColumnRef;
  /** What is wrong, in English. */
  readonly message: string;
  /** What is wrong, in Bahasa Indonesia and English. */
  readonly text?: { readonly id: string; readonly en: string };
}

/** Formats where an issue is: `row 3, column "level" (4)`. */
export function formatPlace(issue: Pick<CsvIssue, 'row' | 'column'>): string {
  const parts: string[] = [];
  if (issue.row !== undefined) parts.push(`row ${issue.row}`);
  if (issue.column !== undefined) {
    const name = issue.column.name === '' ? 'column' : `column "${issue.column.name}"`;
    parts.push(issue.column.index === undefined ? name : `${name} (${issue.column.index})`);
  }
  return parts.join(', ');
}

/**
 * A CSV that does not read as a cascade. `issues` lists every problem found (at most one pass:
 * a broken quote stops the reading), each with its row and column; `row`, `column` and `code` are
 * those of the first.
 */
export class CsvParseError extends PokinError {
  override name = 'CsvParseError';
  /** Every problem found, in row order. */
  readonly issues: readonly CsvIssue[];
  /** Kind of the first problem. */
  readonly code: CsvIssueCode;
  /** Row of the first problem (see {@link CsvIssue.row}). */
  readonly row: number | undefined;
  /** Column of the first problem. */
  readonly column: CsvColumnRef | undefined;

  constructor(issues: readonly CsvIssue[], source = '@pokin/csv parseCsv') {
    const n = issues.length;
    const lines = issues.slice(0, 50).map((i) => `  ${formatPlace(i) || '(file)'}: ${i.message}`);
    if (n > 50) lines.push(`  ... and ${n - 50} more`);
    super(`${source}: ${n} problem${n === 1 ? '' : 's'} in the CSV\n${lines.join('\n')}`);
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i })));
    const first = this.issues[0];
    this.code = first?.code ?? 'empty';
    this.row = first?.row;
    this.column = first?.column;
  }
}
