/**
 * Cell encoding: how one value becomes the text of one CSV field, and back. Two kinds of cell:
 *
 * - **text** cells (statements, ids, units, owners, budget codes, notes, every worksheet cell).
 *   A text that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, tab, CR,
 *   LF or a full-width `＝ ＋ － ＠`) gets a leading `'` (OWASP's CSV-injection advice). So do a
 *   text that starts with white space or an invisible character (a BOM, a zero-width space, a
 *   bidi control: a spreadsheet may drop it and then see a formula) and a text that ends with one
 *   (readers trim unmarked cells, as a person's stray spaces are typos). So that every text round
 *   trips, the rule is: prefix one `'` iff the text, after any leading `'`s, is empty or starts
 *   with a dangerous, space or invisible character, or the text ends with a space or an invisible
 *   character. Reading strips one leading `'` iff the rest needs the mark, and takes the rest as it
 *   is; any other cell is trimmed. So `=1+1` is written `'=1+1`, a genuine `'=x` is written
 *   `''=x`, the empty string is written `'` (an empty cell means "absent"), and `'abc` or `-`
 *   inside a text stay as they are.
 * - **value** cells (`baseline_value`, `target_<year>`), which hold a number or a string. A number
 *   is written bare (`-5`, `2.5`, `1e-7`; with a decimal comma in the `excel-id` profile: `2,5`),
 *   never prefixed. A string gets a leading `'` iff it is empty, starts with `'`, starts with a
 *   dangerous character, or would read back as a number (`"5"` is written `'5`); reading strips
 *   exactly one leading `'` and keeps the rest as a string. Any other cell is a number when it
 *   matches the number grammar, else a string (`9,27-9,09` stays a string).
 *
 * @module
 */
import { hasLooseEnds, isSpaceOrInvisible, trimCell } from '@pokin/core';

/** True for the code of a character that makes a spreadsheet read a cell as a formula. */
export function isDangerousCode(c: number): boolean {
  return (
    c === 0x3d || // =
    c === 0x2b || // +
    c === 0x2d || // -
    c === 0x40 || // @
    c === 0x09 || // tab
    c === 0x0d || // CR
    c === 0x0a || // LF
    c === 0xff1d || // ＝
    c === 0xff0b || // ＋
    c === 0xff0d || // －
    c === 0xff20 // ＠
  );
}

/** The characters that make a text cell dangerous (a leading formula or control character), for documentation and tests. */
export const DANGEROUS_LEADS: readonly string[] = Object.freeze([
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '\uff1d',
  '\uff0b',
  '\uff0d',
  '\uff20',
]);

const APOSTROPHE = 0x27;

/** True when `s` needs the mark: after its leading apostrophes it is empty or starts with a dangerous, space or invisible character, or it ends with a space or an invisible character. */
function needsMark(s: string): boolean {
  let i = 0;
  const n = s.length;
  while (i < n && s.charCodeAt(i) === APOSTROPHE) i++;
  if (i === n || isDangerousCode(s.charCodeAt(i)) || isSpaceOrInvisible(s.codePointAt(i)!)) return true;
  return hasLooseEnds(s);
}

/** Encodes a text cell (see the module comment). */
export function encodeText(s: string): string {
  if (s.length === 0) return "'";
  const c = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  // Fast path: a plain ASCII letter or digit at both ends.
  if (c !== APOSTROPHE && c > 0x40 && c < 0x7f && last > 0x2f && last < 0x7f) return s;
  return needsMark(s) ? `'${s}` : s;
}

/** Decodes a non-empty text cell: a marked cell as it is, any other trimmed (`trimmed` says whether that changed it). */
export function decodeTextCell(cell: string): { value: string; trimmed: boolean } {
  if (cell.charCodeAt(0) === APOSTROPHE && needsMark(cell.slice(1))) return { value: cell.slice(1), trimmed: false };
  const value = trimCell(cell);
  return { value, trimmed: value.length !== cell.length };
}

