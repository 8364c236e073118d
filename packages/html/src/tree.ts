/**
 * The intermediate form between a cascade and the HTML string: a tiny element tree in the spirit
 * of hast. Sections build trees; one serializer ({@link toHtml}) turns them into text and is the
 * only place that escapes.
 *
 * @module
 */

/** Attribute values: `true` writes a bare attribute, `false`, `null` and `undefined` leave it out. */
export type PropertyValue = string | number | boolean | null | undefined;

/** Attributes of an element, written in insertion order. */
export type Properties = Readonly<Record<string, PropertyValue>>;

/** An element such as `<td rowspan="3">`. */
export interface ElementNode {
  readonly type: 'element';
  readonly tagName: string;
  readonly properties: Properties;
  readonly children: readonly HtmlNode[];
}

/** Text; escaped by the serializer (raw only inside `<style>`, whose text comes from this package). */
export interface TextNode {
  readonly type: 'text';
  readonly value: string;
}

/** `<!DOCTYPE html>`. */
export interface DoctypeNode {
  readonly type: 'doctype';
}

/**
 * Nodes made only while the serializer walks them: a 100,000-row table body never exists as one
 * tree, each row's nodes are built, written and dropped in turn (cheap for the garbage collector).
 */
export interface LazyNode {
  readonly type: 'lazy';
  readonly nodes: Iterable<HtmlNode>;
}

/** A list of nodes without an element of its own (a document or a fragment). */
export interface RootNode {
  readonly type: 'root';
  readonly children: readonly HtmlNode[];
}

/** Any node of the tree. */
export type HtmlNode = ElementNode | TextNode | DoctypeNode | RootNode | LazyNode;

/** What {@link h} accepts as children: nodes, strings (become text), nested arrays, and nothing. */
export type Child = HtmlNode | string | null | undefined | false | readonly Child[];

function pushChildren(out: HtmlNode[], child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (typeof child === 'string') {
    if (child !== '') out.push({ type: 'text', value: child });
    return;
  }
  if (Array.isArray(child)) {
    for (const c of child as readonly Child[]) pushChildren(out, c);
    return;
  }
  out.push(child as HtmlNode);
}

const NO_PROPERTIES: Properties = Object.freeze({});

/** Builds an element: `h('td', { rowspan: 2 }, 'text', h('ul', null, ...))`. */
export function h(tagName: string, properties?: Properties | null, ...children: Child[]): ElementNode {
  const list: HtmlNode[] = [];
  for (const c of children) pushChildren(list, c);
  return { type: 'element', tagName, properties: properties ?? NO_PROPERTIES, children: list };
}

/** Builds an element holding one text, such as `<li>text</li>`: {@link h} without its generality, for hot paths. */
export function hText(tagName: string, properties: Properties | null, value: string): ElementNode {
  return { type: 'element', tagName, properties: properties ?? NO_PROPERTIES, children: value === '' ? [] : [{ type: 'text', value }] };
}

/** Builds a text node. */
export function text(value: string): TextNode {
  return { type: 'text', value };
}

/** Builds a lazy node from an iterable of nodes (see {@link LazyNode}). */
export function lazy(nodes: Iterable<HtmlNode>): LazyNode {
  return { type: 'lazy', nodes };
}

/** Builds a root node. */
export function root(...children: Child[]): RootNode {
  const list: HtmlNode[] = [];
  for (const c of children) pushChildren(list, c);
  return { type: 'root', children: list };
}
