/**
 * Spaces and invisible characters at the ends of a cell: what readers trim (and report) and what
 * writers protect, in one place. A scan, not a regular expression, so a cell of a million spaces
 * costs one pass.
 *
 * @module
 */

const SPACE_OR_INVISIBLE = /^[\s\p{Cf}]$/u;

/** True for a code point that is white space or an invisible format character (BOM, zero-width, bidi controls). */
export function isSpaceOrInvisible(codePoint: number): boolean {
  if (codePoint === 0x20) return true;
  if (codePoint < 0x80) return codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0b || codePoint === 0x0c || codePoint === 0x0d;
  return SPACE_OR_INVISIBLE.test(String.fromCodePoint(codePoint));
}

/** True when a text starts or ends with white space or an invisible character. */
export function hasLooseEnds(s: string): boolean {
  if (s.length === 0) return false;
  return isSpaceOrInvisible(s.codePointAt(0)!) || isSpaceOrInvisible(lastCodePoint(s));
}

function lastCodePoint(s: string): number {
  const c = s.charCodeAt(s.length - 1);
  if (c >= 0xdc00 && c <= 0xdfff && s.length > 1) {
    const h = s.charCodeAt(s.length - 2);
    if (h >= 0xd800 && h <= 0xdbff) return s.codePointAt(s.length - 2)!;
  }
  return c;
}

/** The text without white space and invisible characters at its ends. */
export function trimCell(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end) {
    const cp = s.codePointAt(start)!;
    if (!isSpaceOrInvisible(cp)) break;
    start += cp > 0xffff ? 2 : 1;
  }
  while (end > start) {
    const cp = lastCodePoint(s.slice(Math.max(start, end - 2), end));
    if (!isSpaceOrInvisible(cp)) break;
    end -= cp > 0xffff ? 2 : 1;
  }
  return start === 0 && end === s.length ? s : s.slice(start, end);
}
