/**
 * `parseCsv`: the `results` shape back into a {@link Cascade}.
 *
 * @module
 */
import {
  PERMENPAN_89,
  RENSTRA,
  safeParseCascade,
  UsageError,
  type Cascade,
  type CascadeDocument,
  type CascadeIssue,
  type Indicator,
  type ResultDocument,
} from '@pokin/core';
import { decodeText, decodeValue, type Decimal } from './cell.js';
import { CSV_COLUMNS, TARGET_COLUMN } from './columns.js';
import { CsvParseError, type CsvColumnRef, type CsvIssue } from './errors.js';
import { detectDelimiter, eachRow } from './read.js';

/** Options of {@link parseCsv}: the document-level parts that the `results` shape does not carry. */
export interface ParseCsvOptions {
  /**
   * Title of the cascade.
   * @default 'Pohon Kinerja'
   */
  readonly title?: string;
  /** The agency the tree belongs to. @default none */
  readonly agency?: CascadeDocument['agency'];
  /** The planning period. @default none */
  readonly period?: CascadeDocument['period'];
  /**
   * Level scheme: a preset name or an inline list of levels, as in a document's `levels` field.
   * @default the preset whose keys cover every level in the file (`permenpan-89` first, then
   * `renstra`); `permenpan-89` when none does
   */
  readonly levels?: CascadeDocument['levels'];
  /** Langkah 1 context. @default none */
  readonly context?: CascadeDocument['context'];
  /** Langkah 2 critical success factors. @default none */
  readonly csf?: CascadeDocument['csf'];
  /**
   * Field delimiter.
   * @default detected from the header line: `;` when it holds a `;` before any `,`, else `,`
   */
  readonly delimiter?: ',' | ';';
  /**
   * Decimal separator of numbers in `baseline_value` and `target_<year>` cells. With `,`, cells
   * such as `2,5` and `2.5` are both numbers, and a dot between groups of three digits is the
   * thousands separator (`1.000` is 1000, `1.234,5` is 1234.5); with `.`, only `2.5` is a number.
   * @default ',' when the delimiter is `;`, else '.'
   */
  readonly decimal?: Decimal;
}

const DEFAULT_TITLE = 'Pohon Kinerja';
/** The columns of a result's own fields: every row of a result must agree on them. */
const RESULT_COLUMNS = ['result_id', 'parent_id', 'contributes_to', 'level', 'statement', 'owner_unit', 'owner_position', 'owner_agency', 'budget_program', 'budget_activity', 'budget_sub_activity', 'notes'];
const KNOWN = new Map(CSV_COLUMNS.filter((c) => !c.name.startsWith('target_')).map((c) => [c.name, c]));
const REQUIRED = CSV_COLUMNS.filter((c) => c.required).map((c) => c.name);
const POLARITIES = new Set(['up', 'down', 'range']);
const YEAR = /^-?\d+$/;

/** Column positions of the header. */
interface Header {
  readonly names: readonly string[];
  readonly at: ReadonlyMap<string, number>;
  readonly targets: readonly { year: string; index: number }[];
}

/**
 * Where each part of the assembled document came from, to map its issues back to rows. Flat
 * lists rather than an object and an array per result (they live until the cascade is built).
 */
interface Origins {
  /** The first row of each result. */
  readonly resultRow: number[];
  /** Per indicator row, in row order: the result it belongs to. */
  readonly indicatorResult: number[];
  /** Per indicator row, in row order: its row. */
  readonly indicatorRow: number[];
}

/**
 * Reads the `results` shape (any profile: BOM or not, `,` or `;`, CRLF or LF) back into a
 * {@link Cascade}, undoing the formula neutralisation `renderCsv` applied. Rows with the same
 * `result_id` are one result (its fields must agree across them); each row with an `indicator`
 * adds an indicator. The document-level parts come from `options`.
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

/** The row and column of a CSV cell; both absent for a part of the document the CSV does not hold. */
export interface CsvPlace {
  /** 1-based row as a spreadsheet numbers it (the header is row 1). */
  readonly row?: number;
  /** The column, when the part lies in one. */
  readonly column?: CsvColumnRef;
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
}

