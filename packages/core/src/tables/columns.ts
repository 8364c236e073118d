/**
 * The `results` table: one row per indicator (a result without indicators gets one row with the
 * indicator cells empty). This column table drives writing (CSV, .xlsx), reading (header names and
 * their aliases, how each cell is read) and error locations (which column a document path lies
 * in), so the three can never disagree.
 *
 * @module
 */
import type { LocalizedText } from '../review/index.js';

/** How a column's cells are written and read. */
export type ResultsColumnKind =
  /** Free text. */
  | 'text'
  /** An id (`[A-Za-z0-9._-]+`). */
  | 'id'
  /** Ids joined with `;`. */
  | 'id-list'
  /** A level key, or a level label in either language. */
  | 'level'
  /** `up`, `down`, `range` (or `naik`, `turun`, `rentang`). */
  | 'polarity'
  /** A whole number: a year. */
  | 'year'
  /** A number, or a string such as a range. */
  | 'value';

/** One column of the `results` table. */
export interface ResultsColumn {
  /** Canonical header name, e.g. `result_id`; `target_<year>` stands for one column per target year. */
  readonly key: string;
  /** How its cells are written and read. */
  readonly kind: ResultsColumnKind;
  /** Whether the field belongs to the result (every row of a result repeats it) or to the indicator of the row. */
  readonly scope: 'result' | 'indicator';
  /** The field it carries, as a path below the result or the indicator; `['targets']` for the target columns. */
  readonly path: readonly string[];
  /** Whether a reader requires the column in the header. */
  readonly required: boolean;
  /** The header a person reads (the .xlsx header row), in Bahasa Indonesia and English. */
  readonly label: LocalizedText;
  /** Further header names a reader accepts (compared after {@link normalizeHeader}). */
  readonly aliases: readonly string[];
  /** What it holds, in English. */
  readonly description: string;
  /** True for a column writers add only when some result has the field (the format's second-round additions), so older tables stay as they were. */
  readonly whenUsed?: boolean;
}

const col = (
  key: string,
  kind: ResultsColumnKind,
  scope: 'result' | 'indicator',
  path: string,
  required: boolean,
  label: [id: string, en: string],
  aliases: readonly string[],
  description: string,
  whenUsed = false,
): ResultsColumn =>
  Object.freeze({
    ...(whenUsed ? { whenUsed } : {}),
    key,
    kind,
    scope,
    path: Object.freeze(path.split('.')),
    required,
    label: Object.freeze({ id: label[0], en: label[1] }),
    aliases: Object.freeze(aliases.slice()),
    description,
  });

/**
 * The columns in the order writers write them. The columns up to `baseline_value` are required
 * by readers; the `target_<year>` columns and those after them may be absent.
 */
