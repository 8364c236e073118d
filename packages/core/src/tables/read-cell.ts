/**
 * One cell of a `results` table as the reader takes it: the field path of its column (a year and
 * period put in), setting it in the document being built, and the structured kinds (polarity,
 * flag, scale, list) read from their text.
 *
 * @module
 */
import type { LocalizedText } from '../review/types.js';
import { readFlag, readList, readScale } from './cells.js';
import type { ResultsColumn, ResultsColumnKind } from './columns.js';
import { tableMessages as m, type TableIssueCode } from './read-issues.js';
import { polarityOfWord } from './words.js';

/** A column of the header: what it names, where it sits, its year and period. */
export interface HeaderColumn {
  readonly column: ResultsColumn;
  readonly index: number;
  readonly name: string;
  readonly year?: string;
  readonly period?: string;
}

/** Sets a field; false when a value already sits where an object must go (a year's value and its periods). */
export function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): boolean {
  let o = target;
  for (let i = 0; i < path.length - 1; i++) {
    const next = (o[path[i]!] ??= {});
    if (typeof next !== 'object' || next === null) return false;
    o = next as Record<string, unknown>;
  }
  const last = path[path.length - 1]!;
  if (typeof o[last] === 'object' && o[last] !== null && typeof value !== 'object') return false;
  o[last] = value;
  return true;
}

/** The field path of a header column, its year and period put in. */
export const pathOf = (hc: HeaderColumn): string[] =>
  hc.column.path.map((p) => (p === '<year>' ? hc.year! : p === '<period>' ? hc.period! : p));

/** A text cell of a polarity, flag, scale or list column (other kinds: the text) as its value, or the problem. */
export function readStructured(
  kind: ResultsColumnKind,
  text: string,
  column: string,
): { readonly value: unknown } | { readonly problem: TableIssueCode; readonly text: LocalizedText } {
  switch (kind) {
    case 'polarity': {
      const p = polarityOfWord(text);
      return p === undefined ? { problem: 'bad-polarity', text: m.badPolarity(text) } : { value: p };
    }
    case 'flag': {
      const f = readFlag(text);
      return f === undefined ? { problem: 'bad-value', text: m.badFlag(column, text) } : { value: f };
    }
    case 'scale': {
      const sc = readScale(text);
      return sc === undefined ? { problem: 'bad-value', text: m.badScale(column, text) } : { value: sc };
    }
    case 'list':
      return { value: readList(text) };
    default:
      return { value: text };
  }
}
