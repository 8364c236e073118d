/**
 * The column table of the `results` shape (data): every column, its header in both languages, its
 * aliases, the field it carries. `columns.ts` holds the functions that read it.
 *
 * @module
 */
import type { LocalizedText } from '../review/types.js';

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
  | 'value'
  /** Yes or no (`true`/`false`, `ya`/`tidak`, `yes`/`no`, `1`/`0`). */
  | 'flag'
  /** A scale of values and their scores, `WTP=4; WDP=3; TMP=2; TW=1`. */
  | 'scale'
  /** Texts, one a line (evidence links). */
  | 'list';

/** One column of the `results` table. */
export interface ResultsColumn {
  /** Canonical header name, e.g. `result_id`; `target_<year>` stands for one column per target year. */
  readonly key: string;
  /** How its cells are written and read. */
  readonly kind: ResultsColumnKind;
  /** Whether the field belongs to the result (every row of a result repeats it) or to the indicator of the row. */
  readonly scope: 'result' | 'indicator';
  /**
   * The field it carries, as a path below the result or the indicator. A column written once per
   * year (and period) has `<year>` (and `<period>`) in its key and its path: `targets.<year>`.
   */
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

export const col = (
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
 * The columns of the plan (the first round's columns and the result owner's further fields), in
 * the order writers write them. Readers require `result_id`, `parent_id`, `level`, `statement`,
 * `indicator` and `unit` (the tree and what every indicator needs); every other column may be absent.
 */
export const PLAN_COLUMNS: readonly ResultsColumn[] = Object.freeze([
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
    false,
    ['Mendukung Juga', 'Contributes To'],
    ['mendukung', 'lintas', 'crosscutting'],
    'Crosscutting: ids of further parents joined with ";", each followed by its status in brackets when it has one ("pemda-2026#S2 (disetujui)").',
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
    false,
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
    false,
    ['Arah', 'Polarity'],
    ['arah', 'polaritas', 'direction'],
    'up, down or range (naik, turun, rentang).',
  ),
  col(
    'baseline_year',
    'year',
    'indicator',
    'baseline.year',
    false,
    ['Tahun Kondisi Awal', 'Baseline Year'],
    ['tahun_dasar', 'tahun_baseline'],
    'Year of the baseline.',
  ),
  col(
    'baseline_value',
    'value',
    'indicator',
    'baseline.value',
    false,
    ['Kondisi Awal', 'Baseline'],
    ['kondisi_awal', 'nilai_kondisi_awal', 'baseline'],
    'Baseline value: a number, or a string.',
  ),
  col(
    'target_<year>',
    'value',
    'indicator',
    'targets.<year>',
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
