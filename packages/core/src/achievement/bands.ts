/**
 * Capaian bands (kategori capaian) for colouring and tables: five bands by default, from the
 * scale of performance ratings of Permendagri 86/2017 (evaluasi hasil RKPD), used in many LKjIP:
 * sangat tinggi >= 91, tinggi 76-90, sedang 66-75, rendah 51-65, sangat rendah <= 50.
 *
 * @module
 */
import type { LocalizedText } from '../review/types.js';

/** One capaian band. */
export interface AchievementBand {
  /** Stable key: `very-high`, `high`, `medium`, `low`, `very-low`. */
  readonly key: 'very-high' | 'high' | 'medium' | 'low' | 'very-low';
  /** The band's name in Bahasa Indonesia and English. */
  readonly label: LocalizedText;
  /** Lowest capaian (percent) in the band; `-Infinity` for the last. */
  readonly min: number;
  /** Fill colour: a light tint of ColorBrewer's RdBu (colour-blind safe), dark text stays readable. */
  readonly fill: string;
}

const BAND_WORDS: readonly (Omit<AchievementBand, 'min'> & { readonly min?: number })[] = [
  { key: 'very-high', label: { id: 'Sangat tinggi', en: 'Very high' }, fill: '#92c5de' },
  { key: 'high', label: { id: 'Tinggi', en: 'High' }, fill: '#d1e5f0' },
  { key: 'medium', label: { id: 'Sedang', en: 'Medium' }, fill: '#f7f7f7' },
  { key: 'low', label: { id: 'Rendah', en: 'Low' }, fill: '#fddbc7' },
  { key: 'very-low', label: { id: 'Sangat rendah', en: 'Very low' }, fill: '#f4a582' },
];

/** The default lower bounds of the first four bands, in percent: 91, 76, 66, 51. */
export const DEFAULT_BAND_THRESHOLDS: readonly number[] = Object.freeze([91, 76, 66, 51]);

/**
 * The five bands for `thresholds` (four descending lower bounds, in percent).
 *
 * @throws {RangeError} when `thresholds` is not four descending finite numbers.
 */
export function achievementBands(thresholds: readonly number[] = DEFAULT_BAND_THRESHOLDS): readonly AchievementBand[] {
  if (thresholds.length !== 4 || thresholds.some((t, i) => !Number.isFinite(t) || (i > 0 && t >= thresholds[i - 1]!)))
    throw new RangeError('@pokin/core achievementBands: thresholds must be four descending numbers, e.g. [91, 76, 66, 51]');
  return BAND_WORDS.map((b, i) => Object.freeze({ ...b, min: i < 4 ? thresholds[i]! : -Infinity }));
}

/** The band a capaian falls in. */
export function achievementBand(percent: number, bands: readonly AchievementBand[] = achievementBands()): AchievementBand {
  for (const b of bands) if (percent >= b.min) return b;
  return bands[bands.length - 1]!;
}

/** A capaian as people write it: two decimals with the Indonesian comma (`95,24 %`) or the English point (`95.24 %`). */
export function formatPercent(percent: number, locale: 'id' | 'en' = 'id'): string {
  const s = (Math.round(percent * 100) / 100).toFixed(2);
  return `${locale === 'id' ? s.replace('.', ',') : s} %`;
}