/** Number grammar with a decimal point: what `String(n)` writes for every finite number. */
const NUMBER_DOT = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** The same with a decimal comma, as Indonesian spreadsheets write numbers. */
const NUMBER_COMMA = /^-?(?:\d+(?:,\d*)?|,\d+)(?:[eE][+-]?\d+)?$/;
/**
 * With a decimal comma, a dot between groups of three digits is the thousands separator that
 * Indonesian Excel writes into a CSV for a formatted cell: `1.000` is one thousand, `1.234.567,5`
 * over a million. Read as a decimal point it would silently become 1.
 */
const GROUPED_COMMA = /^-?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d*)?$/;

/** Which decimal separator value cells use. */
export type Decimal = '.' | ',';

/** Formats a finite number for a value cell: as `String(n)` writes it, with the profile's decimal separator. */
export function formatNumber(n: number, decimal: Decimal): string {
  const s = numberText(n);
  return decimal === ',' ? s.replace('.', ',') : s;
}

/**
 * `String(n)`, with a fast path for a number of at most two decimals (percentages, most targets):
 * `String` runs the shortest round-trip search on every fraction, four times slower. Below 1e13 a
 * number with two decimals is the double nearest its decimal text, so that text (trailing zero
 * dropped) is the shortest one that reads back as `n`: what `String` writes.
 */
function numberText(n: number): string {
  if (Number.isInteger(n) || !(Math.abs(n) < 1e13)) return String(n);
  const hundredths = Math.round(n * 100);
  if (hundredths / 100 !== n) return String(n);
  const abs = Math.abs(hundredths);
  const whole = Math.floor(abs / 100);
  const cents = abs - whole * 100;
  const fraction = cents % 10 === 0 ? String(cents / 10) : cents < 10 ? `0${cents}` : String(cents);
  return `${hundredths < 0 ? '-' : ''}${whole}.${fraction}`;
}

/**
 * True when `cell` reads as a number. With `decimal` `,` both `2,5` and `2.5` do (a file from
 * Indonesian Excel may hold either), and `1.000` is one thousand (a dot between groups of three
 * digits is the thousands separator); with `.` only `2.5`.
 */
export function looksNumeric(cell: string, decimal: Decimal): boolean {
  if (decimal === ',') return NUMBER_COMMA.test(cell) || GROUPED_COMMA.test(cell) || NUMBER_DOT.test(cell);
  return NUMBER_DOT.test(cell);
}

/** Reads a cell that {@link looksNumeric} accepted with `decimal`. */
export function readNumber(cell: string, decimal: Decimal = '.'): number {
  if (decimal === ',' && GROUPED_COMMA.test(cell)) return Number(cell.replace(/\./g, '').replace(',', '.'));
  return Number(cell.includes(',') ? cell.replace(',', '.') : cell);
}

/** Encodes a value cell: a number bare, a string marked when it could be misread. */
export function encodeValue(v: number | string, decimal: Decimal): string {
  if (typeof v === 'number') return formatNumber(v, decimal);
  if (v.length === 0) return "'";
  const c = v.charCodeAt(0);
  if (c === APOSTROPHE || isDangerousCode(c) || hasLooseEnds(v) || looksNumeric(v, decimal)) return `'${v}`;
  return v;
}

/**
 * Decodes a non-empty value cell. A number outside the double range (`1e999`) comes back as
 * `Infinity`; the caller reports it. A number with a plus sign (`+85`) is the number, as a
 * spreadsheet opening the file reads it (pokin never writes one: a text `+85` is written `'+85`).
 */
export function decodeValue(cell: string, decimal: Decimal): number | string {
  if (cell.charCodeAt(0) === APOSTROPHE) return cell.slice(1);
  const text = trimCell(cell);
  if (looksNumeric(text, decimal)) return readNumber(text, decimal);
  if (text.charCodeAt(0) === 0x2b && text.charCodeAt(1) !== 0x2d && looksNumeric(text.slice(1), decimal))
    return readNumber(text.slice(1), decimal);
  return text;
}