export const RESULTS_COLUMNS: readonly ResultsColumn[] = Object.freeze([
  col('result_id', 'id', 'result', 'id', true, ['Kode', 'Result ID'], ['kode', 'kode_kinerja', 'id'], 'Id of the result.'),
  col(
    'parent_id',
    'id',
    'result',
    'parent',
    true,
    ['Induk', 'Parent ID'],
    ['induk', 'kode_induk', 'parent'],
    'Id of the primary parent; empty for a root.',
  ),
  col(
    'contributes_to',
    'id-list',
    'result',
    'contributesTo',
    true,
    ['Mendukung Juga', 'Contributes To'],
    ['mendukung', 'lintas', 'crosscutting'],
    'Crosscutting: ids of further parents joined with ";".',
  ),
  col(
    'level',
    'level',
    'result',
    'level',
    true,
    ['Level', 'Level'],
    ['jenjang', 'tingkat'],
    'Level key, e.g. "output" (a reader also takes its label).',
  ),
  col(
    'statement',
    'text',
    'result',
    'statement',
    true,
    ['Kinerja', 'Statement'],
    ['kinerja', 'pernyataan', 'pernyataan_kinerja', 'uraian'],
    'The result statement.',
  ),
  col(
    'indicator_id',
    'id',
    'indicator',
    'id',
    true,
    ['Kode IK', 'Indicator ID'],
    ['kode_ik', 'kode_indikator'],
    'Id of the indicator, when it has one.',
  ),
  col(
    'indicator',
    'text',
    'indicator',
    'statement',
    true,
    ['Indikator Kinerja', 'Indicator'],
    ['indikator', 'ik', 'indikator_kinerja'],
    'The indicator (IK); empty for a result without indicators.',
  ),
  col('unit', 'text', 'indicator', 'unit', true, ['Satuan', 'Unit'], ['satuan'], 'Satuan of the indicator.'),
  col(
    'polarity',
    'polarity',
    'indicator',
    'polarity',
    true,
    ['Arah', 'Polarity'],
    ['arah', 'polaritas', 'direction'],
    'up, down or range (naik, turun, rentang).',
  ),
  col(
    'baseline_year',
    'year',
    'indicator',
    'baseline.year',
    true,
    ['Tahun Kondisi Awal', 'Baseline Year'],
    ['tahun_dasar', 'tahun_baseline'],
    'Year of the baseline.',
  ),
  col(
    'baseline_value',
    'value',
    'indicator',
    'baseline.value',
    true,
    ['Kondisi Awal', 'Baseline'],
    ['kondisi_awal', 'nilai_kondisi_awal', 'baseline'],
    'Baseline value: a number, or a string.',
  ),
  col(
    'target_<year>',
    'value',
    'indicator',
    'targets',
    false,
    ['Target <year>', 'Target <year>'],
    [],
    'Target of that year: a number, or a string.',
  ),
  col(
    'owner_unit',
    'text',
    'result',
    'owner.unit',
    false,
    ['Unit Penanggung Jawab', 'Owner Unit'],
    ['penanggung_jawab', 'unit_kerja', 'pj'],
    'Unit kerja of the owner.',
  ),
  col(
    'owner_position',
    'text',
    'result',
    'owner.position',
    false,
    ['Jabatan Penanggung Jawab', 'Owner Position'],
    ['jabatan'],
    'Jabatan of the owner.',
  ),
  col(
    'owner_agency',
    'text',
    'result',
    'owner.agency',
    false,
    ['Instansi Penanggung Jawab', 'Owner Agency'],
    ['instansi'],
    'Agency of the owner, when it is not the document agency.',
  ),
  col('budget_program', 'text', 'result', 'budget.program', false, ['Program', 'Program'], ['kode_program'], 'Program code.'),
  col('budget_activity', 'text', 'result', 'budget.activity', false, ['Kegiatan', 'Activity'], ['kode_kegiatan'], 'Kegiatan code.'),
  col(
    'budget_sub_activity',
    'text',
    'result',
    'budget.subActivity',
    false,
    ['Sub Kegiatan', 'Sub-activity'],
    ['kode_sub_kegiatan'],
    'Sub kegiatan code.',
  ),
  col('notes', 'text', 'result', 'notes', false, ['Catatan', 'Notes'], ['keterangan'], 'Free text.'),
  col(
    'owner_position_type',
    'text',
    'result',
    'owner.positionType',
    false,
    ['Jenis Jabatan Penanggung Jawab', 'Owner Position Type'],
    ['jenis_jabatan'],
    'Kind of position of the owner: jpt-madya, jpt-pratama, administrator, pengawas, fungsional, pelaksana.',
    true,
  ),
  col(
    'owner_name',
    'text',
    'result',
    'owner.name',
    false,
    ['Nama Penanggung Jawab', 'Owner Name'],
    ['nama_pejabat'],
    'Name of the official.',
    true,
  ),
  col(
    'owner_nip',
    'text',
    'result',
    'owner.nip',
    false,
    ['NIP Penanggung Jawab', 'Owner NIP'],
    ['nip'],
    'Civil-service number (NIP) of the official.',
    true,
  ),
]);

