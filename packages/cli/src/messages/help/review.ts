/**
 * The help texts of `pokin review`: its description, arguments, options and the notes and examples
 * after them.
 *
 * @module
 */
import { t } from '../text.js';
import { afterHelp } from './common.js';

/** The help texts of `pokin review`. */
export const reviewHelp = {
  description: t(
    'Reviu pohon kinerja: temuan dikelompokkan per kinerja, dengan tingkat dan kode aturan.',
    'Review performance trees: findings grouped by result, with severity and rule id.',
  ),
  files: t('berkas atau folder yang direviu ("-" untuk stdin)', 'files or folders to review ("-" for stdin)'),
  strict: t('keluar dengan kode 1 juga bila ada peringatan, tidak hanya kesalahan', 'exit 1 on warnings too, not only on errors'),
  rule: t(
    'matikan aturan atau ubah tingkatnya: ATURAN=off|error|warning|info (boleh berulang)',
    'turn a rule off or change its severity: RULE=off|error|warning|info (repeatable)',
  ),
  config: t(
    'berkas setelan reviu (aturan dan plug-in); bawaan: pokin.config.json atau pokin.config.js dari folder kerja ke atas',
    'review config (rules and plug-ins); default: pokin.config.json or pokin.config.js from the working folder upwards',
  ),
  workspace: t(
    'baca folder sebagai satu workspace (pohon Pemda dan pohon perangkat daerah, pokin.workspace.yaml bila ada) dan jalankan juga aturan workspace',
    "read the folder as one workspace (the Pemda tree and the agencies' trees, pokin.workspace.yaml if any) and run the workspace rules too",
  ),
  asOf: t(
    'tanggal acuan aturan capaian YYYY-MM-DD, mis. triwulan yang belum terisi (bawaan: hari ini)',
    'the day the achievement rules look from, YYYY-MM-DD, e.g. for a missing quarter (default: today)',
  ),
  after: afterHelp(
    t(
      `Keluaran: --format text (per kinerja, berwarna di terminal), json (larik temuan), jsonl (satu
temuan per baris), atau csv (satu tabel untuk semua berkas). Kolomnya: \`file\`, \`agency\`,
\`result\`, \`rule\`, \`severity\`, \`message\`, \`indicator\`, \`path\`, \`line\`, \`column\`, \`url\`
(\`line\` adalah baris untuk masukan CSV). Berkas yang tidak dapat dibaca menjadi baris dengan aturan
"parse-error" atau "read-error"; berkas lainnya tetap direviu.`,
      `Output: --format text (grouped by result, coloured on a terminal), json (an array of findings),
jsonl (one finding per line), or csv (one table across every file). The fields: \`file\`,
\`agency\`, \`result\`, \`rule\`, \`severity\`, \`message\`, \`indicator\`, \`path\`, \`line\`, \`column\`,
\`url\` (\`line\` is the row for a CSV input). A file that cannot be read is a row with rule
"parse-error" or "read-error"; the others are still reviewed.`,
    ),
    [
      'pokin review pokin.yaml',
      'pokin review pokin.yaml --strict --locale en',
      'pokin review a.yaml b.json pohon/ --format csv --csv-profile excel-id -o temuan.csv',
      'pokin review pokin.yaml --rule baseline-missing=off',
      'pokin review pohon/ --workspace',
    ],
    { 'pohon/': 'trees/', 'temuan.csv': 'findings.csv' },
  ),
} as const;
