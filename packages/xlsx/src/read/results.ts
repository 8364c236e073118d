/**
 * pokin's own `results` layout in a sheet: the first filled row is the header (keys, labels or
 * aliases in either language), each row below one indicator. Read with core's table reader.
 *
 * @module
 */
import {
  columnOfHeader,
  ContinuedRows,
  RESULTS_COLUMNS,
  ResultsTableError,
  ResultsTableReader,
  type ReadTable,
  type ResultsTableOptions,
} from '@pokin/core';
import { cellRef } from '../xml.js';
import { XLSX_CODEC, specialIssue } from './cells.js';
import { XlsxReadError, type XlsxIssue } from './errors.js';
import type { CellValue, MergedRange, RowHandler, SpecialCell } from './sheet.js';

const REQUIRED = RESULTS_COLUMNS.filter((c) => c.required).map((c) => c.key);

/** A cell that holds nothing. */
const blank = (v: CellValue | undefined): boolean => v === undefined || (typeof v === 'string' && v.trim() === '');

/** The keys of the results columns a row names (keys, labels or aliases in either language). */
function headerKeys(values: readonly (CellValue | undefined)[]): Set<string> {
  const keys = new Set<string>();
  for (const v of values) {
    if (typeof v !== 'string') continue;
    const found = columnOfHeader(v);
    if (found !== undefined) keys.add(found.column.key);
  }
  return keys;
}

/** True when a row reads as the header of the results layout (every required column named). */
export function isResultsHeader(values: readonly (CellValue | undefined)[]): boolean {
  const keys = headerKeys(values);
  return REQUIRED.every((k) => keys.has(k));
}

/** The cell of a table's 1-based `row` and `column` (`C12`), or the whole row (`12:12`) when no column. */
export const tableCell = (row: number, column: number | undefined): string =>
  column === undefined ? `${row}:${row}` : cellRef(row - 1, column - 1);

/**
 * The required columns a first row lacks when it reads as a results header with a column renamed
 * (at least three required columns named): their labels in both languages. `undefined` when the
 * row is no such header, or is a whole one.
 */
export function missingResultsColumns(values: readonly (CellValue | undefined)[]): { id: string[]; en: string[] } | undefined {
  const keys = headerKeys(values);
  const missing = RESULTS_COLUMNS.filter((c) => c.required && !keys.has(c.key));
  const named = REQUIRED.length - missing.length;
  if (missing.length === 0 || named < 3) return undefined;
  return { id: missing.map((c) => `"${c.label.id}"`), en: missing.map((c) => `"${c.label.en}" (${c.key})`) };
}

/** Reads a results sheet: feed rows to {@link ResultsSheet.onRow}, then call {@link ResultsSheet.finish}. */
export class ResultsSheet {
  readonly #reader = new ResultsTableReader<CellValue>(XLSX_CODEC);
  readonly #issues: XlsxIssue[] = [];
  readonly #sheet: string;
  #headerRow = -1;
  #names: string[] = [];

  constructor(sheet: string) {
    this.#sheet = sheet;
  }

  /** The header row, held until the row under it says whether it is a second header row (years under "Target"). */
  #held: (CellValue | undefined)[] | undefined;
  /** The note of a header read from two rows. */
  twoRowHeader: { readonly count: number } | undefined;

  /** The columns of each row read from formulas' saved values. */
  readonly computed = new Map<number, readonly number[]>();

  /** The row handler for `readSheet`. */
  readonly onRow: RowHandler = (row, values, specials, computed) => {
    if (computed !== undefined) this.computed.set(row, computed);
    if (this.#headerRow === -1) {
      this.#headerRow = row;
      this.#held = Array.from(values, (v) => v);
      return;
    }
    if (this.#held !== undefined) {
      const joined = row === this.#headerRow + 1 ? joinSubHeader(this.#held, values) : undefined;
      this.#header(joined?.cells ?? this.#held);
      if (joined !== undefined) {
        this.twoRowHeader = { count: joined.count };
        this.#headerRow = row;
        return;
      }
    }
    if (specials !== undefined) this.#special(row, values, specials);
    // Held until the sheet's merged ranges are known (Excel writes them after the rows).
    this.#rows.push({ row, values: Array.from(values, (v) => v) });
  };

  /** The rows below the header, as read. */
  readonly #rows: { readonly row: number; values: (CellValue | undefined)[] }[] = [];

