/**
 * A layer of the drawing (the boxes, their marks or the primary connectors) nested as the tree
 * shown: a result's own elements and, when its children show, a group of theirs, both placed by
 * the same `transform` relative to its parent's box, in its parent's group. In the tidy layout a
 * subtree moves as a whole when another one unfolds, so an unfold sets the transforms of a few
 * groups (the siblings along the way to the root) instead of one per box to the right of it, and
 * Chromium restyles a few groups, not hundreds of boxes.
 *
 * @module
 */
import type { LayoutBox } from '@pokin/svg';
import { el } from './draw.js';

/** The tree shown, as the layers nest it. */
export interface Shape {
  /** Roots shown, in order. */
  readonly roots: readonly string[];
  /** Children shown of each result that has some, in order. */
  readonly kids: ReadonlyMap<string, readonly string[]>;
  /** Each result's place in its parent's group (a root's: in the layer), as a `transform`. */
  readonly offset: ReadonlyMap<string, string>;
  /** Each result's box corner, the origin of its own elements. */
  readonly origin: ReadonlyMap<string, { readonly x: number; readonly y: number }>;
}

/** The shape of the tree shown: `parentOf` gives each box's parent shown (`null` for a root). */
export function shapeOf(boxes: readonly LayoutBox[], parentOf: (id: string) => string | null | undefined): Shape {
  const roots: string[] = [];
  const kids = new Map<string, string[]>();
  const offset = new Map<string, string>();
  const origin = new Map<string, LayoutBox>();
  for (const b of boxes) origin.set(b.id, b);
  for (const b of boxes) {
    const p = parentOf(b.id);
    const parent = p == null ? undefined : origin.get(p);
    if (!parent) roots.push(b.id);
    else {
      const list = kids.get(parent.id);
      if (list) list.push(b.id);
      else kids.set(parent.id, [b.id]);
    }
    offset.set(b.id, `translate(${b.x - (parent?.x ?? 0)} ${b.y - (parent?.y ?? 0)})`);
  }
  return { roots, kids, offset, origin };
}

/** One nested layer. */
export class Layer {
  /** The layer's group. */
  readonly root: SVGGElement;
  readonly #doc: Document;
  /** The group of the children of each result with children shown. */
  readonly #groups = new Map<string, SVGGElement>();
  /** Each result's own elements in this layer, in their own coordinates. */
  readonly #own = new Map<string, readonly Element[]>();
  /** The transform each element was given. */
  readonly #placed = new WeakMap<Element, string>();

  constructor(doc: Document, attrs: Record<string, string | number>) {
    this.#doc = doc;
    this.root = el(doc, 'g', attrs);
  }

  /** A result's own elements (none: removes them); the next {@link sync} puts them in place. */
  setOwn(id: string, elements: readonly Element[]): void {
    for (const e of this.#own.get(id) ?? []) if (!elements.includes(e)) e.remove();
    if (elements.length > 0) this.#own.set(id, elements);
    else this.#own.delete(id);
  }

  /** Removes everything. */
  clear(): void {
    this.root.replaceChildren();
    this.#groups.clear();
    this.#own.clear();
  }

  /**
   * Nests the groups and own elements as `shape`, each placed in its parent's group. An element
   * that stays in the same group is not moved (moving a focused element would blur it).
   */
  sync(shape: Shape): void {
    for (const [id, g] of this.#groups) {
      if (shape.kids.has(id)) continue;
      g.remove();
      this.#groups.delete(id);
    }
    for (const id of shape.kids.keys()) if (!this.#groups.has(id)) this.#groups.set(id, el(this.#doc, 'g', { role: 'none' }));
    this.#fill(this.root, shape.roots, shape);
    for (const [id, kids] of shape.kids) this.#fill(this.#groups.get(id)!, kids, shape);
  }

  /** Puts each of `kids`' own elements, then its children's group, in order in `into`. */
  #fill(into: Element, kids: readonly string[], shape: Shape): void {
    let prev: Node | null = null;
    const put = (e: Element, transform: string): void => {
      if (this.#placed.get(e) !== transform) {
        e.setAttribute('transform', transform);
        this.#placed.set(e, transform);
      }
      const at: Node | null = prev ? prev.nextSibling : into.firstChild;
      if (at !== e) into.insertBefore(e, at);
      prev = e;
    };
    for (const k of kids) {
      const g = this.#groups.get(k);
      const transform = shape.offset.get(k)!;
      for (const e of this.#own.get(k) ?? []) put(e, transform);
      if (g) put(g, transform);
    }
  }
}
