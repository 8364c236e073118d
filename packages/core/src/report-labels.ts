/**
 * Column headers and words of the documents that the HTML and PDF renderers both draw (the LKjIP
 * capaian table and the Perjanjian Kinerja annex), in Bahasa Indonesia and English. Data: each
 * renderer adds its own titles and notes. `{year}` stands for the year of the document.
 *
 * @module
 */
import type { LocalizedText } from './review/types.js';

/** Column headers the documents share. */
const NO = { id: 'No', en: 'No' } as const;
const UNIT = { id: 'Satuan', en: 'Unit' } as const;
const TARGET = { id: 'Target', en: 'Target' } as const;
const RESULT = { id: 'Kinerja', en: 'Result' } as const;
/** The indicator column (the LKjIP table's English is shorter: "Indicator"). */
const INDICATOR = { id: 'Indikator Kinerja', en: 'Performance indicator' } as const;

/**
 * Headers and words of the LKjIP capaian table (Laporan Kinerja, chapter III) and the quarterly
 * monitoring table, without a year (the renderers write the year after some of them).
 */
export const LKJIP_LABELS = {
  no: NO,
  sasaran: { id: 'Sasaran / Kinerja', en: 'Result' },
  ik: { ...INDICATOR, en: 'Indicator' },
  unit: UNIT,
  target: TARGET,
  real: { id: 'Realisasi', en: 'Realisation' },
  capaian: { id: 'Capaian', en: 'Achievement' },
  band: { id: 'Kategori', en: 'Band' },
  end: { id: 'Target Akhir Renstra', en: 'Renstra End Target' },
  endCapaian: { id: 'Capaian thd Target Akhir', en: 'Achievement vs End Target' },
  factors: { id: 'Faktor Pendukung / Penghambat / Upaya', en: 'Supporting / Inhibiting Factors / Follow-up' },
  year: { id: 'Tahun', en: 'Year' },
  quarter: { id: 'TW', en: 'Q' },
  asOf: { id: 's.d.', en: 'to' },
  none: { id: 'belum terukur', en: 'not measured' },
  document: { id: 'Capaian keseluruhan', en: 'Overall achievement' },
} as const satisfies Record<string, LocalizedText>;

/** What a position document says when no position owns a result. */
const NO_OWNER = { id: 'Belum ada kinerja yang memiliki penanggung jawab (owner).', en: 'No result names an owner yet.' } as const;

/** Title and headers of a Perjanjian Kinerja annex and its two parties. */
export const PK_LABELS = {
  title: { id: 'Lampiran Perjanjian Kinerja Tahun {year}', en: 'Annex to the Performance Agreement {year}' },
  noOwner: NO_OWNER,
  no: NO,
  sasaran: { id: 'Sasaran', en: 'Objective' },
  ik: INDICATOR,
  unit: UNIT,
  target: { id: 'Target {year}', en: 'Target {year}' },
  first: { id: 'Pihak Pertama,', en: 'First party,' },
  second: { id: 'Pihak Kedua,', en: 'Second party,' },
} as const satisfies Record<string, LocalizedText>;

/** Title and headers of the peta cascading per jabatan (the positions, their results and indicators). */
export const PETA_LABELS = {
  title: { id: 'Peta Cascading Kinerja per Jabatan', en: 'Cascading map by position' },
  noOwner: NO_OWNER,
  no: NO,
  position: { id: 'Jabatan', en: 'Position' },
  type: { id: 'Jenis Jabatan', en: 'Position type' },
  result: RESULT,
  level: { id: 'Level', en: 'Level' },
  ik: INDICATOR,
  unit: UNIT,
  target: TARGET,
} as const satisfies Record<string, LocalizedText>;

/** Headers and words of the review table the HTML and PDF renderers print with a tree. */
export const REVIEW_TABLE_LABELS = {
  severity: { id: 'Tingkat', en: 'Severity' },
  rule: { id: 'Aturan', en: 'Rule' },
  result: RESULT,
  finding: { id: 'Temuan', en: 'Finding' },
  noFindings: { id: 'Tidak ada temuan.', en: 'No findings.' },
  error: { id: 'Kesalahan', en: 'Error' },
  warning: { id: 'Peringatan', en: 'Warning' },
  info: { id: 'Info', en: 'Info' },
} as const satisfies Record<string, LocalizedText>;
