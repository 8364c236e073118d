/**
 * Text helpers of the sheet builders: when a text cell gets Excel's quote prefix, and how tall a
 * row must be for its wrapped text.
 *
 * @module
 */

import { hasLooseEnds } from '@pokin/core';

/** Leads that make a spreadsheet read typed text as a formula. */
const FORMULA_LEAD = /^[=+\-@\uff1d\uff0b\uff0d\uff20]/;

/**
 * True when a text cell gets the quote prefix: it starts like a formula, or starts or ends with a
 * space or an invisible character (so a reader keeps them instead of trimming them as typos).
 */
export function needsQuote(s: string): boolean {
  return s.length > 0 && (FORMULA_LEAD.test(s) || hasLooseEnds(s));
}

/** Lines a text takes in a column `width` characters wide (a rough count, for row heights). */
export function lineCount(text: string, width: number): number {
  let lines = 0;
  const usable = Math.max(4, width - 1);
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      lines += Math.max(1, Math.ceil(((i - start) * 1.1) / usable));
      start = i + 1;
    }
  }
  return lines;
}

/** Points per line of 10 pt Arial, and the padding of a row. */
export const LINE_HEIGHT = 12.75;
const PADDING = 3;

/** Row height in points for `lines` lines, capped at Excel's 409 points. */
export function heightOf(lines: number): number {
  return Math.min(409, Math.round((lines * LINE_HEIGHT + PADDING) * 4) / 4);
}
