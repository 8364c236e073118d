/**
 * The help texts of `pokin stats`: its description, arguments, options and the notes and examples
 * after them.
 *
 * @module
 */
import { t } from '../text.js';
import { afterHelp } from './common.js';

/** The help texts of `pokin stats`. */
export const statsHelp = {
  description: t(
    'Ringkas pohon: kinerja per level dan jenjang, indikator, kinerja tanpa indikator, kedalaman, ujung, keterkaitan lintas.',
    'Summarise trees: results per level and tier, indicators, results without an indicator, depth, leaves, crosscutting links.',
  ),
  files: t('berkas atau folder ("-" untuk stdin)', 'files or folders ("-" for stdin)'),
  year: t(
    'tahun capaian per jenjang (bawaan: tahun terakhir dalam periode yang memiliki realisasi dan targetnya)',
    'year of the achievement per tier (default: the latest year of the period with realisations and their targets)',
  ),
  after: afterHelp(
    t(
      `Keluaran: --format text (rincian untuk satu berkas, tabel untuk beberapa), json (larik, satu entri
per berkas), jsonl (satu entri per baris), atau csv (satu baris per berkas; kolom \`level_<kunci>\`
untuk setiap level yang muncul).`,
      `Output: --format text (a breakdown for one file, a table for several), json (an array with one
entry per file), jsonl (one entry per line), or csv (one row per file; \`level_<key>\` columns for
every level seen).`,
    ),
    ['pokin stats pokin.yaml', 'pokin stats pohon/ --format csv --csv-profile excel-id -o statistik.csv'],
    { 'pohon/': 'trees/', 'statistik.csv': 'stats.csv' },
  ),
} as const;
