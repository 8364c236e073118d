/**
 * The first and quickest way to read a YAML file: a reader of lines for the plain form agencies
 * write (block mappings and sequences, plain scalars, one-line quoted scalars, comments, empty
 * values, flow collections of scalars). Its work is mostly `indexOf` and a few sticky regular
 * expressions, which run in native code on a cold start, where js-yaml (`yaml-fast.ts`) first has
 * to be loaded and then runs in the interpreter. It declines, with `undefined`, anything else and
 * anything it is not sure to read exactly as the yaml package does (values and positions); the
 * next reader takes the text then.
 *
 * @module
 */
import type { ParsedText } from './document.js';
import { resolvePlainScalar } from './yaml-core-scalars.js';
import { locatedText, needsFullParser, type Located } from './yaml-located.js';
import { DECLINE, decline, keyAt, quoted, readFlow, spaces, type Read } from './yaml-plain-flow.js';

/**
 * A plain scalar in a block the reader is not sure of: one starting with an indicator, a `-` that
 * opens a sequence, or one holding `: ` or ending with `:` (a mapping, or an error, to the yaml package).
 */
const BLOCK_PLAIN_DECLINED = /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?: |$))|: |:$/;

/** A plain scalar's text on its line from `at`, and whether a comment follows it. */
function plainLine(text: string, at: number, end: number): { plain: string; comment: boolean } {
  // The line alone: `indexOf` on the text could run to the end of the file for every value.
  const line = text.slice(at, end);
  const hash = line.indexOf(' #');
  let stop = hash < 0 ? line.length : hash;
  while (line.charCodeAt(stop - 1) === 32) stop--;
  return { plain: line.slice(0, stop), comment: hash >= 0 };
}

/**
 * The text's lines with content (blank and comment lines left out: where each starts, its
 * indentation and its end), and the block collections read from them, line by line.
 */
class Lines {
  readonly starts: number[] = [];
  readonly indents: number[] = [];
  readonly ends: number[] = [];
  /** The line being read. */
  i = 0;

