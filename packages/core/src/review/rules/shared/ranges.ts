/**
 * Values a measure cannot take: a percentage outside 0-100 (not a growth or a change), a fall of
 * more than 100 % ("Persentase penurunan ..." at 129,03: a ratio of two years, not a fall), and a
 * well-known measure outside the band its definition allows (`MEASURE_RANGES`: UHH, RLS, HLS,
 * APM, APS). `implausible-value` and the percentage rules report them; the capaian rules do not
 * compute a capaian from them (one cause, one finding).
 *
 * @module
 */
import type { IndicatorNode } from '../../api.js';
import { MEASURE_RANGES, type MeasureRange } from '../../lexicon/words.js';
import { isBoundedPercentage, isDecreasePercentage } from './percentage.js';

/** Any of the measures in one scan: most indicators are none of them, and one test is a quarter of four. */
const ANY_MEASURE = new RegExp(MEASURE_RANGES.map((r) => r.pattern.source).join('|'));

/** The band of a well-known measure a normalised statement names, or undefined. */
export function measureRangeOf(norm: string): MeasureRange | undefined {
  return ANY_MEASURE.test(norm) ? MEASURE_RANGES.find((r) => r.pattern.test(norm)) : undefined;
}

/** True when `n` is a value the indicator's measure cannot take. */
export function impossibleValue(ind: IndicatorNode, n: number): boolean {
  if (isBoundedPercentage(ind) && (n < 0 || n > 100)) return true;
  if (n > 100 && isDecreasePercentage(ind)) return true;
  const range = measureRangeOf(ind.norm);
  return range !== undefined && (n < range.min || n > range.max);
}
