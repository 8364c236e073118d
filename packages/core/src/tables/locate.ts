/**
 * Where a part of a document read from a `results` table sits in the table: the row of its result
 * or indicator and the column of its field, found through the column table.
 *
 * @module
 */
import type { CascadeIssue } from '../errors.js';
import { formatIssue } from '../parse/messages.js';
import { columnKeyOfField, columnOfField } from './columns.js';
import type { TableColumnRef, TableIssue, tableMessages } from './read-issues.js';

/** Where each part of the assembled document came from (flat lists: they live until the cascade is built). */
export interface Origins {
  /** The first row of each result. */
  readonly resultRow: number[];
  /** Per indicator row, in row order: the result it belongs to. */
  readonly indicatorResult: number[];
  /** Per indicator row, in row order: its row. */
  readonly indicatorRow: number[];
}

const cache = new WeakMap<Origins, number[][]>();

/** The rows of each result's indicators, gathered once per table. */
function indicatorRows(origins: Origins): number[][] {
  let lists = cache.get(origins);
  if (lists === undefined) {
    const out: number[][] = origins.resultRow.map(() => []);
    origins.indicatorResult.forEach((r, k) => out[r]!.push(origins.indicatorRow[k]!));
    lists = out;
    cache.set(origins, lists);
  }
  return lists;
}

/** Maps an issue of the assembled document back to its row and column. */
export function locateIssue(i: CascadeIssue, origins: Origins, ref: (key: string) => TableColumnRef, m: typeof tableMessages): TableIssue {
  const s = i.segments;
  // The issue's words in both languages (its `message` holds only the language it was parsed in).
  const text = { id: formatIssue(i, 'id'), en: formatIssue(i, 'en') };
  if (s[0] !== 'results' || typeof s[1] !== 'number' || origins.resultRow[s[1]] === undefined) {
    const at = i.path === '' ? '' : `options.${i.path}: `;
    return { code: i.code, text: { id: `${at}${text.id}`, en: `${at}${text.en}` } };
  }
  const resultRow = origins.resultRow[s[1]]!;
  const rest = s.slice(2);
  const indicator = rest[0] === 'indicators' && typeof rest[1] === 'number';
  const row = indicator ? (indicatorRows(origins)[s[1]]?.[rest[1] as number] ?? resultRow) : resultRow;
  const field = indicator ? rest.slice(2) : rest;
  const column = columnOfField(field, indicator) ?? (indicator ? columnOfField(['statement'], true) : undefined);
  if (column === undefined) return { code: i.code, row, text };
  const key = columnKeyOfField(column, field);
  const at = ref(key);
  if (i.message !== 'required') return { code: i.code, row, column: at, text };
  const empty = key === 'baseline_year' || key === 'baseline_value' ? m.emptyBaseline() : m.emptyRequired(at.name);
  return { code: i.code, row, column: at, text: empty };
}
