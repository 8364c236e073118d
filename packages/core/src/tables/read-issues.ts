/**
 * The problems and notes of reading a `results` table (CSV or .xlsx), with the message catalogue
 * in Bahasa Indonesia and English.
 *
 * @module
 */
import { PokinError, type CascadeIssueCode } from '../errors.js';
import type { LocalizedText } from '../review/index.js';
import { RESULTS_COLUMNS } from './columns.js';

/** Kinds of problem in a `results` table: the table's own, and the document's (from `parseCascade`). */
export type TableIssueCode =
  /** The table holds no header, or no rows. */
  | 'empty'
  /** A required column is not in the header. */
  | 'missing-column'
  /** A header names a column the table does not have. */
  | 'unknown-column'
  /** A header names a column twice. */
  | 'duplicate-column'
  /** A cell that must be a number is not. */
  | 'bad-number'
  /** A polarity cell that is no polarity word. */
  | 'bad-polarity'
  /** A flag or scale cell that does not read (`iku` other than ya/tidak, a scale part other than `value=score`). */
  | 'bad-value'
  /** Two rows of one result disagree on a result field. */
  | 'conflict'
  | CascadeIssueCode;

/** A column of the table as the file has it. */
export interface TableColumnRef {
  /** The header as written (trimmed); empty for a field beyond the last header. */
  readonly name: string;
  /** 1-based position; absent for a column that is missing. */
  readonly index?: number;
}

/** One problem, at its row and column. */
export interface TableIssue {
  readonly code: TableIssueCode;
  /** 1-based row as a spreadsheet numbers it; absent for a problem of the whole table or the options. */
  readonly row?: number;
  readonly column?: TableColumnRef;
  /** What is wrong. */
  readonly text: LocalizedText;
}

/** Something the reader did that the user should know about (a trimmed cell, a level read from its label). */
export interface TableNote {
  readonly row?: number;
  readonly column?: TableColumnRef;
  readonly text: LocalizedText;
}

/** A `results` table that does not read as a cascade; `issues` lists every problem. */
export class ResultsTableError extends PokinError {
  override name = 'ResultsTableError';
  readonly issues: readonly TableIssue[];
  constructor(issues: readonly TableIssue[]) {
    super(`@pokin/core readResultsTable: ${issues.length} problem${issues.length === 1 ? '' : 's'}: ${issues[0]?.text.en ?? ''}`);
    this.issues = Object.freeze(issues.slice());
  }
}

const q = (s: string): string => (s.length > 40 ? `"${s.slice(0, 40)}..."` : JSON.stringify(s));
/**
 * Two texts that differ, shown by where they differ: whole when short, else the differing part
 * with a little context on each side (`"...Kualitas [ASN]"` vs `"...Kualitas [Aparatur]"`).
 */
