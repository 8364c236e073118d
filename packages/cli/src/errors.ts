/**
 * Errors the CLI reports as one line on stderr, never as a stack trace.
 *
 * @module
 */
import { report, say, type Locale, type Text } from './messages/index.js';
import { terminalSafe } from './output/terminal.js';

/** A place in an input file. Lines, columns and rows are 1-based. */
export interface Place {
  /** Line in a JSON or YAML file, or row in a CSV file. */
  readonly line?: number;
  /** Column (characters from the start of the line, 1-based), or the CSV column number. */
  readonly column?: number;
  /** A document path such as `results[3].parent`, or an option such as `--max-bytes`. */
  readonly field?: string;
  /** CSV: 1-based row as a spreadsheet numbers it (the header is row 1). */
  readonly row?: number;
  /** CSV: the column's header name. */
  readonly columnName?: string;
  /** A workbook: the cell as Excel names it, `'Tabel Kinerja'!O3` (with `row` and `column` its numbers). */
  readonly cell?: string;
}

/** An input that could not be read or parsed (exit code 2). */
export class InputError extends Error {
  override name = 'InputError';
  /** The file as the user named it (`-` for stdin). */
  readonly file: string;
  /** Where in the file, when known. */
  readonly place: Place;
  /** A short kind, used as the rule id of the row in `--format csv|json` tables, e.g. `parse-error`. */
  readonly kind: string;
  /** The message in both languages (a plain string is the same in both); `message` is its English. */
  readonly text: Text | string;

  constructor(file: string, message: Text | string, place: Place = {}, kind = 'parse-error') {
    super(say(message, 'en'));
    this.file = file;
    this.place = place;
    this.kind = kind;
    this.text = message;
  }

  /** The message in a language. */
  say(locale: Locale = 'id'): string {
    return say(this.text, locale);
  }

  /** The one line printed on stderr: `pokin: FILE:LINE:COL: message (field)`. */
  format(locale: Locale = 'id'): string {
    return formatProblem(this.file, this.say(locale), this.place, locale);
  }
}

/** Several problems in one input (a document with several schema issues); printed one line each. */
export class InputErrors extends Error {
  override name = 'InputErrors';
  /** The problems, in document order. */
  readonly errors: readonly InputError[];

  constructor(errors: readonly InputError[]) {
    super(errors.map((e) => e.format('en')).join('\n'));
    this.errors = errors;
  }
}

/** A command line that cannot be run: unknown option value, missing argument (exit code 2). */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
  /** The message in both languages; `message` is its English. */
  readonly text: Text | string;

  constructor(message: Text | string) {
    super(say(message, 'en'));
    this.text = message;
  }
}

/** Formats one problem line: `pokin: FILE:LINE:COL: message (field)`, or `pokin: FILE: row R, column "name" (C): message` for CSV. */
export function formatProblem(file: string, message: string, place: Place = {}, locale: Locale = 'id'): string {
  let where = file;
  if (place.row !== undefined || place.columnName !== undefined) {
    const parts: string[] = [];
    if (place.row !== undefined) parts.push(say(report.placeRow(place.row), locale));
    if (place.columnName !== undefined) parts.push(say(report.placeColumn(place.columnName, place.column), locale));
    return oneLine(`pokin: ${file}: ${parts.join(', ')}: ${message}${place.field ? ` (${place.field})` : ''}`);
  }
  if (place.line !== undefined) where += `:${place.line}`;
  if (place.line !== undefined && place.column !== undefined) where += `:${place.column}`;
  const field = place.field ? ` (${place.field})` : '';
  return oneLine(`pokin: ${where}: ${message}${field}`);
}

/**
 * Collapses a message to one line, so every problem is exactly one line on stderr, and shows any
 * control character left in it (from a file name or an input's text) as an escape.
 */
export function oneLine(text: string): string {
  return terminalSafe(text.replace(/(?<!\s)\s*[\r\n]\s*/g, ' ').trim());
}

/** The problems of an input error, one per line. */
export function problemsOf(error: InputError | InputErrors): readonly InputError[] {
  return error instanceof InputErrors ? error.errors : [error];
}
