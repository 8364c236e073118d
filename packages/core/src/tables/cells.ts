/**
 * How the cells of the `results` table's structured columns read and write: a flag (`iku`), a
 * scale (`WTP=4; WDP=3`) and a list (evidence links, one a line). Shared by the CSV and .xlsx
 * writers and the reader.
 *
 * @module
 */
import type { ResultsColumnKind } from './columns-list.js';

const YES = new Set(['true', 'ya', 'yes', 'y', '1', 'iku', 'benar']);
const NO = new Set(['false', 'tidak', 'no', 'n', '0', 'bukan', 'salah']);

/**
 * A structured field as cell text: a flag as `true`/`false` (`ya`/`tidak` in Bahasa Indonesia,
 * `yes`/`no` in English), a scale as `WTP=4; WDP=3`, a list one item a line. Other kinds as they are.
 */
export function formatTableCell(kind: ResultsColumnKind, value: unknown, words: 'key' | 'id' | 'en' = 'key'): string | number {
  if (kind === 'flag') {
    const on = value === true;
    return words === 'id' ? (on ? 'ya' : 'tidak') : words === 'en' ? (on ? 'yes' : 'no') : String(on);
  }
  if (kind === 'scale')
    return Object.entries(value as Record<string, number>)
      .map(([k, n]) => `${k}=${n}`)
      .join('; ');
  if (kind === 'list') return (value as readonly string[]).join('\n');
  return value as string | number;
}

/** A flag cell's value; `undefined` when it is no yes or no word. */
export function readFlag(text: string): boolean | undefined {
  const w = text.trim().toLowerCase();
  return YES.has(w) ? true : NO.has(w) ? false : undefined;
}

/** A scale cell's value (`WTP=4; WDP=3`, also `WTP: 4`); `undefined` when a part is not `value=score`. */
export function readScale(text: string): Record<string, number> | undefined {
  const out: Record<string, number> = {};
  for (const part of text.split(/[;\n]/)) {
    if (part.trim() === '') continue;
    const at = Math.max(part.lastIndexOf('='), part.lastIndexOf(':'));
    const key = part.slice(0, Math.max(0, at)).trim();
    const score = part.slice(at + 1).trim();
    if (at < 0 || key === '' || key === '__proto__' || !/^-?\d+(?:[.,]\d+)?$/.test(score)) return undefined;
    out[key] = Number(score.replace(',', '.'));
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

/** A list cell's items: one a line, blank lines dropped. */
export function readList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
