/**
 * The `results` table: one row per indicator (a result without indicators gets one row with the
 * indicator cells empty). The column table ({@link RESULTS_COLUMNS}, in `columns-list.ts` and `columns-indicator.ts`) drives
 * writing (CSV, .xlsx), reading (header names and their aliases, how each cell is read) and error
 * locations (which column a document path lies in), so the three can never disagree.
 *
 * @module
 */
import type { Contribution } from '../result.js';
import { YEAR_COLUMNS } from './columns-indicator.js';
import { PLAN_COLUMNS, type ResultsColumn } from './columns-list.js';

export type { ResultsColumn, ResultsColumnKind } from './columns-list.js';

/**
 * Every column of the `results` table in the order writers write them: the plan's columns, then
 * the indicator's year. Readers require `result_id`, `parent_id`, `level`, `statement`, `indicator`
 * and `unit`; every other column may be absent.
 */
export const RESULTS_COLUMNS: readonly ResultsColumn[] = Object.freeze([...PLAN_COLUMNS, ...YEAR_COLUMNS]);

/** The target column's template in {@link RESULTS_COLUMNS}. */
export const TARGET_TEMPLATE: ResultsColumn = RESULTS_COLUMNS.find((c) => c.key === 'target_<year>')!;
/** The columns before the target columns. */
export const LEADING_RESULTS_COLUMNS: readonly ResultsColumn[] = Object.freeze(
  RESULTS_COLUMNS.slice(0, RESULTS_COLUMNS.indexOf(TARGET_TEMPLATE)),
);
/** The result columns after the target columns (owner, budget, notes). */
export const TRAILING_RESULTS_COLUMNS: readonly ResultsColumn[] = Object.freeze(
  RESULTS_COLUMNS.slice(RESULTS_COLUMNS.indexOf(TARGET_TEMPLATE) + 1).filter((c) => c.scope === 'result'),
);
/** The indicator columns after the result columns: the IKU flag, the manual, the indicator owner, then per year the realisations and their notes. */
export const INDICATOR_TAIL_COLUMNS: readonly ResultsColumn[] = Object.freeze(
  RESULTS_COLUMNS.slice(RESULTS_COLUMNS.indexOf(TARGET_TEMPLATE) + 1).filter((c) => c.scope === 'indicator'),
);

/**
 * A header as readers compare it: trimmed, lower case, runs of spaces, `-`, `.` and `/` as one
 * `_`. So `Kondisi Awal`, `kondisi-awal` and `KONDISI_AWAL` are one name.
 */
export function normalizeHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s\-./_]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** Whether a column is written once per year (its key holds `<year>`). */
export const isTemplate = (c: ResultsColumn): boolean => c.key.includes('<year>');
const PERIOD = '(q[1-4]|m(?:0[1-9]|1[0-2]))';

/** Every name a header may have, normalised, to its column. */
function byName(): ReadonlyMap<string, ResultsColumn> {
  const map = new Map<string, ResultsColumn>();
  for (const c of RESULTS_COLUMNS) {
    if (isTemplate(c)) continue;
    for (const name of [c.key, normalizeHeader(c.label.id), normalizeHeader(c.label.en), ...c.aliases])
      if (!map.has(name)) map.set(name, c);
  }
  return map;
}

/** Per column written once per year: the patterns of its names, capturing the year (and period). */
function templates(): readonly { readonly column: ResultsColumn; readonly re: RegExp }[] {
  return RESULTS_COLUMNS.filter(isTemplate).flatMap((c) =>
    [...new Set([c.key, normalizeHeader(c.label.id), normalizeHeader(c.label.en)])].map((name) => ({
      column: c,
      re: new RegExp(
        `^${name
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          .replace('_<year>', '_?(\\d{4})')
          .replace('_<period>', `_?${PERIOD}`)}$`,
      ),
    })),
  );
}

/** The header names, built on first use: a program that reads no table (`pokin review`) never builds them. */
let headers: { readonly byName: ReadonlyMap<string, ResultsColumn>; readonly templates: ReturnType<typeof templates> } | undefined;

/** A quarter as Indonesian tables name it: `TW1`, `TW I`, `Triwulan 2`, `Trw III` (after {@link normalizeHeader}). */
const QUARTER = /(?<=_)(?:tw|trw|triwulan)_?([1-4]|i{1,3}|iv)(?=_|$)/;
const ROMAN: Readonly<Record<string, string>> = { i: '1', ii: '2', iii: '3', iv: '4' };
/** A period written before the year (`realisasi_q1_2025`), to be put after it. */
const PERIOD_FIRST = /^(.+)_(q[1-4]|m(?:0[1-9]|1[0-2]))_(\d{4})$/;

/** A normalised header with a quarter in Indonesian (`tw1`, `triwulan_i`) as `q1`, and the period after the year. */
function periodName(name: string): string {
  const s = name.replace(QUARTER, (_, n: string) => `q${ROMAN[n] ?? n}`);
  const m = PERIOD_FIRST.exec(s);
  return m === null ? s : `${m[1]}_${m[3]}_${m[2]}`;
}

