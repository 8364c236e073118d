/**
 * The catalogue's words of `pokin report --to csv`, the rows of the LKjIP table: the column
 * headings and the capaian formulas. In Bahasa Indonesia they are the LKjIP table's words, for
 * people opening the file in Excel; in English they are the stable names that scripts read (the
 * columns' snake_case names and the JSON's formula keys), as for `pokin diff --format csv`.
 *
 * @module
 */
import type { AchievementFormula, AchievementGap } from '@pokin/core';
import { t, type Text } from './text.js';

/** The heading of each column; `{year}` is the report's year, `{previous}` the year before. */
const HEADINGS = {
  result: 'Kode',
  sasaran: 'Sasaran / Kinerja',
  indicator: 'Indikator Kinerja',
  unit: 'Satuan',
  target: 'Target {year}',
  realisation: 'Realisasi {year}',
  capaian: 'Capaian (%)',
  formula: 'Rumus Capaian',
  previous_realisation: 'Realisasi {previous}',
  end_year: 'Tahun Akhir',
  end_target: 'Target Akhir Renstra',
  end_capaian: 'Capaian thd Target Akhir (%)',
  supporting_factors: 'Faktor Pendukung',
  inhibiting_factors: 'Faktor Penghambat',
  follow_up: 'Upaya / Tindak Lanjut',
} as const;

/** A column of `pokin report --to csv`. */
export type ReportCsvColumn = keyof typeof HEADINGS;

/** The words of `pokin report --to csv`. */
export const reportCsvWords = {
  /** A column's heading for `year`: Indonesian words, or in English its stable name. */
  columns: (column: ReportCsvColumn, year: string): Text =>
    t(HEADINGS[column].replace('{year}', year).replace('{previous}', String(Number(year) - 1)), column),
  /** How a capaian was computed, or why there is none: Indonesian words, or in English the key. */
  formula: {
    ratio: t('realisasi / target', 'ratio'),
    difference: t('(2 x target - realisasi) / target', 'difference'),
    inverse: t('target / realisasi', 'inverse'),
    band: t('rentang target', 'band'),
    scale: t('skala nilai', 'scale'),
    'no-target': t('tanpa target', 'no-target'),
    'no-realisation': t('belum ada realisasi', 'no-realisation'),
    'not-comparable': t('tidak dapat dibandingkan', 'not-comparable'),
  } satisfies Readonly<Record<AchievementFormula | AchievementGap, Text>>,
};
