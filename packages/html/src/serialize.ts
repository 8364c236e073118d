/**
 * The one serializer: element tree in, HTML string out. One handler per node kind, chosen from a
 * table (unknown kinds throw), as in hast-util-to-html. All text and attribute values are escaped
 * here and nowhere else. Output goes into a {@link Sink} that joins small pieces into chunks, so
 * the work stays linear (a 100,000-result table is about 48 million characters of HTML).
 *
 * @module
 */
import { UsageError } from '@pokin/core';
import { escapeAttribute, escapeText } from './text.js';
import type { DoctypeNode, ElementNode, HtmlNode, LazyNode, RootNode, TextNode } from './tree.js';

/** Elements without content or end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Elements whose text is raw (not escaped). Only this package's own stylesheet goes there. */
const RAW_TEXT = new Set(['style']);

/** A line break after these end tags keeps the output readable and diffable; it is inter-element whitespace. */
const BREAK_AFTER = new Set([
  'html',
  'head',
  'body',
  'meta',
  'title',
  'style',
  'header',
  'main',
  'div',
  'h1',
  'table',
  'caption',
  'colgroup',
  'col',
  'thead',
  'tbody',
  'tr',
]);

/** A line break after these start tags, for the same reason. */
const BREAK_AFTER_OPEN = new Set(['html', 'head', 'body', 'main', 'thead', 'tbody']);

const NAME = /^[a-z][a-z0-9-]*$/;

/**
 * The fixed markup around names (`</td>`, ` class="`), made once per name: built per element, these
 * short strings were a third of what the serializer allocated. A name is checked against
 * {@link NAME} when its markup is first made, so each name is checked once.
 */
class Memo {
  readonly #made = new Map<string, string>();
  constructor(
    readonly kind: string,
    readonly make: (name: string) => string,
  ) {}
  get(name: string): string {
    let s = this.#made.get(name);
    if (s === undefined) {
      if (!NAME.test(name)) throw new UsageError(`@pokin/html toHtml: bad ${this.kind} name "${name}"`);
      this.#made.set(name, (s = this.make(name)));
    }
    return s;
  }
}
const startOf = new Memo('tag', (tag) => '<' + tag);
const endOf = new Memo('tag', (tag) => (BREAK_AFTER.has(tag) ? '</' + tag + '>\n' : '</' + tag + '>'));
const attributeOf = new Memo('attribute', (key) => ' ' + key + '="');
const bareAttributeOf = new Memo('attribute', (key) => ' ' + key);

/**
 * Characters per chunk of the {@link Sink}: below V8's large-object size (128 KiB, so 64 Ki
 * characters of two-byte text; one arrow or dash beyond Latin-1 makes the whole page two-byte).
 * A large object is mapped fresh from the system for each chunk, which cost more than all the
 * copying; a smaller chunk lives in the young generation with the pieces it was joined from.
 */
const CHUNK_CHARS = 60_000;

/**
 * Where the serializer writes. Pieces collect in a small array that is joined into one flat
 * chunk every {@link CHUNK_CHARS} characters, so the many small strings die young (cheap to
 * collect); the chunks are appended with `+=`, as `@pokin/svg` does. The output is then a string
 * of chunks that is made flat only when it is first read whole: a final join of a 100,000-result
 * page (about 48 million characters) copied all of it once more, and writing it out
 * (`Buffer.from`, `fs.writeFile`) costs no more for a string of chunks than for a flat one.
 */
class Sink {
  #pieces: string[] = [];
  #chars = 0;
  #out = '';

  push(piece: string): void {
    this.#pieces.push(piece);
    this.#chars += piece.length;
    if (this.#chars >= CHUNK_CHARS) {
      this.#out += this.#pieces.join('');
      this.#pieces = [];
      this.#chars = 0;
    }
  }

  toString(): string {
    const out = this.#out + this.#pieces.join('');
    this.#out = '';
    this.#pieces = [];
    this.#chars = 0;
    return out;
  }
}

type Handler<N extends HtmlNode> = (node: N, out: Sink, raw: boolean) => void;

const handlers: { readonly [K in HtmlNode['type']]: Handler<Extract<HtmlNode, { type: K }>> } = {
  root: (node: RootNode, out) => {
    for (const child of node.children) one(child, out, false);
  },
  lazy: (node: LazyNode, out, raw) => {
    for (const child of node.nodes) one(child, out, raw);
  },
  doctype: (_node: DoctypeNode, out) => {
    out.push('<!DOCTYPE html>\n');
  },
  text: (node: TextNode, out, raw) => {
    if (raw) {
      if (/<\/style/i.test(node.value)) throw new UsageError('@pokin/html toHtml: raw text must not close its element');
      out.push(node.value);
    } else {
      out.push(escapeText(node.value));
    }
  },
  element: (node: ElementNode, out) => {
    const tag = node.tagName;
    let open = startOf.get(tag);
    for (const key in node.properties) {
      const value = node.properties[key];
      if (value === false || value === null || value === undefined) continue;
      open += value === true ? bareAttributeOf.get(key) : attributeOf.get(key) + escapeAttribute(String(value)) + '"';
    }
    open += BREAK_AFTER_OPEN.has(tag) ? '>\n' : '>';
    const children = node.children;
    if (VOID.has(tag)) {
      if (children.length > 0) throw new UsageError(`@pokin/html toHtml: <${tag}> cannot have children`);
      out.push(BREAK_AFTER.has(tag) ? open + '\n' : open);
      return;
    }
    const close = endOf.get(tag);
    const raw = RAW_TEXT.has(tag);
    const only = children.length === 1 ? children[0]! : undefined;
    if (only !== undefined && only.type === 'text' && !raw) {
      // The common case (a statement, an indicator): one piece instead of three.
      out.push(open + escapeText(only.value) + close);
      return;
    }
    out.push(open);
    for (const child of children) one(child, out, raw);
    out.push(close);
  },
};

function one(node: HtmlNode, out: Sink, raw: boolean): void {
  const handler = handlers[node.type] as Handler<HtmlNode> | undefined;
  if (handler === undefined) throw new UsageError(`@pokin/html toHtml: unknown node type "${String((node as { type: unknown }).type)}"`);
  handler(node, out, raw);
}

/** Serializes a tree to HTML. Text and attribute values are cleaned and escaped. */
export function toHtml(node: HtmlNode): string {
  const out = new Sink();
  one(node, out, false);
  return out.toString();
}
