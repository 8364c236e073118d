/**
 * Text handling: making user text safe for XML, collapsing whitespace, and wrapping to a width.
 *
 * @module
 */
import type { FontWeight, TextMeasurer } from './measure.js';

/** The character that replaces characters XML 1.0 cannot hold (U+FFFD REPLACEMENT CHARACTER). */
export const REPLACEMENT_CHARACTER = '\uFFFD';

// C0 controls except tab/LF/CR, DEL and C1 controls, U+FFFE/U+FFFF, and unpaired surrogates.
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces every character that XML 1.0 does not allow (control characters other than tab, line
 * feed and carriage return; DEL and C1 controls; U+FFFE, U+FFFF; unpaired surrogates) with
 * U+FFFD, so any string can go into a well-formed document.
 */
export function sanitizeXmlText(text: string): string {
  // Fast path: most text has no control characters and no surrogates at all.
  return SUSPECT.test(text) ? text.replace(ILLEGAL, REPLACEMENT_CHARACTER) : text;
}

const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * The text as drawn: XML-illegal characters replaced (see {@link sanitizeXmlText}), every run of
 * whitespace (including line breaks and tabs) collapsed to one space, trimmed.
 */
export function normalizeText(text: string): string {
  const clean = sanitizeXmlText(text);
  return SPACES.test(clean) ? clean.replace(SPACE_RUNS, ' ').trim() : clean;
}

// Whitespace that needs collapsing: a tab/line break/form feed, two spaces in a row, or a space at an end.
const SPACES = /[\t\n\r\f\v\u0085\u2028\u2029]|  |^ | $/;
const SPACE_RUNS = /[\t\n\r\f\v \u0085\u2028\u2029]+/g;

// A base character with its combining marks, or a stray run of marks: never split inside one.
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

/**
 * Wraps normalized text (see {@link normalizeText}) into lines no wider than `maxWidth`, breaking
 * at spaces; a word wider than a line is broken between characters (no hyphen), so no line
 * overflows. Returns no lines for empty text.
 */
export function wrapText(text: string, maxWidth: number, fontSizePx: number, fontWeight: FontWeight, measurer: TextMeasurer): string[] {
  const lines: string[] = [];
  if (text === '') return lines;
  const space = measurer.measure(' ', fontSizePx, fontWeight);
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(' ')) {
    if (word === '') continue;
    const w = measurer.measure(word, fontSizePx, fontWeight);
    if (line !== '' && lineWidth + space + w <= maxWidth) {
      line += ' ' + word;
      lineWidth += space + w;
      continue;
    }
    if (line !== '') lines.push(line);
    if (w <= maxWidth) {
      line = word;
      lineWidth = w;
      continue;
    }
    // Break the long word between characters.
    line = '';
    lineWidth = 0;
    for (const cluster of word.match(CLUSTER) ?? [word]) {
      const cw = measurer.measure(cluster, fontSizePx, fontWeight);
      if (line !== '' && lineWidth + cw > maxWidth) {
        lines.push(line);
        line = '';
        lineWidth = 0;
      }
      line += cluster;
      lineWidth += cw;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
