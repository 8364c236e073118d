/**
 * The parts of a line that the plain YAML reader (`yaml-plain.ts`) reads with the same rules in a
 * block and in a flow collection: mapping keys, quoted scalars, and flow collections themselves
 * (`{ start: 2025, end: 2029 }`, `[a, b]`, nested, over several lines as Prettier writes them).
 * Each function declines, by throwing {@link DECLINE}, what it is not sure to read exactly as the
 * yaml package does.
 *
 * @module
 */
import { resolvePlainScalar } from './yaml-core-scalars.js';
import type { Located } from './yaml-located.js';

/** Thrown to decline the text; `readYamlPlain` catches it and returns `undefined`. */
export const DECLINE = new Error('declined');

/** Declines the text. */
export function decline(): never {
  throw DECLINE;
}

/** A node read: its value, and where it and its parts start. */
export interface Read {
  value: unknown;
  node: Located;
}

/** A node read in a flow collection, and the offset after it. */
interface FlowRead extends Read {
  next: number;
}

/**
 * A plain key and its `:`, followed by a space or the line's end (quoted keys are read apart).
 * Declined by not matching: a first character that is an indicator (`-`, `?`, `:`, quotes,
 * brackets, ...) or a `.` (so `...` never reads as a key), any `#`, `:`, quote or bracket inside,
 * a space before the `:`.
 */
const KEY = /([^\s#:,[\]{}'"&*!|>%@`?.~-][^\n#:,[\]{}'"]*)(?<! ):(?=[ \n]|$)/y;

/**
 * A plain scalar inside a flow collection: no indicator first, no `:`, bracket or comma inside,
 * and a `#` only right after another character (after a space it starts a comment).
 */
const FLOW_PLAIN = /(?:[^\s,[\]{}#&*!|>'"%@`?:-]|-(?=[^\s,[\]{}]))(?:[^\n,[\]{}#:]|(?<! )#)*/y;

/** The offset after the spaces from `at`. */
export function spaces(text: string, at: number): number {
  while (text.charCodeAt(at) === 32) at++;
  return at;
}

/** The end of the line `at` is on. */
function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/**
 * A quoted scalar on one line from `at` (its opening quote), and the offset after its closing
 * quote. Double-quoted ones with an escape are declined, as is one the line does not close.
 */
export function quoted(text: string, at: number): { value: string; next: number } {
  const end = lineEnd(text, at);
  const q = text[at]!;
  let close = at;
  for (;;) {
    close = text.indexOf(q, close + 1);
    if (close < 0 || close >= end) decline();
    if (q === '"' || text[close + 1] !== "'") break;
    close++; // `''` is one quote in a single-quoted scalar
  }
  const inner = text.slice(at + 1, close);
  if (q === '"') return inner.includes('\\') ? decline() : { value: inner, next: close + 1 };
  return { value: inner.replaceAll("''", "'"), next: close + 1 };
}

/** The end of a plain scalar inside a flow collection from `at`, trailing spaces left out. */
function flowPlain(text: string, at: number): number {
  FLOW_PLAIN.lastIndex = at;
  if (!FLOW_PLAIN.test(text)) decline();
  let stop = FLOW_PLAIN.lastIndex;
  while (text.charCodeAt(stop - 1) === 32) stop--;
  return stop;
}

/**
 * The mapping key at `at` as the yaml package's plain object names it, and the offset after its
 * `:`; `undefined` when no key starts there. A plain key is resolved (`2025` and `1e3` name "2025"
 * and "1000"); a null one is declined (the object's key would be "" where the yaml path looks for
 * "null"), as is a `:` without a space after it (or the line's end, in a block).
 */
export function keyAt(text: string, at: number, flow: boolean): { key: string; next: number } | undefined {
  let key: string | number | boolean | null;
  let colon: number;
  if (text[at] === "'" || text[at] === '"') ({ value: key, next: colon } = quoted(text, at));
  else if (flow) {
    colon = flowPlain(text, at);
    key = resolvePlainScalar(text.slice(at, colon));
  } else {
    KEY.lastIndex = at;
    const m = KEY.exec(text);
    if (m === null) return undefined;
    colon = at + m[1]!.length;
    key = resolvePlainScalar(m[1]!);
  }
  if (text[colon] !== ':') return undefined;
  const after = text.charCodeAt(colon + 1);
  if (key === null || (after !== 32 && (flow || (after !== 10 && !Number.isNaN(after))))) decline();
  return { key: String(key), next: colon + 1 };
}

/**
 * The flow collection at `at` (its `[` or `{`) in a block collection at column `col`, and the
 * offset after its closing bracket. It may hold scalars and flow collections, go on over lines
 * indented deeper than `col`, and end with a comma; declined are comments, scalars over several
 * lines, empty entries, a key whose value is on another line, and a pair without a `: `.
 */
export function readFlow(text: string, at: number, col: number): FlowRead {
  /** The offset after spaces and line breaks; a line the collection goes on to must be deeper than `col`. */
  const skip = (i: number): number => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32) i++;
      else if (c !== 10) return i;
      else {
        const start = ++i;
        while (text.charCodeAt(i) === 32) i++;
        if (text.charCodeAt(i) !== 10 && i - start <= col) decline();
      }
    }
  };
  const node = (i: number): FlowRead => {
    const c = text[i];
    if (c === '[' || c === '{') return collection(i);
    if (c === "'" || c === '"') {
      const { value, next } = quoted(text, i);
      return { value, node: { start: i }, next };
    }
    const next = flowPlain(text, i);
    return { value: resolvePlainScalar(text.slice(i, next)), node: { start: i }, next };
  };
  const collection = (start: number): FlowRead => {
    const isMap = text[start] === '{';
    const close = isMap ? '}' : ']';
    const values: unknown[] = [];
    const items: Located[] = [];
    const value: Record<string, unknown> = {};
    const entries = new Map<string, { key: number; value: Located }>();
    let i = skip(start + 1);
    while (text[i] !== close) {
      let read: FlowRead;
      if (isMap) {
        const { key, next } = keyAt(text, i, true) ?? decline();
        if (entries.has(key)) decline();
        read = node(spaces(text, next));
        value[key] = read.value;
        entries.set(key, { key: i, value: read.node });
      } else {
        read = node(i);
        values.push(read.value);
        items.push(read.node);
      }
      i = skip(read.next);
      if (text[i] === ',') i = skip(i + 1);
      else if (text[i] !== close) decline();
    }
    return isMap ? { value, node: { start, entries }, next: i + 1 } : { value: values, node: { start, items }, next: i + 1 };
  };
  return collection(at);
}
