/**
 * XML output: the one escaper and the one number formatter of the SVG. Every text, attribute
 * value and coordinate goes through them on its way into the document.
 *
 * The document is pure ASCII: every character beyond ASCII is written as a numeric character
 * reference (`–` as `&#8211;`), so no tool along the way can mistake its encoding, and parsers
 * read back the same text.
 *
 * @module
 */

/** The entities: markup characters, and the whitespace that attribute normalisation would turn into spaces. */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

// What is not written as it is: in character data, everything but printable ASCII other than
// `&`, `<`, `>` (and tab, line feed, carriage return); in attribute values also `"`, tab, line
// feed and carriage return. With the `u` flag a surrogate pair is one match.
const TEXT_SPECIAL = /[^\t\n\r\x20-\x25\x27-\x3b=\x3f-\x7e]/;
const TEXT_SPECIALS = /[^\t\n\r\x20-\x25\x27-\x3b=\x3f-\x7e]/gu;
const ATTRIBUTE_SPECIAL = /[^\x20\x21\x23-\x25\x27-\x3b=\x3f-\x7e]/;
const ATTRIBUTE_SPECIALS = /[^\x20\x21\x23-\x25\x27-\x3b=\x3f-\x7e]/gu;

/** U+FFFD, for what XML 1.0 cannot hold. */
const REPLACEMENT = 0xfffd;

/**
 * One escaped character: an entity, or a character reference; what XML 1.0 does not allow (C0
 * controls other than tab, line feed and carriage return; DEL and C1 controls; an unpaired
 * surrogate; U+FFFE, U+FFFF) as U+FFFD, like `sanitizeXmlText`.
 */
function escapeOne(c: string): string {
  const entity = ENTITIES[c];
  if (entity !== undefined) return entity;
  const cp = c.codePointAt(0)!;
  const illegal = cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0xfffe || cp === 0xffff;
  return `&#${illegal ? REPLACEMENT : cp};`;
}

/** Escapes character data: `&`, `<`, `>` as entities (so `]]>` cannot appear), the rest beyond ASCII as references. */
export function escapeText(text: string): string {
  return TEXT_SPECIAL.test(text) ? text.replace(TEXT_SPECIALS, escapeOne) : text;
}

/**
 * Escapes an attribute value for double quotes: as {@link escapeText}, and also the double quote
 * (values are always double-quoted) and tab and line breaks (which attribute normalisation would
 * otherwise turn into spaces).
 */
export function escapeAttribute(value: string): string {
  return ATTRIBUTE_SPECIAL.test(value) ? value.replace(ATTRIBUTE_SPECIALS, escapeOne) : value;
}

/** Attribute values: strings are escaped, numbers written with at most two decimals. */
export type AttributeValue = string | number | undefined;

/** The decimals of hundredths 0 to 99 as written: `''`, `.01` ... `.1`, `.11` ... `.99` (one string per number, not three). */
const FRACTIONS: readonly string[] = Array.from({ length: 100 }, (_, f) =>
  f === 0 ? '' : f % 10 === 0 ? `.${f / 10}` : `.${f < 10 ? '0' : ''}${f}`,
);

/** Formats a coordinate: at most two decimals, no `-0`, no exponent. */
export function num(n: number): string {
  const r = Math.round(n * 100);
  if (!Number.isSafeInteger(r)) return Number.isFinite(n) ? String(Math.round(n)) : '0';
  if (r === 0) return '0';
  const neg = r < 0;
  const a = neg ? -r : r;
  const int = Math.floor(a / 100);
  return `${neg ? '-' : ''}${int}${FRACTIONS[a - int * 100]!}`;
}

/** ` name="value"` pairs for defined values, in the given order. */
export function attributes(attrs: Readonly<Record<string, AttributeValue>>): string {
  let out = '';
  for (const name of Object.keys(attrs)) {
    const v = attrs[name];
    if (v === undefined) continue;
    out += ` ${name}="${typeof v === 'number' ? num(v) : escapeAttribute(v)}"`;
  }
  return out;
}
