/**
 * The quick way to read a plain YAML file: js-yaml, about ten times faster than the yaml package
 * on a cold start (its lexer, parser and composer run in the interpreter on the first file). It
 * takes only text it reads exactly as the yaml package does, and positions for document paths
 * from js-yaml's node events; everything else (anchors, aliases, tags, merge keys, directives,
 * tabs, syntax errors, anything it is not sure of) returns `undefined` and takes the yaml
 * package's path (`yaml-full.ts`), so messages, codes and positions stay as they are.
 *
 * @module
 */
import { load, type State } from 'js-yaml';
import { lineLocator } from './decode.js';
import { CORE_SCHEMA } from './yaml-fast-schema.js';
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

/** Whether `text` goes to the yaml package (one pattern with every alternative was slower). */
function needsFullParser(text: string): boolean {
  if (FULL_PARSER_CHARS.test(text)) return true;
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\n', start);
    if ((end < 0 ? text.length : end) - start > 1000) return true;
    if (end < 0) break;
    start = end + 1;
  }
  return FULL_PARSER_PATTERN.test(text) || (text.includes('?') && EXPLICIT_KEY.test(text));
}

/** One node as js-yaml composed it: where its text starts, what it became, the nodes inside it. */
interface Frame {
  open: number;
  kind: string | null;
  result: unknown;
  children: Frame[];
}

/** A node of the located tree: its start offset, and its entries or items. */
interface Located {
  start: number;
  entries?: Map<string, { key: number; value: Located }>;
  items?: Located[];
}

/** Reads `text` with js-yaml when it is sure to read it as the yaml package does; otherwise `undefined`. */
export function readYamlFast(text: string): ParsedText | undefined {
  if (needsFullParser(text)) return undefined;
  const stack: Frame[] = [{ open: 0, kind: null, result: undefined, children: [] }];
  let warned = false;
  let value: unknown;
  try {
    value = load(text, {
      schema: CORE_SCHEMA,
      onWarning: () => {
        warned = true;
      },
      listener(event: string, state: State) {
        if (event === 'open') stack.push({ open: state.position, kind: null, result: undefined, children: [] });
        else {
          const frame = stack.pop()!;
          frame.kind = state.kind ?? null;
          frame.result = state.result;
          stack.at(-1)!.children.push(frame);
        }
      },
    });
  } catch {
    return undefined;
  }
  const root = stack[0]!.children.at(-1);
  if (warned || value === undefined || value === null || root === undefined || root.result !== value) return undefined;
  const tree = locatedTree(text, root);
  if (tree === undefined) return undefined;
  const at = lineLocator(text);
  return { value, locate: (segments, preferKey) => at(offsetOf(tree, segments, preferKey === true)) };
}

/** The located tree of a frame, or `undefined` when its children do not pair up with its value. */
function locatedTree(text: string, frame: Frame): Located | undefined {
  // A node js-yaml first tried as a mapping key and kept as the node itself is nested in its frame.
  while (frame.children.length === 1 && frame.children[0]!.result === frame.result && typeof frame.result === 'object') {
    frame = frame.children[0]!;
  }
  const { result, children } = frame;
  if (frame.kind === null) {
    // An empty value: the yaml package places it after the spaces that follow the ":".
    return result === null ? { start: skip(text, frame.open, false) } : undefined;
  }
  const start = skip(text, frame.open, true);
  if (frame.kind === 'sequence') {
    if (!Array.isArray(result) || children.length !== result.length) return undefined;
    const items: Located[] = [];
    for (const child of children) {
      const item = locatedTree(text, child);
      if (item === undefined) return undefined;
      items.push(item);
    }
    return { start, items };
  }
  if (frame.kind === 'mapping') {
    const size = Object.keys(result as object).length;
    if (children.length !== 2 * size) return undefined;
    const entries = new Map<string, { key: number; value: Located }>();
    for (let i = 0; i < children.length; i += 2) {
      const key = children[i]!;
      const keyValue = key.result;
      if (key.kind !== 'scalar' || !(typeof keyValue === 'string' || typeof keyValue === 'number' || typeof keyValue === 'boolean')) {
        return undefined;
      }
      const value = locatedTree(text, children[i + 1]!);
      if (value === undefined) return undefined;
      entries.set(String(keyValue), { key: key.open, value });
    }
    return entries.size === size ? { start, entries } : undefined;
  }
  return { start };
}

/** The offset after spaces from `at`; with `lines`, after line breaks and comments too. */
function skip(text: string, at: number, lines: boolean): number {
  let i = at;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32) i++;
    else if (lines && (c === 10 || c === 13)) i++;
    else if (lines && c === 35 /* # */) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else return i;
  }
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
