/**
 * The help texts of `pokin report`: its description, arguments, options and the notes and
 * examples after them.
 *
 * @module
 */
import { t } from '../text.js';
import { afterHelp } from './common.js';

/** The help texts of `pokin report`. */
export const reportHelp = {
  description: t(
    'Laporan capaian kinerja satu tahun: tabel LKjIP Bab III dan monev triwulan (html, xlsx), tabel LKjIP (pdf), pohon berwarna menurut capaian (svg), atau baris tabel LKjIP (csv).',
    'Achievement report of a year: the LKjIP chapter III table and quarterly monitoring (html, xlsx), the LKjIP table (pdf), the tree coloured by achievement (svg), or the LKjIP table rows (csv).',
  ),
  file: t('berkas pohon kinerja ("-" untuk stdin)', 'performance tree file ("-" for stdin)'),
  year: t('tahun capaian (wajib), di dalam periode dokumen', 'year of the achievement (required), within the document period'),
  asOf: t(
    'capaian per tanggal ini: hanya bulan dan triwulan yang sudah berakhir dihitung',
    'achievement as of this day: only the months and quarters that have ended count',
  ),
  to: t(
    'format keluaran: html, svg, csv, xlsx atau pdf (bawaan: menurut ekstensi -o, selain itu html)',
    'output format: html, svg, csv, xlsx or pdf (default: the one -o names by its extension, else html)',
  ),
  after: afterHelp(
    t(
      `Angka capaian memakai rumus menurut arah indikator (lihat docs/capaian.md). Keluaran ditulis utuh
atau tidak sama sekali. CSV: judul kolom tabel LKjIP dan rumus capaian dalam Bahasa Indonesia; dengan
--locale en kolomnya bernama tetap untuk skrip (\`result\`, \`sasaran\`, \`indicator\`, ...).`,
      `Achievement figures use the formula of each indicator's direction (see docs/capaian.md). Outputs
are written whole or not at all. CSV: with --locale en the columns have the stable names scripts
read (\`result\`, \`sasaran\`, \`indicator\`, ...) and the formulas their keys (\`ratio\`); in
Indonesian, the LKjIP table's headings and words.`,
    ),
    [
      'pokin report pokin.yaml --year 2025 --to html -o capaian-2025.html',
      'pokin report pokin.yaml --year 2025 --as-of 2025-09-30 --to svg -o capaian.svg',
      'pokin report pokin.yaml --year 2025 --to pdf -o capaian-2025.pdf',
      'pokin report pokin.yaml --year 2025 --to xlsx -o capaian-2025.xlsx',
      'pokin report pokin.yaml --year 2025 --to csv',
    ],
    { capaian: 'achievement' },
  ),
} as const;
