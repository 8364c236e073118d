/**
 * The columns of the `results` shape: core's column table (`RESULTS_COLUMNS`), which drives the
 * writer, the reader and the error locations alike, described here in CSV terms.
 *
 * @module
 */
import { RESULTS_COLUMNS, type ResultsColumn } from '@pokin/core';

/** How a column's cells are written and read. */
export type CsvColumnKind =
  /** Free text, formula-neutralised (see the README's security section). */
  | 'text'
  /** An id (`[A-Za-z0-9._-]+`), neutralised like text since an id may start with `-`; also a level key. */
  | 'id'
  /** Ids joined with `;`. */
  | 'id-list'
  /** One of `up`, `down`, `range` (read also as `naik`, `turun`, `rentang`). */
  | 'polarity'
  /** A whole number (a year). */
  | 'integer'
  /** A number, written bare, or a string (see the README's value cells). */
  | 'value'
  /** `true` or `false` (read also as `ya`, `tidak`, `yes`, `no`, `1`, `0`). */
  | 'flag'
  /** A scale, `WTP=4; WDP=3; TMP=2; TW=1`. */
  | 'scale'
  /** Texts, one a line. */
  | 'list';

/** Description of one column of the `results` shape. */
export interface CsvColumn {
  /** Header name; `target_<year>` stands for one column per target year, e.g. `target_2025` (likewise `realisation_<year>_<period>`, `realisation_2026_q1`). */
  readonly name: string;
  /** How its cells are written and read. */
  readonly kind: CsvColumnKind;
  /** The document field it carries, as a path below a result. */
  readonly field: string;
  /** Whether `parseCsv` requires the column in the header. */
  readonly required: boolean;
  /** What it holds. */
  readonly description: string;
  /** Further header names `parseCsv` accepts for it (Indonesian and English labels, aliases such as `kode`, `kondisi_awal`). */
  readonly aliases: readonly string[];
}

const KIND: Readonly<Record<ResultsColumn['kind'], CsvColumnKind>> = {
  text: 'text',
  id: 'id',
  'id-list': 'id-list',
  level: 'id',
  polarity: 'polarity',
  year: 'integer',
  value: 'value',
  flag: 'flag',
  scale: 'scale',
  list: 'list',
};

/** The columns of the `results` shape in the order `renderCsv` writes them (from core's `RESULTS_COLUMNS`). */
export const CSV_COLUMNS: readonly CsvColumn[] = Object.freeze(
  RESULTS_COLUMNS.map((c) =>
    Object.freeze({
      name: c.key,
      kind: KIND[c.kind],
      field: `${c.scope === 'indicator' ? 'indicators[].' : ''}${c.path.join('.')}`,
      required: c.required,
      description: c.description,
      aliases: Object.freeze([c.label.id, c.label.en, ...c.aliases]),
    }),
  ),
);