/**
 * {@link parseCsv}, keeping where each result and indicator came from, so a finding of the review
 * (its `path`) can be shown at its row and column, as a spreadsheet user looks for it. Throws as
 * {@link parseCsv} does.
 */
export function parseCsvLocated(input: string, options: ParseCsvOptions = {}): LocatedCsv {
  return readCsv(input, options);
}

function readCsv(input: string, options: ParseCsvOptions): LocatedCsv {
  // The rows are handled as they are read (see `onRow` below), so they die young on a large CSV.
  // The delimiter is known before the first row (the decimal separator follows it).
  if (typeof input !== 'string') throw new UsageError(`@pokin/csv parseCsv: input must be a string, got ${input === null ? 'null' : typeof input}`);
  if (options.delimiter !== undefined && options.delimiter !== ',' && options.delimiter !== ';') {
    throw new UsageError(`@pokin/csv parseCsv: delimiter must be "," or ";", got ${JSON.stringify(options.delimiter)}`);
  }
  if (options.decimal !== undefined && options.decimal !== '.' && options.decimal !== ',') {
    throw new UsageError(`@pokin/csv parseCsv: decimal must be "." or ",", got ${JSON.stringify(options.decimal)}`);
  }
  const delimiter = options.delimiter ?? detectDelimiter(input);
  const decimal: Decimal = options.decimal ?? (delimiter === ';' ? ',' : '.');
  let header: Header | undefined;
  let headerError: CsvParseError | undefined;
  let rowCount = 0;
  let onlyRowBlank = false;
  const issues: CsvIssue[] = [];
  const colRef = (name: string): CsvColumnRef => {
    const i = header?.at.get(name);
    return i === undefined ? { name } : { name, index: i + 1 };
  };
  const problem = (code: CsvIssue['code'], row: number, column: string, message: string): void => {
    issues.push({ code, row, column: colRef(column), message });
  };

  const results: ResultDocument[] = [];
  const origins: Origins = { resultRow: [], indicatorResult: [], indicatorRow: [] };
  // Result index by id; the cells of the result's first row, for the conflict check.
  const byId = new Map<string, number>();
  let firstCells: string[][] = [];
  let width = 0;
  let resultCols: { name: string; index: number }[] = [];
  // Column positions, looked up once; -1 for an absent optional column.
  const pos: Record<string, number> = {};
  const useHeader = (h: Header): void => {
    header = h;
    width = h.names.length;
    resultCols = RESULT_COLUMNS.filter((n) => h.at.has(n)).map((n) => ({ name: n, index: h.at.get(n)! }));
    for (const c of CSV_COLUMNS) pos[c.name] = h.at.get(c.name) ?? -1;
  };
  const get = (cells: string[], name: string): string => {
    const i = pos[name]!;
    return i === -1 ? '' : cells[i]!;
  };
  const text = (cells: string[], name: string): string | undefined => {
    const c = get(cells, name);
    return c === '' ? undefined : decodeText(c);
  };

  const onRow = (cells: string[], r: number): void => {
    rowCount++;
    if (r === 0) {
      onlyRowBlank = cells.length === 1 && cells[0] === '';
      try {
        useHeader(readHeader(cells));
      } catch (error) {
        // Reported after the quote problems, as if the whole text had been read first.
        if (!(error instanceof CsvParseError)) throw error;
        headerError = error;
      }
      return;
    }
    if (header === undefined) return;
    const rowNo = r + 1;
    if (cells[0] === '' && cells.every((c) => c === '')) return; // a blank line, or a spreadsheet's empty row
    if (cells.length !== width) {
      const short = cells.length < width;
      issues.push({
        code: 'ragged-row',
        row: rowNo,
        column: short ? { name: header.names[cells.length]!, index: cells.length + 1 } : { name: '', index: width + 1 },
        message: `the row has ${cells.length} field${cells.length === 1 ? '' : 's'} but the header has ${width}${
          short ? `: "${header.names[cells.length]}" and the columns after it are missing` : ''
        }`,
      });
      return;
    }
    const idCell = get(cells, 'result_id');
    const id = idCell === '' ? undefined : decodeText(idCell);
    let index = id === undefined ? undefined : byId.get(id);
    if (index === undefined) {
      index = results.length;
      if (id !== undefined) byId.set(id, index);
      results.push(readResult(cells));
      origins.resultRow.push(rowNo);
      firstCells.push(cells);
    } else {
      const firstRow = origins.resultRow[index]!;
      const first = firstCells[index]!;
      for (const c of resultCols) {
        if (cells[c.index] !== first[c.index]) {
          problem(
            'conflict',
            rowNo,
            c.name,
            `result "${id}" has ${c.name} ${quote(first[c.index]!)} on row ${firstRow} but ${quote(cells[c.index]!)} here; every row of a result must agree on its fields`,
          );
        }
      }
    }
    const indicator = readIndicator(cells, rowNo, header);
    if (indicator !== undefined) {
      (results[index]!.indicators ??= []).push(indicator as unknown as Indicator);
      origins.indicatorResult.push(index);
      origins.indicatorRow.push(rowNo);
    }
  };

  function readResult(cells: string[]): ResultDocument {
    const out: Record<string, unknown> = {};
    const id = text(cells, 'result_id');
    if (id !== undefined) out.id = id;
    const level = text(cells, 'level');
    if (level !== undefined) out.level = level;
    const statement = text(cells, 'statement');
    if (statement !== undefined) out.statement = statement;
    const parent = text(cells, 'parent_id');
    if (parent !== undefined) out.parent = parent;
    const cross = text(cells, 'contributes_to');
    if (cross !== undefined) out.contributesTo = cross.split(';');
    const owner = fields(cells, OWNER_FIELDS);
    if (owner !== undefined) out.owner = owner;
    const budget = fields(cells, BUDGET_FIELDS);
    if (budget !== undefined) out.budget = budget;
    const notes = text(cells, 'notes');
    if (notes !== undefined) out.notes = notes;
    return out as unknown as ResultDocument;
  }

  /** The fields of an object (owner, budget) from their columns, in the order given; `undefined` when every cell is empty. */
  function fields(cells: string[], columns: readonly (readonly [field: string, column: string])[]): Record<string, string> | undefined {
    let out: Record<string, string> | undefined;
    for (const [field, column] of columns) {
      const v = text(cells, column);
      if (v !== undefined) (out ??= {})[field] = v;
    }
    return out;
  }

  function readIndicator(cells: string[], rowNo: number, h: Header): Record<string, unknown> | undefined {
    const out: Record<string, unknown> = {};
    const id = text(cells, 'indicator_id');
    if (id !== undefined) out.id = id;
    const statement = text(cells, 'indicator');
    if (statement !== undefined) out.statement = statement;
    const unit = text(cells, 'unit');
    if (unit !== undefined) out.unit = unit;
    const polarity = get(cells, 'polarity');
    if (polarity !== '') {
      if (POLARITIES.has(polarity)) out.polarity = polarity;
      else problem('bad-polarity', rowNo, 'polarity', `polarity ${quote(polarity)} is not one of up, down, range`);
    }
    const yearCell = get(cells, 'baseline_year');
    let year: number | undefined;
    if (yearCell !== '') {
      if (YEAR.test(yearCell)) year = Number(yearCell);
      else problem('bad-number', rowNo, 'baseline_year', `baseline_year ${quote(yearCell)} is not a year (a whole number such as 2024)`);
    }
    const valueCell = get(cells, 'baseline_value');
    const value = readValue(valueCell, rowNo, 'baseline_value');
    if (yearCell !== '' || valueCell !== '') {
      const baseline: Record<string, unknown> = {};
      if (year !== undefined) baseline.year = year;
      if (value !== undefined) baseline.value = value;
      out.baseline = baseline;
    }
    let targets: Record<string, number | string> | undefined;
    for (const t of h.targets) {
      const v = readValue(cells[t.index]!, rowNo, h.names[t.index]!);
      if (v !== undefined) (targets ??= {})[t.year] = v;
    }
    if (targets !== undefined) out.targets = targets;
    return Object.keys(out).length === 0 ? undefined : out;
  }

  function readValue(cell: string, rowNo: number, column: string): number | string | undefined {
    if (cell === '') return undefined;
    const v = decodeValue(cell, decimal);
    if (typeof v === 'number' && !Number.isFinite(v)) {
      problem('bad-number', rowNo, column, `${column} ${quote(cell)} is too large for a number; write it with a leading ' to keep it as text`);
      return undefined;
    }
    return v;
  }

  const { issues: quoteIssues } = eachRow(input, delimiter, onRow);
  firstCells = [];
  if (quoteIssues.length > 0) throw new CsvParseError(quoteIssues);
  if (rowCount === 0 || (rowCount === 1 && onlyRowBlank)) {
    throw new CsvParseError([{ code: 'empty', message: 'the CSV is empty: it needs a header line and at least one row' }]);
  }
  if (headerError !== undefined) throw headerError;
  if (issues.length > 0) throw new CsvParseError(issues);
  if (results.length === 0) {
    throw new CsvParseError([{ code: 'empty', row: 1, message: 'the CSV has a header but no rows: a cascade needs at least one result' }]);
  }

  const doc: CascadeDocument = { pokin: 1, title: options.title ?? DEFAULT_TITLE, results };
  if (options.agency !== undefined) doc.agency = options.agency;
  if (options.period !== undefined) doc.period = options.period;
  const levels = options.levels ?? detectLevels(results);
  if (levels !== undefined) doc.levels = levels;
  if (options.context !== undefined) doc.context = options.context;
  if (options.csf !== undefined) doc.csf = options.csf;

  const parsed = safeParseCascade(doc);
  // The rows of each result's indicators, gathered once and only when there are paths to map.
  let byResult: number[][] | undefined;
  const indicatorRows = (): readonly (readonly number[])[] => {
    if (byResult === undefined) {
      const lists: number[][] = origins.resultRow.map(() => []);
      origins.indicatorResult.forEach((r, k) => lists[r]!.push(origins.indicatorRow[k]!));
      byResult = lists;
    }
    return byResult;
  };
  if (parsed.success) {
    const locate = (segments: readonly (string | number)[]): CsvPlace => {
      const mapped = mapIssue({ code: 'schema', path: '', segments, message: '' }, origins, indicatorRows, colRef);
      return mapped.row === undefined ? {} : { row: mapped.row, ...(mapped.column === undefined ? {} : { column: mapped.column }) };
    };
    return { cascade: parsed.data, locate };
  }
  throw new CsvParseError(parsed.error.issues.map((i) => mapIssue(i, origins, indicatorRows, colRef)));
}