  constructor(readonly text: string) {
    for (let start = 0; start < text.length;) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const at = spaces(text, start);
      if (at < end && text.charCodeAt(at) !== 35 /* # */) {
        this.starts.push(start);
        this.indents.push(at - start);
        this.ends.push(end);
      }
      start = end + 1;
    }
  }

  /** Whether a `-` at `at` opens a sequence item (a space or the line's end follows). */
  isItem(at: number): boolean {
    const next = this.text.charCodeAt(at + 1);
    return this.text.charCodeAt(at) === 45 && (next === 32 || next === 10 || Number.isNaN(next));
  }

  /** The block collection whose content starts at `at`, on the current line. */
  block(at: number): Read {
    return this.isItem(at) ? this.sequence(at) : this.mapping(at);
  }

  /**
   * The node after a `:` or `-` with nothing else on its line, in a collection at `col`: the lines
   * indented deeper (a collection, or a flow collection), or a sequence at the same indentation
   * (`key:` then `- item`, when `sameSeq`); else an empty value, which the yaml package places at
   * `empty` (after the spaces that follow the indicator).
   */
  below(col: number, empty: number, sameSeq: boolean): Read {
    this.i++;
    if (this.i < this.starts.length) {
      const indent = this.indents[this.i]!;
      const at = this.starts[this.i]! + indent;
      const c = this.text[at];
      if (indent > col) return c === '[' || c === '{' ? this.inline(at, col) : this.block(at);
      if (sameSeq && indent === col && this.isItem(at)) return this.sequence(at);
    }
    return { value: null, node: { start: empty } };
  }

  /**
   * Whether the next line goes on with the collection at `col`: false at a shallower line or the
   * end; a deeper line would be a continuation or an error, and is declined.
   */
  goesOn(col: number): boolean {
    if (this.i >= this.starts.length) return false;
    const indent = this.indents[this.i]!;
    if (indent > col) decline();
    return indent === col;
  }

  /** The block mapping whose first key starts at `start`, on the current line. */
  mapping(start: number): Read {
    const { text } = this;
    const col = start - this.starts[this.i]!;
    const value: Record<string, unknown> = {};
    const entries = new Map<string, { key: number; value: Located }>();
    for (let at = start; ; at = this.starts[this.i]! + col) {
      const { key, next } = keyAt(text, at, false) ?? decline();
      if (entries.has(key)) decline();
      const after = spaces(text, next);
      const read = after < this.ends[this.i]! && text[after] !== '#' ? this.inline(after, col) : this.below(col, after, true);
      value[key] = read.value;
      entries.set(key, { key: at, value: read.node });
      if (!this.goesOn(col)) return { value, node: { start, entries } };
    }
  }

  /** The block sequence whose first `-` is at `start`, on the current line. */
  sequence(start: number): Read {
    const { text } = this;
    const col = start - this.starts[this.i]!;
    const values: unknown[] = [];
    const items: Located[] = [];
    for (let at = start; ;) {
      const after = spaces(text, at + 1);
      let read: Read;
      // A sequence in an item on the same line (`- - x`) is declined.
      if (this.isItem(after)) decline();
      if (after >= this.ends[this.i]! || text[after] === '#') read = this.below(col, after, false);
      else if (keyAt(text, after, false) !== undefined) read = this.mapping(after);
      else read = this.inline(after, col);
      values.push(read.value);
      items.push(read.node);
      if (!this.goesOn(col)) break;
      at = this.starts[this.i]! + col;
      // A line at this indentation that is not an item: the next key of the mapping above.
      if (!this.isItem(at)) break;
    }
    return { value: values, node: { start, items } };
  }

  /**
   * A value from `at` to the end of the line, with at most a comment after it, in a collection at
   * `col`: a flow collection or a plain scalar may go on over lines indented deeper than `col`.
   * Reads the lines it takes.
   */
  inline(at: number, col: number): Read {
    const { text } = this;
    const c = text[at];
    const end = this.ends[this.i]!;
    this.i++;
    if (c === "'" || c === '"' || c === '[' || c === '{') {
      const read = c === '[' || c === '{' ? readFlow(text, at, col) : { node: { start: at }, ...quoted(text, at) };
      const { next } = read;
      while (this.i < this.starts.length && this.starts[this.i]! < next) this.i++;
      // Only spaces and a comment after it on its line (the last line read).
      const after = spaces(text, next);
      if (after < this.ends[this.i - 1]! && (after === next || text[after] !== '#')) decline();
      return { value: read.value, node: read.node };
    }
    const { plain, comment } = plainLine(text, at, end);
    if (BLOCK_PLAIN_DECLINED.test(plain)) decline();
    return { value: resolvePlainScalar(comment ? plain : this.continued(plain, col)), node: { start: at } };
  }

  /**
   * A plain scalar's first line with the lines after it indented deeper than `col`, folded as YAML
   * folds them: a line break is a space, each empty line a line break.
   */
  continued(first: string, col: number): string {
    const { text, starts, indents, ends } = this;
    let folded = first;
    while (this.i < starts.length && indents[this.i]! > col) {
      const gap = text.slice(ends[this.i - 1], starts[this.i]);
      // A comment ends the scalar, and a deeper line after it is an error.
      if (gap.includes('#')) decline();
      const { plain: line, comment } = plainLine(text, starts[this.i]! + indents[this.i]!, ends[this.i]!);
      if (comment || BLOCK_PLAIN_DECLINED.test(line)) decline();
      const empty = gap.split('\n').length - 2;
      folded += (empty === 0 ? ' ' : '\n'.repeat(empty)) + line;
      this.i++;
    }
    return folded;
  }
}

/**
 * Reads `text` when it is in the plain form this reader knows, exactly as the yaml package reads it
 * (values, and the line and column of every path); otherwise `undefined`.
 */
export function readYamlPlain(written: string): ParsedText | undefined {
  if (needsFullParser(written)) return undefined;
  // Windows line breaks (CRLF, what Notepad and Excel write): the text is read with LF ones. A
  // `\r` before a line break is part of no value, and lines and columns stay the same. A lone
  // `\r` was declined by the pre-check.
  const text = written.includes('\r') ? written.replaceAll('\r\n', '\n') : written;
  try {
    const lines = new Lines(text);
    if (lines.starts.length === 0) return undefined;
    const { value, node } = lines.block(lines.starts[0]! + lines.indents[0]!);
    return lines.i < lines.starts.length ? undefined : locatedText(text, value, node);
  } catch (e) {
    // Declined, or a stack overflow on a deeply nested text: the next reader decides.
    if (e === DECLINE || e instanceof RangeError) return undefined;
    throw e;
  }
}
