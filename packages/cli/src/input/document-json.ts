/**
 * JSON text to a plain value, with a way back from a document path (`results[3].parent`) to a line
 * and column: the text is checked strictly first (trailing commas, comments and duplicate keys are
 * errors with their line and column); positions for paths come from jsonc-parser's syntax tree.
 * `document.ts` loads this module for JSON inputs only.
 *
 * @module
 */
import { InputError } from '../errors.js';
import { input } from '../messages/index.js';
import { lineLocator, linePos } from './decode.js';
import type { ParsedText } from './document.js';
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { parseStrictJson } from './json-parse.js';

/**
 * Largest JSON text for which paths are mapped to lines. Positions come from jsonc-parser's syntax
 * tree, built when the first problem is located, about 15 times the text's size in memory; above
 * this size, problems name the path (`results[3].parent`) without a line.
 */
export const MAX_LOCATE_JSON_CHARS = 8 * 1024 * 1024;

/** Parses JSON strictly. Throws an {@link InputError} with line and column. */
export function parseJsonText(text: string, file: string): ParsedText {
  const parsed = parseStrictJson(text);
  if (!parsed.ok) {
    const problem = parsed.problem;
    throw new InputError(
      file,
      problem.message === 'the file is empty' ? input.empty() : input.invalidJson(input.jsonReason(problem.message)),
      linePos(text, problem.offset),
      problem.message === 'the file is empty' ? 'empty' : 'parse-error',
    );
  }
  const value = parsed.value;
  let located: { root: JsonNode | undefined; at: ReturnType<typeof lineLocator> } | undefined;
  return {
    value,
    locate(segments, preferKey) {
      // Positions are only needed when something is wrong: build the syntax tree then. The whole
      // document needs no tree: it starts at the first character that is not a space.
      if (text.length > MAX_LOCATE_JSON_CHARS) return {};
      if (segments.length === 0) return linePos(text, Math.max(0, text.search(/[^ \t\n\r]/)));
      if (located === undefined) {
        located = { root: parseTree(text, [], { disallowComments: true }), at: lineLocator(text) };
      }
      return located.at(jsonOffset(located.root, segments, preferKey === true));
    },
  };
}

/**
 * Offset of a document path in a JSON syntax tree: the value's start, or the key's when `preferKey`
 * (for an unknown key); the nearest existing ancestor when the path does not exist.
 */
function jsonOffset(root: JsonNode | undefined, segments: readonly (string | number)[], preferKey: boolean): number {
  let node = root;
  let best = node?.offset ?? 0;
  for (let i = 0; i < segments.length && node !== undefined; i++) {
    const seg = segments[i]!;
    if (node.type === 'object') {
      const pair = node.children?.find((p) => p.children?.[0]?.value === String(seg));
      if (pair === undefined) break;
      const [key, child] = pair.children ?? [];
      if (i === segments.length - 1 && preferKey && key !== undefined) return key.offset;
      best = child?.offset ?? key?.offset ?? best;
      node = child;
    } else if (node.type === 'array' && typeof seg === 'number') {
      const item = node.children?.[seg];
      if (item === undefined) break;
      best = item.offset;
      node = item;
    } else break;
  }
  return best;
}