function readHeader(names: string[]): Header {
  const issues: CsvIssue[] = [];
  const at = new Map<string, number>();
  const targets: { year: string; index: number }[] = [];
  names.forEach((raw, i) => {
    const name = raw.trim();
    const column = { name, index: i + 1 };
    if (at.has(name)) {
      issues.push({ code: 'duplicate-column', row: 1, column, message: `column "${name}" appears twice (first as column ${at.get(name)! + 1})` });
      return;
    }
    const target = TARGET_COLUMN.exec(name);
    if (target !== null) targets.push({ year: target[1]!, index: i });
    else if (!KNOWN.has(name)) {
      issues.push({
        code: 'unknown-column',
        row: 1,
        column,
        message: `unknown column "${name}"; the results shape has ${CSV_COLUMNS.map((c) => c.name).join(', ')}`,
      });
    }
    at.set(name, i);
  });
  for (const name of REQUIRED) {
    if (!at.has(name)) issues.push({ code: 'missing-column', row: 1, column: { name }, message: `the header has no "${name}" column` });
  }
  if (issues.length > 0) throw new CsvParseError(issues);
  return { names: names.map((n) => n.trim()), at, targets };
}

/** The preset whose keys cover every level in the file: `undefined` (the default) for permenpan-89. */
function detectLevels(results: readonly ResultDocument[]): string | undefined {
  const keys = new Set<string>();
  for (const r of results) if (typeof r.level === 'string') keys.add(r.level);
  const covers = (scheme: readonly { key: string }[]) => [...keys].every((k) => scheme.some((l) => l.key === k));
  if (covers(PERMENPAN_89)) return undefined;
  if (covers(RENSTRA)) return 'renstra';
  return undefined;
}

