/**
 * Reading a `results` table back into a {@link Cascade}, whatever the file: the CSV and .xlsx
 * readers hand over their header and rows with a {@link CellCodec} that says how a cell of theirs
 * reads as text or as a value; the column table ({@link RESULTS_COLUMNS}) does the rest.
 *
 * Forgiving where a person would be: headers by key, label or alias in either language (`kode`,
 * `Kondisi Awal`, `target 2026`), levels by key or label (`Ultimate Outcome`, `Kinerja Strategis`),
 * polarities in either language (`naik`), cells with stray spaces trimmed, optional columns
 * optional. What it had to guess comes back as notes; what it cannot read as issues at their row
 * and column.
 *
 * @module
 */
import { safeParseCascade } from '../parse.js';
import type { CascadeDocument, ResultDocument } from '../schema.js';
import { contributionOfCell, RESULTS_COLUMNS } from './columns.js';
import { readHeader } from './read-header.js';
import { locateIssue, type Origins } from './locate.js';
import { ResultsTableError, tableMessages as m, type TableColumnRef, type TableIssue, type TableNote } from './read-issues.js';
import type { CellCodec, ReadTable, ResultsTableOptions } from './read-types.js';
import { pathOf, readStructured, setPath, type HeaderColumn } from './read-cell.js';
import { detectLevels, resolveLevels } from './read-levels.js';

const RESULT_KINDS = new Set(RESULTS_COLUMNS.filter((c) => c.scope === 'result').map((c) => c.key));
const DEFAULT_TITLE = 'Pohon Kinerja';

/**
 * Reads a `results` table: call {@link ResultsTableReader.header} with the header row, then
 * {@link ResultsTableReader.row} for each row (rows may die as they are read), then
 * {@link ResultsTableReader.finish}, which throws a {@link ResultsTableError} listing every problem.
 */
export class ResultsTableReader<C> {
  readonly #codec: CellCodec<C>;
  readonly #issues: TableIssue[] = [];
  #columns: HeaderColumn[] = [];
  #byKey = new Map<string, HeaderColumn>();
  #headerOk = false;
  /** The columns whose header cell is empty, until a value under one is reported. */
  #unnamed: number[] = [];
  readonly #results: ResultDocument[] = [];
  readonly #levelCells: string[] = [];
  readonly #origins: Origins = { resultRow: [], indicatorResult: [], indicatorRow: [] };
  readonly #byId = new Map<string, number>();
  /** Per result, the shown cells of its result columns on its first row. */
  #firstShown: string[][] = [];
  #trimmed = 0;
  #firstTrim: { row: number; column: TableColumnRef } | undefined;

  constructor(codec: CellCodec<C>) {
    this.#codec = codec;
  }

  /** The header's columns, by position (for the caller's own messages, e.g. ragged rows). */
  get headerNames(): readonly string[] {
    return this.#columns.map((c) => c.name);
  }