/**
 * What a header names: a column, with its year (and period) for a column written per year;
 * `undefined` for an unknown header. A quarter may be written as in Indonesian tables
 * (`Realisasi 2025 TW1`, `Realisasi Triwulan I 2025`).
 */
export function columnOfHeader(header: string): { column: ResultsColumn; year?: string; period?: string } | undefined {
  headers ??= { byName: byName(), templates: templates() };
  const name = periodName(normalizeHeader(header));
  const column = headers.byName.get(name);
  if (column !== undefined) return { column };
  for (const t of headers.templates) {
    const m = t.re.exec(name);
    if (m !== null) return m[2] === undefined ? { column: t.column, year: m[1]! } : { column: t.column, year: m[1]!, period: m[2] };
  }
  return undefined;
}

/** The name of one instance of a column: its key (or a label) with the year and period put in. */
function instance(raw: string, year?: string, period?: string): string {
  let s = raw;
  if (year !== undefined) s = s.replace('<year>', year);
  if (period !== undefined) s = s.replace('<period>', period);
  return s;
}

/**
 * The header of a column in a locale: its canonical key (`'key'`), or its label in Bahasa Indonesia
 * or English. A quarter is `TW1` in Bahasa Indonesia (`Realisasi 2025 TW1`), as the monev triwulan
 * writes it; the readers take either.
 */
export function resultsHeader(column: ResultsColumn, names: 'key' | 'id' | 'en', year?: string, period?: string): string {
  const shown = names === 'id' && period !== undefined && /^q[1-4]$/.test(period) ? `TW${period.slice(1)}` : period;
  return instance(names === 'key' ? column.key : column.label[names], year, shown);
}

/** The column that holds a document field below a result (`['owner', 'unit']`) or below an indicator (`indicator: true`). */
export function columnOfField(path: readonly (string | number)[], indicator: boolean): ResultsColumn | undefined {
  const names = path.filter((p): p is string => typeof p === 'string');
  const scope = indicator ? 'indicator' : 'result';
  let best: ResultsColumn | undefined;
  for (const c of RESULTS_COLUMNS) {
    if (c.scope !== scope || c.path.length > names.length) continue;
    if (c.path.every((p, i) => p === names[i] || (p.startsWith('<') && names[i] !== undefined))) {
      if (best === undefined || c.path.length > best.path.length) best = c;
    }
  }
  // A path that stops above the columns (`baseline`, `owner`) lies in a column below it: its value, else its first.
  if (best === undefined && names.length > 0) {
    const below = RESULTS_COLUMNS.filter((c) => c.scope === scope && !isTemplate(c) && c.path[0] === names[0]);
    best = below.find((c) => c.kind === 'value') ?? below[0];
  }
  return best;
}

/** The key of the column instance that holds a field (`target_2026`, `realisation_2026_q2`), from the field's path. */
export function columnKeyOfField(column: ResultsColumn, path: readonly (string | number)[]): string {
  const names = path.filter((p): p is string => typeof p === 'string');
  let year: string | undefined;
  let period: string | undefined;
  column.path.forEach((p, i) => {
    if (p === '<year>') year = names[i];
    if (p === '<period>') period = names[i];
  });
  return year === undefined ? column.key : instance(column.key, year, period);
}

/** One column of a written table: a column, and for a column written per year its year (and period). */
export interface ResultsSlot {
  readonly column: ResultsColumn;
  readonly year?: string;
  readonly period?: string;
}

/**
 * The value a slot holds below a result or an indicator (`undefined` when absent). The
 * `contributes_to` list writes a link's status after its id, `bkpsdm-2026#IM2 (ditolak)`, as the
 * readers take it back.
 */
export function slotValue(slot: ResultsSlot, owner: unknown): unknown {
  const v = valueAt(slot.column, owner, slot.year, slot.period);
  if (slot.column.key !== 'contributes_to' || !Array.isArray(v)) return v;
  const contributions = (owner as { contributions?: readonly Contribution[] }).contributions ?? [];
  if (!contributions.some((c) => c.status !== undefined)) return v;
  return (v as string[]).map((to) => {
    const status = contributions.find((c) => c.to === to)?.status;
    return status === undefined ? to : `${to} (${status})`;
  });
}

/** A `contributes_to` entry as written: an id, and its status in brackets (see {@link slotValue}). */
const WITH_STATUS = /^(\S+)\s*\((diusulkan|disetujui|ditolak|proposed|accepted|rejected)\)$/i;

/** A `contributes_to` entry read back: the id, or `{ to, status }` when a status follows it. */
export function contributionOfCell(text: string): string | { to: string; status: string } {
  const m = WITH_STATUS.exec(text);
  return m === null ? text : { to: m[1]!, status: m[2]!.toLowerCase() };
}

/** {@link slotValue} without a slot object: it runs per column and indicator of a large table. */
export function valueAt(column: ResultsColumn, owner: unknown, year?: string, period?: string): unknown {
  let v = owner;
  const path = column.path;
  // An index loop: for...of over the frozen path allocated an iterator per cell.
  for (let i = 0; i < path.length; i++) {
    if (v === undefined || v === null || typeof v !== 'object') return undefined;
    const p = path[i]!;
    const k = p === '<year>' ? year! : p === '<period>' ? period! : p;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}
