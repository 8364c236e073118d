/**
 * The help texts every command shares: commander's own words, the placeholders of option values,
 * the options every command takes, and the exit codes.
 *
 * @module
 */
import { t, type Text } from '../text.js';

/** The exit codes and the notes on inputs, language and errors, printed after every command's help. */
export const EXIT_CODES = t(
  `
Kode keluar:
  0  baik
  1  reviu menemukan kesalahan (atau peringatan, dengan --strict)
  2  masukan tidak dapat dibaca atau diurai, atau baris perintahnya salah
  3  keluaran tidak dapat ditulis (keluaran standar tertutup atau penuh)

Masukan: .json, .yaml/.yml, .csv (bentuk "results"), .xlsx (Tabel Kinerja atau Kertas Kerja),
sebuah folder (semua berkas seperti itu di dalamnya), atau "-" untuk stdin (dengan --input-format
bila jenisnya tidak jelas).
Bahasa: --locale id|en atau variabel lingkungan POKIN_LOCALE (bawaan: id).
Setiap kesalahan satu baris: pokin: BERKAS:BARIS:KOLOM: pesan (isian).`,
  `
Exit codes:
  0  fine
  1  the review found errors (or warnings, with --strict)
  2  an input could not be read or parsed, or the command line is wrong
  3  the output could not be written (standard output closed or full)

Inputs: .json, .yaml/.yml, .csv (the "results" shape), .xlsx (a results table or a Kertas Kerja),
a folder (every such file below it), or "-" for stdin (with --input-format when it is not obvious).
Language: --locale id|en or the environment variable POKIN_LOCALE (default: id).
Errors are one line each: pokin: FILE:LINE:COLUMN: message (field).`,
);

/**
 * The text after a command's options: its notes, the exit codes and its examples. The examples are
 * written once, in Indonesian; `english` renames the words in them (file and folder names) for the
 * English help.
 */
export function afterHelp(notes: Text, examples: readonly string[], english: Readonly<Record<string, string>> = {}): Text {
  const rename = (line: string) => Object.entries(english).reduce((text, [id, en]) => text.replaceAll(id, en), line);
  const list = (lines: readonly string[]) => lines.map((line) => `  ${line}`).join('\n');
  return t(
    `\n${notes.id}\n${EXIT_CODES.id}\n\nContoh:\n${list(examples)}`,
    `\n${notes.en}\n${EXIT_CODES.en}\n\nExamples:\n${list(examples.map(rename))}`,
  );
}

/** Every help text, by name. */

/** The help texts every command shares. */
export const commonHelp = {
  // ---- commander's own words
  titles: {
    'Usage:': t('Penggunaan:', 'Usage:'),
    'Options:': t('Opsi:', 'Options:'),
    'Arguments:': t('Argumen:', 'Arguments:'),
    'Commands:': t('Perintah:', 'Commands:'),
    'Global Options:': t('Opsi umum:', 'Global Options:'),
  } as Readonly<Record<string, Text>>,
  choices: (list: string) => t(`pilihan: ${list}`, `choices: ${list}`),
  defaultValue: (value: string) => t(`bawaan: ${value}`, `default: ${value}`),
  usageOptions: t('[opsi]', '[options]'),
  usageCommand: t('[perintah]', '[command]'),
  helpCommand: t('help [perintah]', 'help [command]'),
  helpCommandDescription: t('tampilkan bantuan sebuah perintah', 'display help for a command'),
  helpOption: t('tampilkan bantuan', 'show help'),
  versionOption: t('tampilkan versi', 'print the version'),
  exitCodes: EXIT_CODES,

  // ---- placeholders of option values and argument names
  placeholder: {
    files: t('berkas', 'files'),
    file: t('berkas', 'file'),
    format: t('format', 'format'),
    n: t('n', 'n'),
    scheme: t('skema', 'scheme'),
    locale: t('bahasa', 'locale'),
    rule: t('aturan=setelan', 'rule=setting'),
    path: t('jalur', 'path'),
    profile: t('profil', 'profile'),
    shape: t('bentuk', 'shape'),
    size: t('ukuran', 'size'),
    encoding: t('pengodean', 'encoding'),
    orientation: t('arah', 'orientation'),
    px: t('px', 'px'),
    period: t('periode', 'period'),
    name: t('nama', 'name'),
    year: t('tahun', 'year'),
    date: t('tanggal', 'date'),
  },

  // ---- options every command takes
  program: t('Reviu, gambar dan ringkas berkas pohon kinerja.', 'Review, render and summarise performance tree files.'),
  programExamples: t(
    `
Contoh:
  pokin init pokin.yaml --period 2025-2029
  pokin review pokin.yaml
  pokin render pokin.yaml --to all -o keluaran/
  pokin stats pohon/ --format csv -o statistik.csv`,
    `
Examples:
  pokin init pokin.yaml --period 2025-2029
  pokin review pokin.yaml
  pokin render pokin.yaml --to all -o out/
  pokin stats trees/ --format csv -o stats.csv`,
  ),
  inputFormat: t(
    'baca masukan sebagai format ini, apa pun ekstensinya (untuk stdin "-")',
    'read the inputs as this format, whatever their extension (for stdin "-")',
  ),
  maxBytes: t(
    'tolak masukan yang lebih besar dari sekian bita (bawaan: 50 MB; 10 MB untuk YAML)',
    'refuse an input larger than this many bytes (default: 50 MB; 10 MB for YAML)',
  ),
  maxResults: t('tolak dokumen dengan kinerja lebih banyak dari ini', 'refuse a document with more results than this'),
  levels: t(
    'masukan csv: skema levelnya, sebuah preset (permenpan-89, renstra) atau berkas .yaml/.json yang berisi "levels"',
    'csv inputs: their level scheme, a preset (permenpan-89, renstra) or a .yaml/.json file with "levels"',
  ),
  encoding: t('masukan csv: pengodean teksnya (bawaan: utf-8)', 'csv inputs: their text encoding (default: utf-8)'),
  color: t(
    'beri warna pada keluaran walaupun bukan terminal (juga FORCE_COLOR=1)',
    'colour the output even when it is not a terminal (also FORCE_COLOR=1)',
  ),
  noColor: t('jangan pernah beri warna (juga NO_COLOR=1)', 'never colour the output (also NO_COLOR=1)'),
  debug: t('tampilkan jejak tumpukan dari kesalahan tak terduga', 'show the stack trace of an unexpected error'),
  locale: t(
    'bahasa semua pesan dan label: id (Bahasa Indonesia) atau en (Inggris); juga POKIN_LOCALE',
    'language of every message and label: id (Indonesian) or en (English); also POKIN_LOCALE',
  ),
  format: t('format keluaran', 'output format'),
  outputFile: t('tulis ke berkas ini, bukan ke layar (stdout)', 'write to this file instead of the screen (stdout)'),
  csvProfile: t(
    'csv: rfc4180 (",", tanpa BOM), excel (dengan BOM), excel-id (";" dengan BOM, untuk Excel berbahasa Indonesia)',
    'csv: rfc4180 (",", no BOM), excel (BOM), excel-id (";" with a BOM, for Excel set to Indonesian)',
  ),
} as const;