/** Owner and budget fields with their columns, in the order the document gets them. */
const OWNER_FIELDS = [['unit', 'owner_unit'], ['position', 'owner_position'], ['agency', 'owner_agency']] as const;
const BUDGET_FIELDS = [['program', 'budget_program'], ['activity', 'budget_activity'], ['subActivity', 'budget_sub_activity']] as const;

const quote = (s: string): string => (s.length > 40 ? `"${s.slice(0, 40)}..."` : JSON.stringify(s));

/** Column of a document field below a result, e.g. `['owner', 'unit']` -> `owner_unit`. */
const FIELD_COLUMNS: Readonly<Record<string, string>> = {
  id: 'result_id',
  parent: 'parent_id',
  contributesTo: 'contributes_to',
  level: 'level',
  statement: 'statement',
  notes: 'notes',
  'owner.unit': 'owner_unit',
  'owner.position': 'owner_position',
  'owner.agency': 'owner_agency',
  'budget.program': 'budget_program',
  'budget.activity': 'budget_activity',
  'budget.subActivity': 'budget_sub_activity',
};
const INDICATOR_COLUMNS: Readonly<Record<string, string>> = {
  id: 'indicator_id',
  statement: 'indicator',
  unit: 'unit',
  polarity: 'polarity',
  'baseline.year': 'baseline_year',
  'baseline.value': 'baseline_value',
  baseline: 'baseline_value',
};

