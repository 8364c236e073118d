/**
 * The help texts of `pokin export`: its description, arguments, options and the notes and
 * examples after them.
 *
 * @module
 */
import { t } from '../text.js';
import { afterHelp } from './common.js';

/** The help texts of `pokin export`. */
export const exportHelp = {
  description: t(
    'Ekspor semua indikator kinerja (IK) dari banyak berkas ke satu tabel panjang: satu baris per IK per tahun.',
    'Export every performance indicator (IK) of many files to one long table: one row per indicator per year.',
  ),
  files: t('berkas atau folder ("-" untuk stdin)', 'files or folders ("-" for stdin)'),
  to: t(
    'format keluaran: csv atau jsonl, seperti --format (jalur berkas di sini masih diterima seperti versi sebelumnya; pakailah -o); format lain, mis. pdf, ditolak',
    'output format: csv or jsonl, as --format (a file path here is still read as before; use -o); another format, such as pdf, is refused',
  ),
  format: t('csv atau jsonl (bawaan: menurut ekstensi -o, selain itu csv)', 'csv or jsonl (default: by the extension of -o, else csv)'),
  after: afterHelp(
    t(
      `Kolom: \`file\`, \`document_id\`, \`agency\` (instansi), \`result_id\`, \`level\`, \`tier\` (jenjang),
\`result_statement\` (pernyataan kinerja), \`indicator_id\`, \`indicator_statement\`, \`unit\`
(satuan), \`direction\` (polaritas), \`year\` (tahun), \`baseline_year\`, \`baseline\` (kondisi
awal), \`target\`, \`realisation\` (realisasi, bila ada).
Tahun-tahun sebuah IK adalah tahun target dan realisasinya; IK tanpa keduanya mendapat satu baris
dengan tahun kosong. Kinerja tanpa IK tidak muncul (lihat \`pokin stats\`).
Berkas yang tidak dapat dibaca disebut dalam satu baris; berkas lain tetap diekspor, lalu kode keluar 2.`,
      `Columns: \`file\`, \`document_id\`, \`agency\`, \`result_id\`, \`level\`, \`tier\`, \`result_statement\`,
\`indicator_id\`, \`indicator_statement\`, \`unit\`, \`direction\` (polarity), \`year\`,
\`baseline_year\`, \`baseline\`, \`target\`, \`realisation\` (when present). An indicator's years are the years of its targets and realisations;
one with neither gets one row with an empty year. Results without an indicator give no row (see
\`pokin stats\`).
An unreadable file is named in one line; the others are still exported, then the exit code is 2.`,
    ),
    [
      'pokin export pohon/ -o indikator.csv',
      'pokin export pohon/ -o indikator.csv --csv-profile excel-id',
      'pokin export pohon/ -o indikator.jsonl',
      'pokin export pohon/ --to jsonl',
    ],
    { 'pohon/': 'trees/', 'indikator.': 'indicators.' },
  ),
} as const;
