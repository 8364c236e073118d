/**
 * Text handling: making user text safe for XML, collapsing whitespace, and wrapping to a width.
 *
 * @module
 */
import { advanceTablesOf, measureRange, type FontWeight, type TextMeasurer } from './measure.js';

/** The character that replaces characters XML 1.0 cannot hold (U+FFFD REPLACEMENT CHARACTER). */
export const REPLACEMENT_CHARACTER = '\uFFFD';

// C0 controls except tab/LF/CR, DEL and C1 controls, U+FFFE/U+FFFF, and unpaired surrogates.
const ILLEGAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

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
const SPACES = /[\t\n\r\f\v\u0085\u2028\u2029]| {2}|^ | $/;
const SPACE_RUNS = /[\t\n\r\f\v \u0085\u2028\u2029]+/g;

// A base character with its combining marks, or a stray run of marks: never split inside one.
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

/**
 * Wraps text into lines no wider than `maxWidth`, breaking at spaces; a word wider than a line is
 * broken between characters (no hyphen), so no line overflows. Runs of spaces count as one;
 * normalize the text first (see {@link normalizeText}) to treat tabs and line breaks as spaces
 * too. Returns no lines for empty text.
 */
export function wrapText(text: string, maxWidth: number, fontSizePx: number, fontWeight: FontWeight, measurer: TextMeasurer): string[] {
  const words = RUNS_OF_SPACES.test(text) ? text.replace(/ +/g, ' ').replace(/^ | $/g, '') : text;
  const ranges = wrapRanges(words, maxWidth, fontSizePx, fontWeight, measurer);
  const lines: string[] = [];
  for (let i = 0; i < ranges.length; i += 2) lines.push(words.slice(ranges[i], ranges[i + 1]));
  return lines;
}

// Spaces that are not single separators between words.
const RUNS_OF_SPACES = / {2}|^ | $/;

/**
 * {@link wrapText} for text whose words are separated by single spaces (as {@link normalizeText}
 * leaves them), with each line given as a range of `text` rather than a string: `[start, end)`
 * pairs, flat. The renderer keeps lines this way and copies them straight into the document.
 */
export function wrapRanges(text: string, maxWidth: number, fontSizePx: number, fontWeight: FontWeight, measurer: TextMeasurer): number[] {
  return wrap(text, maxWidth, fontSizePx, fontWeight, measurer, false)!;
}

/**
 * {@link wrapRanges} of text that may need normalizing: `undefined` when {@link normalizeText}
 * would or might change it (a control character, a line break, a run of spaces, a surrogate:
 * normalize it, then wrap). For the font-metrics measurers the check rides on
 * the scan that measures the words, so clean text (nearly all of it) is read once.
 */
export function wrapRangesIfNormalized(
  text: string,
  maxWidth: number,
  fontSizePx: number,
  fontWeight: FontWeight,
  measurer: TextMeasurer,
): number[] | undefined {
  return wrap(text, maxWidth, fontSizePx, fontWeight, measurer, true);
}

function wrap(
  text: string,
  maxWidth: number,
  fontSizePx: number,
  fontWeight: FontWeight,
  measurer: TextMeasurer,
  check: boolean,
): number[] | undefined {
  const ranges: number[] = [];
  if (text === '') return ranges;
  const tables = advanceTablesOf(measurer);
  if (check && tables === undefined && normalizeText(text) !== text) return undefined;
  const space = measurer.measure(' ', fontSizePx, fontWeight);
  // The open line is [start, end) (start < 0: none).
  let start = -1;
  let end = -1;
  let lineWidth = 0;
  const n = text.length;
  const advances = tables === undefined ? undefined : fontWeight === 'bold' ? tables.bold : tables.normal;
  const max = tables === undefined ? -1 : tables.max;
  let pos = 0;
  while (pos <= n) {
    // The next word, [from, next), and its width.
    const from = pos;
    let next: number;
    let w: number;
    if (advances !== undefined) {
      // Find the end of the word and add up its advances in one pass (no slice, no call).
      let em = 0;
      let simple = true;
      next = from;
      for (; next < n; next++) {
        const c = text.charCodeAt(next);
        if (c <= 0x20) {
          if (c === 0x20) break;
          // A control character, tab or line break: what normalizeText would change.
          if (check) return undefined;
        } else if (check && c >= 0x7f && (c <= 0x9f || (c >= 0xd800 && c <= 0xdfff) || c >= 0xfffe || c === 0x2028 || c === 0x2029))
          return undefined;
        if (c > max) simple = false;
        else em += advances[c]!;
      }
      w = next === from ? 0 : simple ? em * fontSizePx : measureRange(tables!, text, from, next, fontSizePx, fontWeight);
    } else {
      next = text.indexOf(' ', pos);
      if (next < 0) next = n;
      w = next === from ? 0 : measurer.measure(text.slice(from, next), fontSizePx, fontWeight);
    }
    pos = next + 1;
    if (next === from) {
      // A space at either end or two in a row: what normalizeText would change.
      if (check) return undefined;
      continue;
    }
    if (start >= 0 && lineWidth + space + w <= maxWidth) {
      end = next;
      lineWidth += space + w;
      continue;
    }
    if (start >= 0) ranges.push(start, end);
    if (w <= maxWidth) {
      start = from;
      end = next;
      lineWidth = w;
      continue;
    }
    // Break the long word between characters.
    start = -1;
    lineWidth = 0;
    let at = from;
    const word = text.slice(from, next);
    for (const cluster of word.match(CLUSTER) ?? [word]) {
      const cw = measurer.measure(cluster, fontSizePx, fontWeight);
      if (start >= 0 && lineWidth + cw > maxWidth) {
        ranges.push(start, at);
        start = -1;
        lineWidth = 0;
      }
      if (start < 0) start = at;
      at += cluster.length;
      end = at;
      lineWidth += cw;
    }
  }
  if (start >= 0) ranges.push(start, end);
  return ranges;
}
