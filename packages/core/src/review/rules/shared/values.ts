/**
 * Comparing the values of two indicators: the first baseline or target where they differ, and
 * where that is, for a message.
 *
 * @module
 */
import type { IndicatorNode } from '../../api.js';
import type { Value } from '../../../schema.js';
import type { LocalizedText } from '../../types.js';
import { numberOf, show } from './index.js';

/** The first difference between two indicators' baselines and targets, or undefined when they agree where both are set. */
export function valueDifference(
  a: IndicatorNode,
  b: IndicatorNode,
): { readonly where: string; readonly a: string | number; readonly b: string | number } | undefined {
  const same = (x: Value, y: Value): boolean => {
    const nx = numberOf(x);
    const ny = numberOf(y);
    if (nx !== undefined && ny !== undefined) return Math.abs(nx - ny) <= 1e-9 * Math.max(1, Math.abs(nx));
    // (text as written: "70-80 BB" and "70-80 ( BB )" are one target, spacing and brackets aside)
    return textValueKey(x) === textValueKey(y);
  };
  const ba = a.record.baseline;
  const bb = b.record.baseline;
  if (ba !== undefined && bb !== undefined && ba.year === bb.year && !same(ba.value, bb.value))
    return { where: `baseline ${ba.year}`, a: show(ba.value), b: show(bb.value) };
  for (const y of a.years) {
    const tb = b.target(y);
    const ta = a.target(y)!;
    if (tb !== undefined && !same(ta, tb)) return { where: y, a: show(ta), b: show(tb) };
  }
  return undefined;
}

/** A value written as text, for comparison: lower case, without spaces and brackets. */
const textValueKey = (v: Value): string =>
  String(v)
    .toLowerCase()
    .replace(/[\s()[\]]+/g, '');

/** Where a {@link valueDifference} lies, for a message: "kondisi awal 2024" / "the 2024 baseline", "target 2026". */
export function differenceWhere(where: string): LocalizedText {
  return where.startsWith('baseline')
    ? { id: `kondisi awal ${where.slice(9)}`, en: `the ${where.slice(9)} baseline` }
    : { id: `target ${where}`, en: `the ${where} target` };
}