  /**
   * A cell merged down over the rows of a result's indicators (as planners merge Kode, Kinerja and
   * Level) holds its value on each of those rows, as it shows. Called with the sheet's merged
   * ranges before {@link ResultsSheet.finish}; returns how many cells it filled.
   */
  fillMerged(merges: readonly MergedRange[]): number {
    if (merges.length === 0) return 0;
    const byRow = new Map(this.#rows.map((r) => [r.row, r.values] as const));
    let filled = 0;
    for (const m of merges) {
      if (m.r2 <= m.r1 || m.r1 <= this.#headerRow) continue;
      const value = byRow.get(m.r1)?.[m.c1];
      if (value === undefined) continue;
      for (let r = m.r1 + 1; r <= m.r2; r++) {
        const values = byRow.get(r);
        if (values === undefined || values[m.c1] !== undefined) continue;
        values[m.c1] = value;
        filled++;
      }
    }
    return filled;
  }

  #special(row: number, values: (CellValue | undefined)[], specials: readonly SpecialCell[]): void {
    for (const s of specials) {
      if (this.#issues.length < 200) this.#issues.push(specialIssue(this.#sheet, row, s, this.#names[s.column]));
      values[s.column] = undefined;
    }
  }

  /**
   * A row with its result cells (Kode, Induk, Mendukung Juga, Level, Kinerja) left blank and an
   * indicator filled continues the result above, as planners lay out a result's second indicator
   * in Excel without merging the cells, and as the CSV reader takes it. Called after
   * {@link ResultsSheet.fillMerged}; returns how many rows it filled and the first (1-based).
   */
  fillContinued(): { count: number; first?: number } {
    const continued = new ContinuedRows<CellValue>(this.#names, blank);
    for (const r of this.#rows) r.values = continued.fill(r.values, r.row + 1);
    return continued.first === undefined ? { count: continued.count } : { count: continued.count, first: continued.first };
  }

  #header(cells: (CellValue | undefined)[]): void {
    this.#held = undefined;
    this.#names = cells.map((v) => (v === undefined ? '' : XLSX_CODEC.show(v).trim()));
    this.#reader.header(cells, this.#headerRow + 1);
  }

  /** Builds the cascade; throws an `XlsxReadError` naming the sheet and cell of every problem. */
  finish(options: ResultsTableOptions): ReadTable {
    if (this.#held !== undefined) this.#header(this.#held);
    for (const r of this.#rows) this.#reader.row(r.values, r.row + 1);
    this.#rows.length = 0;
    // Cells pokin does not read stand alone: the gaps they leave would only repeat them.
    if (this.#issues.length > 0) throw new XlsxReadError(this.#issues);
    let read: ReadTable | undefined;
    let tableIssues: XlsxIssue[] = [];
    try {
      read = this.#reader.finish(options);
    } catch (error) {
      if (!(error instanceof ResultsTableError)) throw error;
      tableIssues = error.issues.map((i) => ({
        code: i.code,
        sheet: this.#sheet,
        ...(i.row === undefined ? {} : { cell: tableCell(i.row, i.column?.index) }),
        ...(i.column === undefined || i.column.name === '' ? {} : { column: i.column.name }),
        text: i.text,
      }));
    }
    const issues = [...this.#issues, ...tableIssues];
    if (issues.length > 0 || read === undefined) throw new XlsxReadError(issues);
    return read;
  }
}

/** A year (`2026`) or a quarter (`TW1`, `TW I`, `Triwulan 2`, `Q3`) as a second header row writes it under "Target" or "Realisasi 2025". */
const SUB_HEADER = /^(?:(?:19|20)\d\d|(?:tw|trw|triwulan|q)[\s.-]*(?:[1-4]|i{1,3}|iv))$/i;

/**
 * The header of a sheet headed on two rows, as Renstra tables are: "Target" merged over five
 * columns with the years under it. When every filled cell of the second row is a year or a quarter
 * under a filled cell of the first (in its column, or the nearest to its left, where a merged
 * range holds its text), each such column is named by both ("Target 2026"); other columns keep
 * the first row's name. `undefined` when the second row is no such row.
 */
function joinSubHeader(
  first: readonly (CellValue | undefined)[],
  second: readonly (CellValue | undefined)[],
): { cells: (CellValue | undefined)[]; count: number } | undefined {
  const cells = first.slice();
  let count = 0;
  let group: string | undefined;
  const width = Math.max(first.length, second.length);
  for (let i = 0; i < width; i++) {
    const top = first[i];
    if (top !== undefined) group = XLSX_CODEC.show(top).trim();
    const sub = second[i];
    if (sub === undefined) continue;
    const text = XLSX_CODEC.show(sub).trim();
    if (group === undefined || group === '' || !SUB_HEADER.test(text)) return undefined;
    cells[i] = `${group} ${text}`;
    count++;
  }
  return count === 0 ? undefined : { cells, count };
}
