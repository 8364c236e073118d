/**
 * How the rules that gather findings over a whole document report them: one or two each, three or
 * more once for the document, naming them. An evaluator writes a habit of the document as one
 * point of the Laporan Hasil Reviu, not one per row.
 *
 * @module
 */
import type { IndicatorNode, RuleVisitors } from '../../api.js';

/** How {@link eachOrOnce} reports. */
export interface EachOrOnce<T> {
  /** Reports one finding (when there are one or two). */
  readonly each: (found: T) => void;
  /** Reports three or more findings once, for the document. */
  readonly many: (found: readonly T[]) => void;
}

/** Reports `found`: each one when there are one or two, all of them at once when there are three or more. */
export function eachOrOnce<T>(found: readonly T[], how: EachOrOnce<T>): void {
  if (found.length >= 3) how.many(found);
  else for (const x of found) how.each(x);
}

/** Visitors that gather what `find` finds in each indicator, then report it as {@link eachOrOnce} does. */
export function gatheredPerIndicator<T>(find: (ind: IndicatorNode) => T | undefined, how: EachOrOnce<T>): RuleVisitors {
  const found: T[] = [];
  return {
    indicator(ind) {
      const x = find(ind);
      if (x !== undefined) found.push(x);
    },
    exit: () => eachOrOnce(found, how),
  };
}
