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

/** Widths of a character of body text in a column's width unit (Arial's "0"), generously rounded up. */
const ADVANCE = 1.1;

/**
 * Lines a text takes in a column `width` characters wide: its words wrapped as a spreadsheet
 * wraps them (a word that does not fit the rest of a line starts the next one; a word longer than
 * a line is broken), each character taken as a little wider than Arial's average, so that a
 * row's height is never short of the wrapped text.
 */
export function lineCount(text: string, width: number): number {
  const usable = Math.max(4, width - 1);
  let lines = 0;
  for (const para of text.split('\n')) {
    let used = 0;
    let count = 1;
    for (const word of para.split(' ')) {
      if (word === '') continue;
      const w = word.length * ADVANCE;
      const space = used === 0 ? 0 : ADVANCE;
      if (used + space + w <= usable) used += space + w;
      else if (w <= usable) {
        if (used > 0) count++;
        used = w;
      } else {
        // A word longer than a line: broken over whole lines, its tail on the last.
        if (used > 0) count++;
        count += Math.ceil(w / usable) - 1;
        used = w - (Math.ceil(w / usable) - 1) * usable;
      }
    }
    lines += count;
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
