/**
 * XML text for SpreadsheetML: escaping, and the `_xHHHH_` escape OOXML uses for characters XML
 * cannot hold (C0 controls such as NUL, lone surrogates, U+FFFE/U+FFFF), so every string a
 * document holds is written and read back whole.
 *
 * @module
 */

/** Characters that need work in XML text: markup, the `_x` escape's own lead, and what XML 1.0 forbids. */
const SPECIAL = /[&<>"_\u0000-\u0008\u000b-\u001f\ud800-\udfff\ufffe\uffff]/;

const hex4 = (c: number): string => c.toString(16).toUpperCase().padStart(4, '0');

/** True for a string that looks like an OOXML escape, `_x` + four hex digits + `_`, at `i`. */
function escapeAt(s: string, i: number): boolean {
  if (s.charCodeAt(i + 1) !== 0x78 || s.charCodeAt(i + 6) !== 0x5f) return false;
  for (let k = i + 2; k < i + 6; k++) {
    const c = s.charCodeAt(k);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66))) return false;
  }
  return true;
}

/** Escapes text for an XML element or a double-quoted attribute. */
export function xmlText(s: string): string {
  if (!SPECIAL.test(s)) return s;
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep: string | undefined;
    if (c === 0x26) rep = '&amp;';
    else if (c === 0x3c) rep = '&lt;';
    else if (c === 0x3e) rep = '&gt;';
    else if (c === 0x22) rep = '&quot;';
    else if (c === 0x5f) rep = escapeAt(s, i) ? '_x005F_' : undefined;
    else if (c < 0x20 && c !== 0x09 && c !== 0x0a)
      rep = `_x${hex4(c)}_`; // CR too: XML reads a CR as LF
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      i++; // a valid pair stays as it is
      continue;
    } else if ((c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) rep = `_x${hex4(c)}_`;
    if (rep === undefined) continue;
    out += s.slice(from, i) + rep;
    from = i + 1;
  }
  return out + s.slice(from);
}

/** Undoes the `_xHHHH_` escapes of a string read from SpreadsheetML (markup entities are the XML parser's). */
export function unescapeOoxml(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The column letters of a 0-based column index: 0 -> `A`, 26 -> `AA`. */
export function columnName(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A cell reference from 0-based row and column: (0, 0) -> `A1`. */
export function cellRef(row: number, column: number): string {
  return `${columnName(column)}${row + 1}`;
}

/** The 0-based row and column of a reference such as `AB12`; `undefined` when it is not one. */
export function parseRef(ref: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (m === null) return undefined;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, column: col - 1 };
}
