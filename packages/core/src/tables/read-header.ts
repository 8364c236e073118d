/**
 * The header row of a `results` table: each cell named by key, label or alias in either language
 * (`kode`, `Kondisi Awal`, `target 2026`), a column without a name set aside (a spacer is no
 * column; only a value under it is a problem), and every problem of the row at its cell.
 *
 * @module
 */
import { columnOfHeader, RESULTS_COLUMNS, resultsHeader } from './columns.js';
import type { HeaderColumn } from './read-cell.js';
import { tableMessages as m, unknownColumn, type TableIssue } from './read-issues.js';

/** What a header row says: its columns by key and position, the unnamed ones, and its problems. */
export interface ReadHeader {
  readonly columns: HeaderColumn[];
  /** Each column by its key (a year's target as `target_2026`). */
  readonly byKey: Map<string, HeaderColumn>;
  /** The positions (0-based) of columns whose header cell is empty. */
  readonly unnamed: number[];
  readonly issues: TableIssue[];
}

/** Reads a header row (`names` as shown, '' for an empty cell) at row `row` (1-based). */
export function readHeader(names: readonly string[], row: number): ReadHeader {
  const out: ReadHeader = { columns: [], byKey: new Map(), unnamed: [], issues: [] };
  const seen = new Map<string, number>();
  const named: string[] = [];
  names.forEach((name, index) => {
    if (name === '') {
      out.unnamed.push(index);
      return;
    }
    const column = { name, index: index + 1 };
    const found = columnOfHeader(name);
    const key = found === undefined ? name : resultsHeader(found.column, 'key', found.year, found.period);
    if (seen.has(key)) {
      const first = seen.get(key)!;
      out.issues.push({ code: 'duplicate-column', row, column, text: m.duplicateColumn(name, first + 1, named[first] ?? name) });
      return;
    }
    seen.set(key, index);
    named[index] = name;
    if (found === undefined) {
      out.issues.push({ code: 'unknown-column', row, column, text: unknownColumn(name) });
      return;
    }
    const hc: HeaderColumn = {
      column: found.column,
      index,
      name,
      ...(found.year === undefined ? {} : { year: found.year }),
      ...(found.period === undefined ? {} : { period: found.period }),
    };
    out.columns.push(hc);
    out.byKey.set(key, hc);
  });
  for (const c of RESULTS_COLUMNS) {
    if (c.required && !out.byKey.has(c.key))
      out.issues.push({ code: 'missing-column', row, column: { name: c.key }, text: m.missingColumn(c.key, c.label.id) });
  }
  return out;
}
