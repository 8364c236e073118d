/**
 * The columns of the `results` shape, as DESIGN section 6 fixes them.
 *
 * @module
 */

/** How a column's cells are written and read. */
export type CsvColumnKind =
  /** Free text, formula-neutralised (see the README's security section). */
  | 'text'
  /** An id (`[A-Za-z0-9._-]+`), neutralised like text since an id may start with `-`. */
  | 'id'
  /** Ids joined with `;`. */
  | 'id-list'
  /** One of `up`, `down`, `range`. */
  | 'polarity'
  /** A whole number (a year). */
  | 'integer'
  /** A number, written bare, or a string (see the README's value cells). */
  | 'value';

/** Description of one column of the `results` shape. */
export interface CsvColumn {
  /** Header name; `target_<year>` stands for one column per target year, e.g. `target_2025`. */
  readonly name: string;
  /** How its cells are written and read. */
  readonly kind: CsvColumnKind;
  /** The document field it carries, as a path below a result. */
  readonly field: string;
  /** Whether `parseCsv` requires the column in the header. */
  readonly required: boolean;
  /** What it holds. */
  readonly description: string;
}

const col = (name: string, kind: CsvColumnKind, field: string, required: boolean, description: string): CsvColumn =>
  Object.freeze({ name, kind, field, required, description });

/**
 * The columns of the `results` shape in the order `renderCsv` writes them. The columns up to
 * `baseline_value` are required by `parseCsv`; the `target_<year>` columns and those after them
 * may be absent. `owner_agency` is pokin's addition to DESIGN's list (it carries `owner.agency`,
 * so that nothing is lost in the round trip).
 */
export const CSV_COLUMNS: readonly CsvColumn[] = Object.freeze([
  col('result_id', 'id', 'id', true, 'Id of the result.'),
  col('parent_id', 'id', 'parent', true, 'Id of the primary parent; empty for a root.'),
  col('contributes_to', 'id-list', 'contributesTo', true, 'Crosscutting: ids of further parents joined with ";".'),
  col('level', 'id', 'level', true, 'Level key, e.g. "output".'),
  col('statement', 'text', 'statement', true, 'The result statement.'),
  col('indicator_id', 'id', 'indicators[].id', true, 'Id of the indicator, when it has one.'),
  col('indicator', 'text', 'indicators[].statement', true, 'The indicator (IK); empty for a result without indicators.'),
  col('unit', 'text', 'indicators[].unit', true, 'Satuan of the indicator.'),
  col('polarity', 'polarity', 'indicators[].polarity', true, 'up, down or range.'),
  col('baseline_year', 'integer', 'indicators[].baseline.year', true, 'Year of the baseline.'),
  col('baseline_value', 'value', 'indicators[].baseline.value', true, 'Baseline value: a number, or a string.'),
  col('target_<year>', 'value', 'indicators[].targets.<year>', false, 'Target of that year: a number, or a string.'),
  col('owner_unit', 'text', 'owner.unit', false, 'Unit kerja of the owner.'),
  col('owner_position', 'text', 'owner.position', false, 'Jabatan of the owner.'),
  col('owner_agency', 'text', 'owner.agency', false, 'Agency of the owner, when it is not the document agency.'),
  col('budget_program', 'text', 'budget.program', false, 'Program code.'),
  col('budget_activity', 'text', 'budget.activity', false, 'Kegiatan code.'),
  col('budget_sub_activity', 'text', 'budget.subActivity', false, 'Sub kegiatan code.'),
  col('notes', 'text', 'notes', false, 'Free text.'),
]);

/** Header names before the target columns. */
export const LEADING_COLUMNS: readonly string[] = Object.freeze(CSV_COLUMNS.slice(0, 11).map((c) => c.name));
/** Header names after the target columns. */
export const TRAILING_COLUMNS: readonly string[] = Object.freeze(CSV_COLUMNS.slice(12).map((c) => c.name));
/** Matches a target column's header and captures its year. */
export const TARGET_COLUMN = /^target_(\d{4})$/;