/** A cell's wording of a schema issue: "required" says which cell is empty and, for a pair, why. */
function cellMessage(message: string, column: string): string {
  if (message !== 'required') return message;
  if (column === 'baseline_year' || column === 'baseline_value') {
    return `the cell is empty: a baseline needs both baseline_year and baseline_value (fill both, or leave both empty)`;
  }
  return `the cell is empty, and "${column}" is required`;
}

/** Maps an issue of the assembled document back to its CSV row and column. */
function mapIssue(i: CascadeIssue, origins: Origins, indicatorRows: () => readonly (readonly number[])[], colRef: (name: string) => CsvColumnRef): CsvIssue {
  const s = i.segments;
  if (s[0] !== 'results' || typeof s[1] !== 'number' || origins.resultRow[s[1]] === undefined) {
    return { code: i.code, message: i.path === '' ? i.message : `options.${i.path}: ${i.message}` };
  }
  const resultRow = origins.resultRow[s[1]]!;
  const rest = s.slice(2);
  if (rest[0] === 'indicators' && typeof rest[1] === 'number') {
    const row = indicatorRows()[s[1]]?.[rest[1]] ?? resultRow;
    const field = rest.slice(2);
    const name =
      field[0] === 'targets' && typeof field[1] === 'string'
        ? `target_${field[1]}`
        : (INDICATOR_COLUMNS[field.filter((f) => typeof f === 'string').join('.')] ?? INDICATOR_COLUMNS[String(field[0])] ?? 'indicator');
    return { code: i.code, row, column: colRef(name), message: cellMessage(i.message, name) };
  }
  const key = rest.filter((f) => typeof f === 'string').join('.');
  const name = FIELD_COLUMNS[key] ?? FIELD_COLUMNS[String(rest[0])];
  return name === undefined ? { code: i.code, row: resultRow, message: i.message } : { code: i.code, row: resultRow, column: colRef(name), message: cellMessage(i.message, name) };
}
