/**
 * Which columns a `results` table of given results has: the target years, the trailing result
 * columns in use and the indicator tail. A writer asks for all three at once
 * ({@link resultsTableShapeOf}, one pass over the results); each is also available alone.
 *
 * @module
 */
import { INDICATOR_TAIL_COLUMNS, TRAILING_RESULTS_COLUMNS, isTemplate, valueAt, type ResultsColumn, type ResultsSlot } from './columns.js';

const used = (column: ResultsColumn, owner: unknown): boolean => valueAt(column, owner) !== undefined;

/** An indicator as the target-year scan reads it. */
type TargetsLike = { readonly targets?: Readonly<Record<string, unknown>> };

/** The columns of a `results` table of some results, left to right after the leading ones. */
export interface ResultsTableShape {
  /** Every target year of the indicators, ascending: one `target_<year>` column each. */
  readonly years: string[];
  /** The trailing result columns (see {@link trailingColumnsOf}). */
  readonly trailing: ResultsColumn[];
  /** The indicator columns after them (see {@link indicatorTailOf}). */
  readonly tail: ResultsSlot[];
}

/** Adds an indicator's target years to `years`. */
function addTargetYears(years: Set<string>, ind: TargetsLike): void {
  // Object.keys, not for...in: year keys are integer-like, kept in a sparse store that for...in reads slowly.
  if (ind.targets !== undefined) for (const y of Object.keys(ind.targets)) years.add(y);
}

const OPTIONAL_TRAILING = TRAILING_RESULTS_COLUMNS.filter((c) => c.whenUsed === true);

/** Finds the `whenUsed` trailing columns some result has a field for. */
class TrailingScan {
  readonly #found = new Set<ResultsColumn>();

  /** False once every optional column is found (no result can change the answer). */
  get open(): boolean {
    return this.#found.size < OPTIONAL_TRAILING.length;
  }

  add(r: object): void {
    for (const c of OPTIONAL_TRAILING) if (!this.#found.has(c) && used(c, r)) this.#found.add(c);
  }

  columns(): ResultsColumn[] {
    return TRAILING_RESULTS_COLUMNS.filter((c) => c.whenUsed !== true || this.#found.has(c));
  }
}

const PERIOD_ORDER = ['q1', 'q2', 'q3', 'q4', 'm01', 'm02', 'm03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10', 'm11', 'm12'];
const byKey = (key: string) => INDICATOR_TAIL_COLUMNS.find((c) => c.key === key)!;
const PLAIN_TAIL = INDICATOR_TAIL_COLUMNS.filter((c) => !isTemplate(c));
const NOTE_TAIL = INDICATOR_TAIL_COLUMNS.filter((c) => isTemplate(c) && c.path[0] === 'realisationNotes');
/** The plain tail columns by their first field: an indicator's own keys (a handful) pick the columns to look at. */
const PLAIN_TAIL_BY_FIELD: ReadonlyMap<string, readonly ResultsColumn[]> = (() => {
  const m = new Map<string, ResultsColumn[]>();
  for (const c of PLAIN_TAIL) {
    const list = m.get(c.path[0]!) ?? [];
    list.push(c);
    m.set(c.path[0]!, list);
  }
  return m;
})();

const NONE: readonly ResultsColumn[] = [];

/** What the indicators use of the tail: plain columns, and per year single realisations, periods and notes. */
class TailScan {
  readonly #found = new Set<ResultsColumn>();
  readonly #years = new Map<string, { single: boolean; periods: Set<string>; notes: Set<ResultsColumn> }>();

  #year(y: string) {
    let e = this.#years.get(y);
    if (e === undefined) this.#years.set(y, (e = { single: false, periods: new Set(), notes: new Set() }));
    return e;
  }

  add(indicator: object): void {
    const ind = indicator as Readonly<Record<string, unknown>>;
    for (const key in ind)
      for (const c of PLAIN_TAIL_BY_FIELD.get(key) ?? NONE) if (!this.#found.has(c) && used(c, ind)) this.#found.add(c);
    const real = ind.realisations as Record<string, unknown> | undefined;
    if (real !== undefined)
      for (const [y, v] of Object.entries(real)) {
        const e = this.#year(y);
        if (typeof v === 'object' && v !== null) for (const p of Object.keys(v)) e.periods.add(p);
        else e.single = true;
      }
    const n = ind.realisationNotes as Record<string, Record<string, unknown>> | undefined;
    if (n !== undefined)
      for (const [y, v] of Object.entries(n)) for (const c of NOTE_TAIL) if (v[c.path[2]!] !== undefined) this.#year(y).notes.add(c);
  }

  slots(): ResultsSlot[] {
    const out: ResultsSlot[] = PLAIN_TAIL.filter((c) => this.#found.has(c)).map((column) => ({ column }));
    const sorted = [...this.#years.keys()].sort();
    for (const y of sorted) {
      const e = this.#years.get(y)!;
      if (e.single) out.push({ column: byKey('realisation_<year>'), year: y });
      for (const p of PERIOD_ORDER) if (e.periods.has(p)) out.push({ column: byKey('realisation_<year>_<period>'), year: y, period: p });
    }
    for (const y of sorted) for (const c of NOTE_TAIL) if (this.#years.get(y)!.notes.has(c)) out.push({ column: c, year: y });
    return out;
  }
}

/** The target years, trailing columns and indicator tail of a `results` table of these results, in one pass. */
export function resultsTableShapeOf(results: Iterable<{ readonly indicators: readonly object[] }>): ResultsTableShape {
  const years = new Set<string>();
  const trailing = new TrailingScan();
  const tail = new TailScan();
  for (const r of results) {
    if (trailing.open) trailing.add(r);
    for (const ind of r.indicators) {
      addTargetYears(years, ind);
      tail.add(ind);
    }
  }
  return { years: [...years].sort(), trailing: trailing.columns(), tail: tail.slots() };
}

/** The trailing result columns a table of these results has: every one, but a `whenUsed` column only when some result has its field. */
export function trailingColumnsOf(results: Iterable<object>): ResultsColumn[] {
  const scan = new TrailingScan();
  for (const r of results) {
    if (!scan.open) break;
    scan.add(r);
  }
  return scan.columns();
}

/**
 * The indicator columns after the result columns that a table of these results has: each plain
 * column when some indicator has its field; per year (ascending) `realisation_<year>` when some
 * indicator has a single value, `realisation_<year>_<period>` for each period used, then the
 * note columns used.
 */
export function indicatorTailOf(results: Iterable<{ readonly indicators: readonly object[] }>): ResultsSlot[] {
  const scan = new TailScan();
  for (const r of results) for (const ind of r.indicators) scan.add(ind);
  return scan.slots();
}

/** Every target year in the cascade's indicators, ascending. */
export function targetYearsOf(
  results: Iterable<{ readonly indicators: readonly { readonly targets?: Readonly<Record<string, unknown>> }[] }>,
): string[] {
  const years = new Set<string>();
  for (const r of results) for (const ind of r.indicators) addTargetYears(years, ind);
  return [...years].sort();
}
