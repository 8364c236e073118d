/**
 * `parseCsv`: the `results` shape back into a {@link Cascade}. The CSV's own work (delimiter,
 * quotes, ragged rows, the `'` mark and decimal commas) is here; the columns, the forgiving
 * reading and the error locations are core's table reader's, driven by the same column table as
 * the writer.
 *
 * @module
 */
import {
  columnOfHeader,
  ContinuedRows,
  ResultsTableError,
  ResultsTableReader,
  UsageError,
  type Cascade,
  type CellCodec,
  type ResultsTableOptions,
  type LocalizedText,
} from '@pokin/core';
import { decodeTextCell, decodeValue, type Decimal } from './cell.js';
import { CsvParseError, type CsvColumnRef, type CsvIssue } from './errors.js';
import { detectDelimiter, eachRow, type Delimiter } from './read.js';

/**
 * Options of {@link parseCsv}: the document-level parts that the `results` shape does not carry
 * (core's {@link ResultsTableOptions}), and how the CSV writes its fields and numbers.
 */
export interface ParseCsvOptions extends ResultsTableOptions {
  /**
   * Field delimiter.
   * @default detected from the header line: the first of tab, `;` and `,` outside quotes
   */
  readonly delimiter?: Delimiter;
  /**
   * Decimal separator of numbers in `baseline_value` and `target_<year>` cells. With `,`, cells
   * such as `2,5` and `2.5` are both numbers, and a dot between groups of three digits is the
   * thousands separator (`1.000` is 1000, `1.234,5` is 1234.5); with `.`, only `2.5` is a number.
   * @default ',' when the delimiter is `;`, else '.'
   */
  readonly decimal?: Decimal;
  /**
   * Without `period`, take the period the `target_<year>` columns span (`target_2025` ..
   * `target_2029` is 2025-2029), as a tool reading a planner's CSV does: a CSV holds no period, and
   * without one a Perjanjian Kinerja or a report takes the current year. Off, a CSV written by
   * `renderCsv` reads back to the same cascade.
   * @default false
   */
  readonly periodFromTargets?: boolean;
}

/** The row and column of a CSV cell; both absent for a part of the document the CSV does not hold. */
export interface CsvPlace {
  /** 1-based row as a spreadsheet numbers it (the header is row 1). */
  readonly row?: number;
  /** The column, when the part lies in one. */
  readonly column?: CsvColumnRef;
}

/** Something `parseCsv` did that the user should know about (a trimmed cell, a level read from its label). */
export interface CsvNote {
  readonly row?: number;
  readonly column?: CsvColumnRef;
  /** What it did, in Bahasa Indonesia and English. */
  readonly text: LocalizedText;
}

/** A cascade read from CSV by {@link parseCsvLocated}, with where each of its parts sits in the CSV. */
export interface LocatedCsv {
  /** The cascade, as {@link parseCsv} returns it. */
  readonly cascade: Cascade;
  /**
   * The row and column of a document path, given as segments: `['results', 3]` is the first row
   * of the fourth result, `['results', 3, 'indicators', 1, 'unit']` the unit cell of its second
   * indicator's row. A path outside the results (title, context) gives `{}`.
   */
  locate(segments: readonly (string | number)[]): CsvPlace;
  /** What the reader guessed or cleaned up: trimmed cells, levels read from their labels. */
  readonly notes: readonly CsvNote[];
}

