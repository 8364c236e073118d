/**
 * What the two quick YAML readers (`yaml-plain.ts`, `yaml-fast.ts`) share, without js-yaml: the
 * check for text only the yaml package reads as it should, and the located tree through which a
 * document path finds its line and column as the yaml package's node ranges give them.
 *
 * @module
 */
import { lineLocator } from './decode.js';
import type { ParsedText } from './document.js';

/**
 * Text that goes to the yaml package: anchors, aliases, tags and merge keys (`&`, `*`, `!`, `<<`
 * anywhere), directives (`%` at a line's start), explicit keys (`?`), block scalars with an
 * indentation indicator (`|2`, which js-yaml reads differently at the top level), tabs, control characters,
 * a `#` right after a bracket, a brace, `,`, `:` or a quote (the yaml package refuses it as a comment), a BOM,
 * line breaks other than LF and CRLF, `__proto__` and lines over 1,000 characters (the yaml
 * package refuses implicit keys over 1,024).
 */
const FULL_PARSER_CHARS = /[&*!\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0085\u2028\u2029\ufeff]/;
const FULL_PARSER_PATTERN = /<<|^%|[|>][-+]?[1-9]|[[\]{}"',:]#|\r(?!\n)|__proto__/m;
const EXPLICIT_KEY = /(?:^|[\s[{,])\?(?:[\s,\]}]|$)/m;

/**
 * Whether `text` goes to the yaml package whatever a quick reader makes of it (one pattern with
 * every alternative was slower).
 */
export function needsFullParser(text: string): boolean {
  if (FULL_PARSER_CHARS.test(text)) return true;
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\n', start);
    if ((end < 0 ? text.length : end) - start > 1000) return true;
    if (end < 0) break;
    start = end + 1;
  }
  return FULL_PARSER_PATTERN.test(text) || (text.includes('?') && EXPLICIT_KEY.test(text));
}

/** A node of the located tree: its start offset, and its entries (by key, as a string) or items. */
export interface Located {
  /** Offset where the yaml package's node starts. */
  start: number;
  /** A mapping's entries: where each key starts, and its value's node. */
  entries?: Map<string, { key: number; value: Located }>;
  /** A sequence's items. */
  items?: Located[];
}

/**
 * Offset of a document path, as the yaml path finds it (`yaml-full.ts`): the value's start, or the
 * key's when `preferKey`; the nearest existing ancestor when the path does not exist.
 */
function offsetOf(tree: Located, segments: readonly (string | number)[], preferKey: boolean): number {
  let node: Located | undefined = tree;
  let best = tree.start;
  for (let i = 0; i < segments.length && node !== undefined; i++) {
    const seg = segments[i]!;
    if (node.entries !== undefined) {
      const entry = node.entries.get(String(seg));
      if (entry === undefined) break;
      if (i === segments.length - 1 && preferKey) return entry.key;
      best = entry.value.start;
      node = entry.value;
    } else if (node.items !== undefined && typeof seg === 'number') {
      node = node.items[seg];
      if (node !== undefined) best = node.start;
    } else break;
  }
  return best;
}

/** A read text: its value, and line and column of each path from its located tree. */
export function locatedText(text: string, value: unknown, tree: Located): ParsedText {
  const at = lineLocator(text);
  return { value, locate: (segments, preferKey) => at(offsetOf(tree, segments, preferKey === true)) };
}
