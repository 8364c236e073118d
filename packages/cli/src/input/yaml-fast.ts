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
import { CORE_SCHEMA } from './yaml-fast-schema.js';
import type { ParsedText } from './document.js';
import { locatedText, needsFullParser, type Located } from './yaml-located.js';

/** One node as js-yaml composed it: where its text starts, what it became, the nodes inside it. */
interface Frame {
  open: number;
  kind: string | null;
  result: unknown;
  children: Frame[];
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
  return tree === undefined ? undefined : locatedText(text, value, tree);
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
