/**
 * XML escaping: the only place where text becomes markup.
 *
 * @module
 */
import { sanitizeXmlText } from './text.js';

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Escapes character data: `&`, `<`, `>` (so `]]>` cannot appear), after {@link sanitizeXmlText}. */
export function escapeText(text: string): string {
  return sanitizeXmlText(text).replace(/[&<>]/g, (c) => TEXT_ESCAPES[c]!);
}

/**
 * Escapes an attribute value for double quotes: `&`, `<`, `>`, the double quote (values are always double-quoted), and tab/line breaks
 * (which attribute normalisation would otherwise turn into spaces), after {@link sanitizeXmlText}.
 */
export function escapeAttribute(value: string): string {
  return sanitizeXmlText(value).replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c]!);
}

/** Attribute values: strings are escaped, numbers written with at most two decimals. */
export type AttributeValue = string | number | undefined;

/** Formats a coordinate: at most two decimals, no `-0`. */
export function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
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