export function difference(a: string, b: string): [string, string] {
  if (a.length <= 40 && b.length <= 40) return [JSON.stringify(a), JSON.stringify(b)];
  let p = 0;
  while (p < a.length && p < b.length && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  const show = (x: string) => {
    const from = Math.max(0, p - 12);
    const to = Math.min(x.length, x.length - s + 12);
    const mid = x.slice(p, x.length - s);
    const shown = mid.length > 60 ? `${mid.slice(0, 30)}...${mid.slice(-20)}` : mid;
    return `"${from > 0 ? '...' : ''}${x.slice(from, p)}[${shown}]${x.slice(x.length - s, to)}${to < x.length ? '...' : ''}"`;
  };
  return [show(a), show(b)];
}

const t = (id: string, en: string): LocalizedText => ({ id, en });

/** The messages of the table reader. */
export const tableMessages = {
  /** `firstName`: the header of the first column, when it names the column otherwise (`Catatan` and `Keterangan`). */
  duplicateColumn: (name: string, first: number, firstName: string = name) =>
    firstName === name
      ? t(`kolom "${name}" muncul dua kali (pertama sebagai kolom ${first})`, `column "${name}" appears twice (first as column ${first})`)
      : t(
          `kolom "${name}" sama dengan kolom "${firstName}" (kolom ${first}): hapus salah satunya, atau satukan isinya`,
          `column "${name}" is the same column as "${firstName}" (column ${first}): delete one of them, or join their contents`,
        ),
  /** `knownId`: the columns in Bahasa Indonesia, by their labels. */
  unknownColumn: (name: string, known: string, knownId: string = known) =>
    t(
      `kolom "${name}" tidak dikenal: hapus kolom itu, beri tajuk nama kolom yang dikenal, atau pindahkan isinya ke kolom "Catatan"; kolom yang dikenal: ${knownId}`,
      `unknown column "${name}"; the results shape has ${known}`,
    ),
  /** A value in a column whose header cell is empty (1-based `index`). */
  unnamedColumn: (index: number, value: string) =>
    t(
      `kolom ke-${index} tidak bertajuk tetapi berisi ${q(value)}: beri tajuk kolom itu (misalnya "Catatan"), atau kosongkan selnya`,
      `column ${index} has no header but holds ${q(value)}: give the column a header (such as "Notes"), or clear its cells`,
    ),
  /** A header that holds a year but names no column (`Tahun 2026`, `2026`). */
  unknownYearColumn: (name: string, year: string) =>
    t(
      `kolom "${name}" tidak dikenal: untuk target tahun ${year} beri tajuk "Target ${year}", untuk realisasinya "Realisasi ${year}" (per triwulan "Realisasi ${year} TW1")`,
      `unknown column "${name}": head the ${year} target "Target ${year}", its realisation "Realisation ${year}" (by quarter "Realisation ${year} q1")`,
    ),
  missingColumn: (name: string, alias: string) =>
    t(`tajuk tidak memiliki kolom "${name}"${alias === name ? '' : ` (atau "${alias}")`}`, `the header has no "${name}" column`),
  badYear: (column: string, cell: string) =>
    t(`${column} ${q(cell)} bukan tahun (bilangan bulat seperti 2024)`, `${column} ${q(cell)} is not a year (a whole number such as 2024)`),
  tooLarge: (column: string, cell: string) =>
    t(
      `${column} ${q(cell)} terlalu besar untuk bilangan; tulis dengan ' di depan agar tetap teks`,
      `${column} ${q(cell)} is too large for a number; write it with a leading ' to keep it as text`,
    ),
  badPolarity: (cell: string) =>
    t(
      `arah ${q(cell)} bukan salah satu dari naik, turun, rentang (up, down, range)`,
      `polarity ${q(cell)} is not one of up, down, range (naik, turun, rentang)`,
    ),
  badFlag: (column: string, cell: string) =>
    t(
      `${column} ${q(cell)} bukan ya atau tidak (ya, tidak, true, false)`,
      `${column} ${q(cell)} is not yes or no (ya, tidak, true, false)`,
    ),
  badScale: (column: string, cell: string) =>
    t(
      `${column} ${q(cell)} bukan skala; tulis nilai=skor dipisah titik koma, mis. "WTP=4; WDP=3"`,
      `${column} ${q(cell)} is not a scale; write value=score separated by semicolons, e.g. "WTP=4; WDP=3"`,
    ),
  periodConflict: (column: string) =>
    t(
      `${column}: satu tahun berisi realisasi tahunan sekaligus per periode; isi salah satunya`,
      `${column}: one year holds both a year's realisation and realisations by period; fill one of them`,
    ),
  conflict: (id: string, column: string, first: string, firstRow: number, here: string) => {
    const [a, b] = difference(first, here);
    return t(
      `hasil "${id}" bernilai ${column} ${a} di baris ${firstRow} tetapi ${b} di sini; semua baris satu hasil harus sama pada kolom hasilnya`,
      `result "${id}" has ${column} ${a} on row ${firstRow} but ${b} here; every row of a result must agree on its fields`,
    );
  },
  /** Two results under one id: the rows name different statements. */
  reusedId: (id: string, column: string, firstRow: number, first: string) =>
    t(
      `${column} "${id}" sudah dipakai kinerja lain di baris ${firstRow} (${q(first)}): beri kinerja di baris ini kode sendiri; IK kedua dari kinerja yang sama mengulang kode dan kinerjanya, atau mengosongkannya`,
      `${column} "${id}" is already the id of another result on row ${firstRow} (${q(first)}): give the result on this row an id of its own; a further indicator of the same result repeats its id and statement, or leaves them blank`,
    ),
  noRows: () =>
    t(
      'tabel memiliki tajuk tetapi tidak ada baris: pohon kinerja memerlukan sedikitnya satu hasil',
      'the CSV has a header but no rows: a cascade needs at least one result',
    ),
  emptyRequired: (column: string) => t(`sel kosong, padahal "${column}" wajib diisi`, `the cell is empty, and "${column}" is required`),
  emptyBaseline: () =>
    t(
      'sel kosong: kondisi awal memerlukan tahun dan nilainya (isi keduanya, atau kosongkan keduanya)',
      'the cell is empty: a baseline needs both baseline_year and baseline_value (fill both, or leave both empty)',
    ),
  trimmed: (count: number, where: string) =>
    t(
      `${count} sel berisi spasi di awal atau akhir; spasinya dibuang (pertama: ${where})`,
      `${count} cell${count === 1 ? '' : 's'} had spaces at the start or end; they were trimmed (first: ${where})`,
    ),
  levelGuess: (word: string, key: string, count: number) =>
    t(
      `level ${q(word)} dibaca sebagai "${key}" (${count} baris)`,
      `level ${q(word)} read as "${key}" (${count} row${count === 1 ? '' : 's'})`,
    ),
  levelsDetected: (name: string) =>
    t(
      `skema level "${name}" dipilih karena mencakup semua level di tabel`,
      `level scheme "${name}" chosen: it covers every level in the table`,
    ),
};

/** The message of a header that names no column: what to write for a year (`Tahun 2026`), else the columns there are. */
export function unknownColumn(name: string): TableIssue['text'] {
  const year = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(name)?.[1];
  if (year !== undefined) return tableMessages.unknownYearColumn(name, year);
  const id = RESULTS_COLUMNS.map((c) => c.label.id.replace('<year>', '<tahun>').replace('<period>', 'TW1')).join(', ');
  return tableMessages.unknownColumn(name, RESULTS_COLUMNS.map((c) => c.key).join(', '), id);
}
