/**
 * Capaian kinerja: realisation against target through the year, per indicator, result, subtree,
 * tier and document, and the bands that colour it.
 *
 * @module
 */
export { achievement } from './achievement.js';
export { DEFAULT_BAND_THRESHOLDS, achievementBand, achievementBands, formatPercent } from './bands.js';
export type { AchievementBand } from './bands.js';
export { measure } from './formula.js';
export type { Measured } from './formula.js';
export { MONTHS, QUARTERS, documentDate, isPeriodKey, periodEndMonth, periodLabel, realisationAsOf } from './periods.js';
export type {
  AchievementFormula,
  AchievementGap,
  AchievementOptions,
  AchievementReport,
  AchievementSummary,
  DownMethod,
  IndicatorAchievement,
  MeanMethod,
  PeriodKey,
  PeriodValue,
  ResultAchievement,
} from './types.js';
export { formatValue, lkjipRows, monevRows } from './tables.js';
export type { LkjipRow, MonevRow } from './tables.js';
