/**
 * XML escaping: the only place where text becomes markup.
 *
 * @module
 */
import { sanitizeXmlText } from './text.js';

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const TEXT_SPECIAL = /[&<>]/;
const ATTR_SPECIAL = /[&<>"\t\n\r]/;
const ATTR_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Escapes character data: `&`, `<`, `>` (so `]]>` cannot appear), after {@link sanitizeXmlText}. */
export function escapeText(text: string): string {
  const clean = sanitizeXmlText(text);
  return TEXT_SPECIAL.test(clean) ? clean.replace(/[&<>]/g, (c) => TEXT_ESCAPES[c]!) : clean;
}

/**
 * Escapes an attribute value for double quotes: `&`, `<`, `>`, the double quote (values are always double-quoted), and tab/line breaks
 * (which attribute normalisation would otherwise turn into spaces), after {@link sanitizeXmlText}.
 */
export function escapeAttribute(value: string): string {
  const clean = sanitizeXmlText(value);
  return ATTR_SPECIAL.test(clean) ? clean.replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c]!) : clean;
}

/** Attribute values: strings are escaped, numbers written with at most two decimals. */
export type AttributeValue = string | number | undefined;

/** Formats a coordinate: at most two decimals, no `-0`, no exponent. Integer arithmetic only (fast). */
export function num(n: number): string {
  const r = Math.round(n * 100);
  if (!Number.isSafeInteger(r)) return Number.isFinite(n) ? String(Math.round(n)) : '0';
  if (r === 0) return '0';
  const neg = r < 0;
  const a = neg ? -r : r;
  const int = Math.floor(a / 100);
  const frac = a - int * 100;
  const sign = neg ? '-' : '';
  if (frac === 0) return `${sign}${int}`;
  if (frac % 10 === 0) return `${sign}${int}.${frac / 10}`;
  return `${sign}${int}.${frac < 10 ? '0' : ''}${frac}`;
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
