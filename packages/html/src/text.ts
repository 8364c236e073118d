/**
 * Making arbitrary text safe for HTML: characters HTML does not allow are replaced or dropped,
 * then the characters with meaning in markup are escaped. Everything the renderer writes from a
 * cascade passes through here (via the serializer).
 *
 * @module
 */

/**
 * Characters that are parse errors in HTML text (WHATWG "control-character-in-input-stream",
 * "noncharacter-in-input-stream", "surrogate-in-input-stream", NULL), plus CR, which we normalise:
 * - C0 controls except tab, LF, FF and CR; DEL and the C1 controls: dropped;
 * - lone surrogates and noncharacters (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF): replaced by U+FFFD;
 * - CR LF and lone CR: become LF; FF becomes a space.
 */

const NEEDS_CLEANING = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

const CONTROLS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;
const SURROGATE_OR_NONCHAR = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/g;

function fixPair(pair: string): string {
  if (pair.length === 2) {
    // A valid pair: a noncharacter only when it is U+xFFFE or U+xFFFF of a supplementary plane.
    const cp = 0x10000 + ((pair.charCodeAt(0) - 0xd800) << 10) + (pair.charCodeAt(1) - 0xdc00);
    return (cp & 0xfffe) === 0xfffe ? '\uFFFD' : pair;
  }
  return '\uFFFD';
}

/**
 * Replaces or removes the characters HTML does not allow in text or attribute values (see the
 * module notes) and normalises line breaks to LF. Text without such characters is returned as is.
 */
export function cleanText(value: string): string {
  if (!NEEDS_CLEANING.test(value)) return value;
  return value.replace(/\r\n?/g, '\n').replace(/\f/g, ' ').replace(CONTROLS, '').replace(SURROGATE_OR_NONCHAR, fixPair);
}

// One test per string on the common path: nothing to clean and nothing to escape.

const TEXT_SPECIAL = /[&<>\u0000-\u0008\u000B-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

const ATTRIBUTE_SPECIAL = /[&"<>\u0000-\u0008\u000B-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeChar = (c: string): string => ESCAPES[c]!;

/** Text content: cleaned, then `&`, `<` and `>` escaped. */
export function escapeText(value: string): string {
  if (!TEXT_SPECIAL.test(value)) return value;
  return cleanText(value).replace(/[&<>]/g, escapeChar);
}

/** A double-quoted attribute value: cleaned, then `&`, `"`, `<` and `>` escaped. */
export function escapeAttribute(value: string): string {
  if (!ATTRIBUTE_SPECIAL.test(value)) return value;
  return cleanText(value).replace(/[&"<>]/g, escapeChar);
}