/** The target column's template in {@link RESULTS_COLUMNS}. */
export const TARGET_TEMPLATE: ResultsColumn = RESULTS_COLUMNS.find((c) => c.key === 'target_<year>')!;
/** The columns before the target columns. */
export const LEADING_RESULTS_COLUMNS: readonly ResultsColumn[] = Object.freeze(
  RESULTS_COLUMNS.slice(0, RESULTS_COLUMNS.indexOf(TARGET_TEMPLATE)),
);
/** The columns after the target columns. */
export const TRAILING_RESULTS_COLUMNS: readonly ResultsColumn[] = Object.freeze(
  RESULTS_COLUMNS.slice(RESULTS_COLUMNS.indexOf(TARGET_TEMPLATE) + 1),
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

/** Matches a normalised target header (`target_2026`, `target2026`) and captures its year. */
const TARGET_HEADER = /^target_?(\d{4})$/;

/** Every name a header may have, normalised, to its column. */
const BY_NAME: ReadonlyMap<string, ResultsColumn> = (() => {
  const map = new Map<string, ResultsColumn>();
  for (const c of RESULTS_COLUMNS) {
    if (c === TARGET_TEMPLATE) continue;
    for (const name of [c.key, normalizeHeader(c.label.id), normalizeHeader(c.label.en), ...c.aliases])
      if (!map.has(name)) map.set(name, c);
  }
  return map;
})();

/** What a header names: a column, or a target column and its year; `undefined` for an unknown header. */
export function columnOfHeader(header: string): { column: ResultsColumn; year?: string } | undefined {
  const name = normalizeHeader(header);
  const target = TARGET_HEADER.exec(name);
  if (target !== null) return { column: TARGET_TEMPLATE, year: target[1]! };
  const column = BY_NAME.get(name);
  return column === undefined ? undefined : { column };
}

/** The header of a column in a locale: its canonical key (`'key'`), or its label in Bahasa Indonesia or English. */
export function resultsHeader(column: ResultsColumn, names: 'key' | 'id' | 'en', year?: string): string {
  const raw = names === 'key' ? column.key : column.label[names];
  return year === undefined ? raw : raw.replace('<year>', year);
}

/** The column that holds a document field below a result (`['owner', 'unit']`) or below an indicator (`indicator: true`). */
export function columnOfField(path: readonly (string | number)[], indicator: boolean): ResultsColumn | undefined {
  const names = path.filter((p): p is string => typeof p === 'string');
  if (indicator && names[0] === 'targets') return TARGET_TEMPLATE;
  const scope = indicator ? 'indicator' : 'result';
  let best: ResultsColumn | undefined;
  for (const c of RESULTS_COLUMNS) {
    if (c.scope !== scope || c.path.length > names.length) continue;
    if (c.path.every((p, i) => p === names[i]) && (best === undefined || c.path.length > best.path.length)) best = c;
  }
  // A path that stops above the columns (`baseline`, `owner`) lies in a column below it: its value, else its first.
  if (best === undefined && names.length > 0) {
    const below = RESULTS_COLUMNS.filter((c) => c.scope === scope && c !== TARGET_TEMPLATE && c.path[0] === names[0]);
    best = below.find((c) => c.kind === 'value') ?? below[0];
  }
  return best;
}

/** The trailing columns a table of these results has: every one, but a `whenUsed` column only when some result has its field. */
export function trailingColumnsOf(results: Iterable<object>): ResultsColumn[] {
  const optional = TRAILING_RESULTS_COLUMNS.filter((c) => c.whenUsed === true);
  const used = new Set<ResultsColumn>();
  for (const r of results) {
    for (const c of optional) {
      if (used.has(c)) continue;
      let v: unknown = r;
      for (const p of c.path) v = v === undefined || v === null ? undefined : (v as Record<string, unknown>)[p];
      if (v !== undefined) used.add(c);
    }
    if (used.size === optional.length) break;
  }
  return TRAILING_RESULTS_COLUMNS.filter((c) => c.whenUsed !== true || used.has(c));
}

/** Every target year in the cascade's indicators, ascending. */
export function targetYearsOf(
  results: Iterable<{ readonly indicators: readonly { readonly targets?: Readonly<Record<string, unknown>> }[] }>,
): string[] {
  const years = new Set<string>();
  for (const r of results)
    for (const ind of r.indicators) if (ind.targets !== undefined) for (const y of Object.keys(ind.targets)) years.add(y);
  return [...years].sort();
}