/**
 * Reads the `results` shape (any profile: BOM or not; `,`, `;` or tab; CRLF or LF) back into a
 * {@link Cascade}, undoing the formula neutralisation `renderCsv` applied. Rows with the same
 * `result_id` are one result (its fields must agree across them); each row with an `indicator`
 * adds an indicator. A row whose result columns (`result_id`, `parent_id`, `contributes_to`,
 * `level`, `statement`) are all blank and whose indicator columns are not continues the result of
 * the row above, as rows under merged cells in a spreadsheet do. The document-level parts come
 * from `options`.
 *
 * Forgiving where a person would be: headers by key, label or alias in Bahasa Indonesia or English
 * (`kode`, `induk`, `kinerja`, `indikator`, `satuan`, `arah`, `kondisi_awal`, `target 2026`,
 * `penanggung_jawab`), levels by key or label (`Ultimate Outcome`, `Kinerja Strategis`), polarities
 * `naik`/`turun`/`rentang`, stray spaces trimmed (reported in `notes` by {@link parseCsvLocated}),
 * every column but `result_id`, `parent_id`, `level`, `statement`, `indicator` and `unit` optional.
 *
 * Throws a {@link CsvParseError} whose `issues` name the row and column of every problem:
 * a broken quote, a ragged row, a missing or unknown column, a bad number or polarity, two rows
 * of one result that disagree, and every problem `parseCascade` finds (an unknown level, a missing
 * parent, a cycle, ...), mapped back to its cell. Throws a `UsageError` (from `@pokin/core`) when
 * `input` is not a string or `delimiter` or `decimal` is not one of its values.
 */
export function parseCsv(input: string, options: ParseCsvOptions = {}): Cascade {
  return readCsv(input, options).cascade;
}

/**
 * {@link parseCsv}, keeping where each result and indicator came from, so a finding of the review
 * (its `path`) can be shown at its row and column, as a spreadsheet user looks for it, and what
 * the reader guessed. Throws as {@link parseCsv} does.
 */
export function parseCsvLocated(input: string, options: ParseCsvOptions = {}): LocatedCsv {
  return readCsv(input, options);
}

/** The codec of CSV cells: the `'` mark, trimming, numbers with the file's decimal separator. */
function csvCodec(decimal: Decimal): CellCodec<string> {
  return {
    isEmpty: (c) => c === undefined || c === '',
    text: (c) => decodeTextCell(c),
    value: (c) => decodeValue(c, decimal),
    show: (c) => c,
  };
}

function checkOptions(input: unknown, options: ParseCsvOptions): void {
  if (typeof input !== 'string')
    throw new UsageError(`@pokin/csv parseCsv: input must be a string, got ${input === null ? 'null' : typeof input}`);
  if (options.delimiter !== undefined && options.delimiter !== ',' && options.delimiter !== ';' && options.delimiter !== '\t') {
    throw new UsageError(`@pokin/csv parseCsv: delimiter must be ",", ";" or a tab, got ${JSON.stringify(options.delimiter)}`);
  }
  if (options.decimal !== undefined && options.decimal !== '.' && options.decimal !== ',') {
    throw new UsageError(`@pokin/csv parseCsv: decimal must be "." or ",", got ${JSON.stringify(options.decimal)}`);
  }
  if (options.periodFromTargets !== undefined && typeof options.periodFromTargets !== 'boolean') {
    throw new UsageError(`@pokin/csv parseCsv: periodFromTargets must be true or false, got ${JSON.stringify(options.periodFromTargets)}`);
  }
}

const toCsvIssue = (i: { code: CsvIssue['code']; row?: number; column?: CsvColumnRef; text: LocalizedText }): CsvIssue => ({
  code: i.code,
  ...(i.row === undefined ? {} : { row: i.row }),
  ...(i.column === undefined ? {} : { column: i.column }),
  message: i.text.en,
  text: i.text,
});