  #ref(key: string): TableColumnRef {
    const c = this.#byKey.get(key);
    return c === undefined ? { name: key } : { name: c.name, index: c.index + 1 };
  }

  #problem(code: TableIssue['code'], row: number, column: TableColumnRef, text: TableIssue['text']): void {
    this.#issues.push({ code, row, column, text });
  }

  /** Reads the header row (row `row`, 1-based); returns false when it has problems (then rows are skipped). */
  header(cells: readonly (C | undefined)[], row = 1): boolean {
    const names = cells.map((cell) => (this.#codec.isEmpty(cell) ? '' : this.#codec.show(cell as C).trim()));
    const read = readHeader(names, row);
    this.#columns = read.columns;
    this.#byKey = read.byKey;
    this.#unnamed = read.unnamed;
    for (const issue of read.issues) this.#issues.push(issue);
    this.#headerOk = read.issues.length === 0;
    return this.#headerOk;
  }

  #text(cells: readonly (C | undefined)[], hc: HeaderColumn | undefined, row: number): string | undefined {
    if (hc === undefined) return undefined;
    const cell = cells[hc.index];
    if (this.#codec.isEmpty(cell)) return undefined;
    const { value, trimmed } = this.#codec.text(cell as C);
    if (trimmed) {
      this.#trimmed++;
      this.#firstTrim ??= { row, column: { name: hc.name, index: hc.index + 1 } };
    }
    // A cell of spaces is empty; an empty text written on purpose (CSV's `'`) is kept.
    return value === '' && trimmed ? undefined : value;
  }

  #value(cells: readonly (C | undefined)[], hc: HeaderColumn, row: number): number | string | undefined {
    const cell = cells[hc.index];
    if (this.#codec.isEmpty(cell)) return undefined;
    const v = this.#codec.value(cell as C);
    if (typeof v === 'number' && !Number.isFinite(v)) {
      this.#problem('bad-number', row, { name: hc.name, index: hc.index + 1 }, m.tooLarge(hc.name, this.#codec.show(cell as C)));
      return undefined;
    }
    return v;
  }

  /** Reads one row (1-based `row` as a spreadsheet numbers it). A row of empty cells is skipped. */
  row(cells: readonly (C | undefined)[], row: number): void {
    if (!this.#headerOk) return;
    if (cells.every((c) => this.#codec.isEmpty(c))) return;
    if (this.#unnamed.length > 0) this.#unnamedValues(cells, row);
    const idCol = this.#byKey.get('result_id');
    const id = this.#text(cells, idCol, row);
    let index = id === undefined ? undefined : this.#byId.get(id);
    if (index === undefined) {
      index = this.#results.length;
      if (id !== undefined) this.#byId.set(id, index);
      this.#results.push(this.#readResult(cells, row));
      this.#origins.resultRow.push(row);
      this.#firstShown.push(this.#shownResultCells(cells));
    } else {
      const first = this.#firstShown[index]!;
      const here = this.#shownResultCells(cells);
      if (this.#reusedId(id!, index, first, here, row)) return;
      let k = 0;
      for (const hc of this.#columns) {
        if (!RESULT_KINDS.has(hc.column.key)) continue;
        if (here[k] !== first[k]) {
          const ref = { name: hc.name, index: hc.index + 1 };
          this.#problem('conflict', row, ref, m.conflict(id!, hc.name, first[k]!, this.#origins.resultRow[index]!, here[k]!));
        }
        k++;
      }
    }
    const indicator = this.#readIndicator(cells, row);
    if (indicator !== undefined) {
      ((this.#results[index] as { indicators?: unknown[] }).indicators ??= []).push(indicator);
      this.#origins.indicatorResult.push(index);
      this.#origins.indicatorRow.push(row);
    }
  }

  /** Reports a value under a column without a header, once per column. */
  #unnamedValues(cells: readonly (C | undefined)[], row: number): void {
    this.#unnamed = this.#unnamed.filter((index) => {
      const cell = cells[index];
      if (this.#codec.isEmpty(cell)) return true;
      const shown = this.#codec.show(cell as C);
      if (shown.trim() === '') return true;
      this.#problem('unknown-column', row, { name: '', index: index + 1 }, m.unnamedColumn(index + 1, shown));
      return false;
    });
  }

  /**
   * A row under an id already used whose statement and another result cell (its parent, its owner)
   * differ: another result given the same id (a row copied and reworded), said once at its id cell
   * rather than as a conflict per column. A statement that alone differs stays a conflict.
   */
  #reusedId(id: string, index: number, first: readonly string[], here: readonly string[], row: number): boolean {
    let statement = -1;
    let others = 0;
    let k = 0;
    for (const hc of this.#columns) {
      if (!RESULT_KINDS.has(hc.column.key)) continue;
      if (hc.column.key === 'statement') statement = k;
      else if (here[k] !== first[k]) others++;
      k++;
    }
    if (statement === -1 || others === 0 || here[statement] === '' || here[statement] === first[statement]) return false;
    const idCol = this.#byKey.get('result_id')!;
    const ref = { name: idCol.name, index: idCol.index + 1 };
    this.#problem('duplicate-id', row, ref, m.reusedId(id, idCol.name, this.#origins.resultRow[index]!, first[statement]!));
    return true;
  }

  #shownResultCells(cells: readonly (C | undefined)[]): string[] {
    const out: string[] = [];
    for (const hc of this.#columns) {
      if (!RESULT_KINDS.has(hc.column.key)) continue;
      const cell = cells[hc.index];
      out.push(this.#codec.isEmpty(cell) ? '' : this.#codec.text(cell as C).value);
    }
    return out;
  }

  #readResult(cells: readonly (C | undefined)[], row: number): ResultDocument {
    const out: Record<string, unknown> = {};
    for (const hc of this.#columns) {
      const c = hc.column;
      if (c.scope !== 'result') continue;
      const v = this.#text(cells, hc, row);
      if (v === undefined) continue;
      if (c.kind === 'id-list')
        setPath(
          out,
          c.path,
          v.split(';').map((s) => contributionOfCell(s.trim())),
        );
      else setPath(out, c.path, v);
    }
    this.#levelCells.push(typeof out.level === 'string' ? out.level : '');
    return out as unknown as ResultDocument;
  }

  #readIndicator(cells: readonly (C | undefined)[], row: number): Record<string, unknown> | undefined {
    const out: Record<string, unknown> = {};
    let any = false;
    for (const hc of this.#columns) {
      const c = hc.column;
      if (c.scope !== 'indicator') continue;
      const ref = { name: hc.name, index: hc.index + 1 };
      let v: unknown;
      if (c.kind === 'value') v = this.#value(cells, hc, row);
      else if (c.kind === 'year') {
        const cell = cells[hc.index];
        if (this.#codec.isEmpty(cell)) continue;
        const raw = this.#codec.value(cell as C);
        const year = typeof raw === 'number' ? raw : /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : NaN;
        if (Number.isInteger(year)) v = year;
        else this.#problem('bad-number', row, ref, m.badYear(hc.name, this.#codec.show(cell as C)));
        any = true;
      } else {
        const text = this.#text(cells, hc, row);
        if (text === undefined) continue;
        any = true;
        const read = readStructured(c.kind, text, ref.name);
        if ('problem' in read) this.#problem(read.problem, row, ref, read.text);
        else v = read.value;
      }
      if (v === undefined) continue;
      if (!setPath(out, pathOf(hc), v)) this.#problem('conflict', row, ref, m.periodConflict(hc.name));
      any = true;
    }
    return any ? out : undefined;
  }

  /**
   * Builds the cascade. Throws a {@link ResultsTableError} with every problem: the table's own and
   * the document's (mapped back to their cells).
   */
  finish(options: ResultsTableOptions = {}): ReadTable {
    this.#firstShown = [];
    if (this.#issues.length > 0) throw new ResultsTableError(this.#issues);
    if (this.#results.length === 0) throw new ResultsTableError([{ code: 'empty', row: 1, text: m.noRows() }]);
    const notes: TableNote[] = [];
    const levels = options.levels ?? detectLevels(this.#levelCells);
    resolveLevels(levels, this.#results, this.#levelCells, this.#origins.resultRow, this.#ref('level'), notes);
    if (this.#firstTrim !== undefined) {
      const f = this.#firstTrim;
      notes.unshift({ row: f.row, column: f.column, text: m.trimmed(this.#trimmed, `baris ${f.row}, kolom "${f.column.name}"`) });
      // The English twin names the place in English.
      notes[0] = {
        ...notes[0]!,
        text: { id: notes[0]!.text.id, en: m.trimmed(this.#trimmed, `row ${f.row}, column "${f.column.name}"`).en },
      };
    }
    const doc: CascadeDocument = { pokin: 1, title: options.title ?? DEFAULT_TITLE, results: this.#results };
    if (options.agency !== undefined) doc.agency = options.agency;
    if (options.period !== undefined) doc.period = options.period;
    if (levels !== undefined) doc.levels = levels;
    if (options.context !== undefined) doc.context = options.context;
    if (options.csf !== undefined) doc.csf = options.csf;
    const parsed = safeParseCascade(doc);
    const origins = this.#origins;
    const ref = (key: string) => this.#ref(key);
    if (!parsed.success) throw new ResultsTableError(parsed.error.issues.map((i) => locateIssue(i, origins, ref, m)));
    return {
      cascade: parsed.data,
      notes,
      locate: (segments) => {
        const at = locateIssue({ code: 'schema', path: '', segments, message: '', params: {} }, origins, ref, m);
        return at.row === undefined ? {} : at.column === undefined ? { row: at.row } : { row: at.row, column: at.column };
      },
    };
  }
}
