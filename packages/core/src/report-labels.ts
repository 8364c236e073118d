/**
 * Column headers and words of the documents that the HTML and PDF renderers both draw (the LKjIP
 * capaian table and the Perjanjian Kinerja annex), in Bahasa Indonesia and English. Data: each
 * renderer adds its own titles and notes. `{year}` stands for the year of the document.
 *
 * @module
 */
import { t } from './localized.js';
import type { LocalizedText } from './review/types.js';

/** Column headers the documents share. */
const NO = t('No', 'No');
const UNIT = t('Satuan', 'Unit');
const TARGET = t('Target', 'Target');
const RESULT = t('Kinerja', 'Result');
/** The indicator column (the LKjIP table's English is shorter: "Indicator"). */
const INDICATOR = t('Indikator Kinerja', 'Performance indicator');

/**
 * Headers and words of the LKjIP capaian table (Laporan Kinerja, chapter III) and the quarterly
 * monitoring table, without a year (the renderers write the year after some of them).
 */
export const LKJIP_LABELS = {
  no: NO,
  sasaran: t('Sasaran / Kinerja', 'Result'),
  ik: { ...INDICATOR, en: 'Indicator' },
  unit: UNIT,
  target: TARGET,
  real: t('Realisasi', 'Realisation'),
  capaian: t('Capaian', 'Achievement'),
  band: t('Kategori', 'Band'),
  end: t('Target Akhir Renstra', 'Renstra End Target'),
  endCapaian: t('Capaian thd Target Akhir', 'Achievement vs End Target'),
  factors: t('Faktor Pendukung / Penghambat / Upaya', 'Supporting / Inhibiting Factors / Follow-up'),
  year: t('Tahun', 'Year'),
  quarter: t('TW', 'Q'),
  asOf: t('s.d.', 'to'),
  none: t('belum terukur', 'not measured'),
  document: t('Capaian keseluruhan', 'Overall achievement'),
  /** What the overall capaian rests on: `{measured}` indicators with a capaian of `{total}`. */
  measured: t('{measured} dari {total} IK terukur', '{measured} of {total} indicators measured'),
} as const satisfies Record<string, LocalizedText>;

/** What a position document says when no position owns a result. */
const NO_OWNER = t('Belum ada kinerja yang memiliki penanggung jawab (owner).', 'No result names an owner yet.');

/** Title and headers of a Perjanjian Kinerja annex and its two parties. */
export const PK_LABELS = {
  title: t('Lampiran Perjanjian Kinerja Tahun {year}', 'Annex to the Performance Agreement {year}'),
  noOwner: NO_OWNER,
  no: NO,
  sasaran: t('Sasaran', 'Objective'),
  ik: INDICATOR,
  unit: UNIT,
  target: t('Target {year}', 'Target {year}'),
  first: t('Pihak Pertama,', 'First party,'),
  second: t('Pihak Kedua,', 'Second party,'),
} as const satisfies Record<string, LocalizedText>;

/** Title and headers of the peta cascading per jabatan (the positions, their results and indicators). */
export const PETA_LABELS = {
  title: t('Peta Cascading Kinerja per Jabatan', 'Cascading map by position'),
  noOwner: NO_OWNER,
  no: NO,
  position: t('Jabatan', 'Position'),
  type: t('Jenis Jabatan', 'Position type'),
  result: RESULT,
  level: t('Level', 'Level'),
  ik: INDICATOR,
  unit: UNIT,
  target: TARGET,
} as const satisfies Record<string, LocalizedText>;

/** Headers and words of the review table the HTML and PDF renderers print with a tree. */
export const REVIEW_TABLE_LABELS = {
  severity: t('Tingkat', 'Severity'),
  rule: t('Aturan', 'Rule'),
  result: RESULT,
  finding: t('Temuan', 'Finding'),
  noFindings: t('Tidak ada temuan.', 'No findings.'),
  error: t('Kesalahan', 'Error'),
  warning: t('Peringatan', 'Warning'),
  info: t('Catatan', 'Info'),
} as const satisfies Record<string, LocalizedText>;