function readCsv(input: string, options: ParseCsvOptions): LocatedCsv {
  checkOptions(input, options);
  const delimiter = options.delimiter ?? detectDelimiter(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  const decimal: Decimal = options.decimal ?? (delimiter === ';' ? ',' : '.');
  const reader = new ResultsTableReader<string>(csvCodec(decimal));
  let continued: ContinuedRows<string> | undefined;
  const ragged: CsvIssue[] = [];
  let rows = 0;
  let onlyRowBlank = false;
  let width = 0;
  const { issues: quoteIssues } = eachRow(input, delimiter, (cells, r) => {
    rows++;
    if (r === 0) {
      onlyRowBlank = cells.length === 1 && cells[0] === '';
      width = cells.length;
      reader.header(cells, 1);
      continued = new ContinuedRows<string>(cells, blankField);
      return;
    }
    if (cells[0] === '' && cells.every((c) => c === '')) return; // a blank line, or a spreadsheet's empty row
    if (cells.length !== width) {
      ragged.push(raggedRow(cells.length, width, r + 1, reader.headerNames.length === width ? reader.headerNames : undefined));
      continued?.reset();
      return;
    }
    reader.row(continued === undefined ? cells : continued.fill(cells, r + 1), r + 1);
  });
  if (quoteIssues.length > 0) throw new CsvParseError(quoteIssues);
  if (rows === 0 || (rows === 1 && onlyRowBlank)) {
    throw new CsvParseError([
      {
        code: 'empty',
        message: 'the CSV is empty: it needs a header line and at least one row',
        text: {
          id: 'CSV kosong: perlu baris tajuk dan sedikitnya satu baris',
          en: 'the CSV is empty: it needs a header line and at least one row',
        },
      },
    ]);
  }
  try {
    const period = options.period ?? (options.periodFromTargets === true ? periodOfTargets(reader.headerNames) : undefined);
    const read = reader.finish(period === undefined ? options : { ...options, period });
    if (ragged.length > 0) throw new CsvParseError(ragged);
    const notes = continued?.first === undefined ? read.notes : [...read.notes, continuedNote(continued.count, continued.first)];
    return { cascade: read.cascade, locate: (segments) => read.locate(segments), notes };
  } catch (error) {
    if (!(error instanceof ResultsTableError)) throw error;
    // Rows that were not read because they are ragged are not "no rows": the ragged rows say it.
    const table = ragged.length > 0 ? error.issues.filter((i) => i.code !== 'empty') : error.issues;
    const issues = [...table.map(toCsvIssue), ...ragged].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    throw new CsvParseError(issues);
  }
}

/**
 * The period a CSV's target columns span (`target_2025` .. `target_2029` is 2025-2029); `undefined`
 * without target columns.
 */
function periodOfTargets(header: readonly string[]): { start: number; end: number } | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (const name of header) {
    const found = columnOfHeader(name);
    if (found?.column.key !== 'target_<year>' || found.year === undefined) continue;
    const year = Number(found.year);
    start = Math.min(start, year);
    end = Math.max(end, year);
  }
  return start <= end ? { start, end } : undefined;
}

/** A field that holds nothing. */
const blankField = (c: string | undefined): boolean => c === undefined || c.trim() === '';

/** The note of the rows read as further indicators of the result above. */
function continuedNote(count: number, first: number): CsvNote {
  return {
    row: first,
    text: {
      id: `${count} baris tanpa kode, level dan kinerja dibaca sebagai IK berikutnya dari kinerja di atasnya (pertama: baris ${first})`,
      en: `${count} row${count === 1 ? '' : 's'} with no result id, level or statement read as further indicators of the result above (first: row ${first})`,
    },
  };
}

function raggedRow(fields: number, width: number, row: number, names: readonly string[] | undefined): CsvIssue {
  const short = fields < width;
  const name = short ? (names?.[fields] ?? '') : '';
  const en = `the row has ${fields} field${fields === 1 ? '' : 's'} but the header has ${width}${short ? `: "${name}" and the columns after it are missing` : ''}`;
  const id = `baris ini berisi ${fields} kolom tetapi tajuknya ${width}${short ? `: "${name}" dan kolom sesudahnya tidak ada` : ''}`;
  return {
    code: 'ragged-row',
    row,
    column: short ? { name, index: fields + 1 } : { name: '', index: width + 1 },
    message: en,
    text: { id, en },
  };
}
