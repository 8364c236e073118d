/**
 * A layer of the drawing (the boxes, their marks or the primary connectors): each result's own
 * elements, drawn in its box's coordinates (its corner at 0,0) and placed by one `transform` at
 * the box's corner, in a group of their own without a `transform`, in the pre-order of the tree
 * shown. After an unfold, the elements of the boxes that moved get a new `transform` and the new
 * ones are inserted in place.
 *
 * Flat, with those groups, on purpose: Chromium skips painting what lies outside the view only
 * for a group that has no `transform` and no ancestor with one. Subtrees nested in groups placed
 * by a `transform` moved fewer elements per unfold but made every frame paint every element drawn
 * (30 to 50 ms for a thousand boxes, in view or not); nested `<svg>` viewports keep the skipping
 * but lay out every text inside them again when they move.
 *
 * @module
 */
import type { LayoutBox } from '@pokin/svg';
import { el } from './draw.js';

/** The tree shown, as the layers order it. */
export interface Shape {
  /** Roots shown, in order. */
  readonly roots: readonly string[];
  /** Children shown of each result that has some, in order. */
  readonly kids: ReadonlyMap<string, readonly string[]>;
  /** Each result's box: its corner is the origin of its own elements. */
  readonly origin: ReadonlyMap<string, LayoutBox>;
}

/** The shape of the tree shown: `parentOf` gives each box's parent shown (`null` for a root). */
export function shapeOf(boxes: readonly LayoutBox[], parentOf: (id: string) => string | null | undefined): Shape {
  const roots: string[] = [];
  const kids = new Map<string, string[]>();
  const origin = new Map<string, LayoutBox>();
  for (const b of boxes) origin.set(b.id, b);
  for (const b of boxes) {
    const p = parentOf(b.id);
    if (p == null || !origin.has(p)) roots.push(b.id);
    else {
      const list = kids.get(p);
      if (list) list.push(b.id);
      else kids.set(p, [b.id]);
    }
  }
  return { roots, kids, origin };
}

/** One layer. */
export class Layer {
  /** The layer's group. */
  readonly root: SVGGElement;
  readonly #doc: Document;
  /** Each result's own elements in this layer, in their own coordinates. */
  readonly #own = new Map<string, readonly Element[]>();
  /** The group of each result's own elements. */
  readonly #groups = new Map<string, SVGGElement>();
  /** The transform each element was given. */
  readonly #placed = new WeakMap<Element, string>();
  /** Results whose elements are out of the drawing for now (far from the view: `cull.ts`). */
  readonly #detached = new Set<string>();

  constructor(doc: Document, attrs: Record<string, string | number>) {
    this.#doc = doc;
    this.root = el(doc, 'g', attrs);
  }

  /** A result's own elements (none: removes them); the next {@link sync} puts them in place. */
  setOwn(id: string, elements: readonly Element[]): void {
    for (const e of this.#own.get(id) ?? []) if (!elements.includes(e)) e.remove();
    if (elements.length > 0) {
      this.#own.set(id, elements);
      if (!this.#groups.has(id)) this.#groups.set(id, el(this.#doc, 'g', { role: 'none' }));
    } else {
      this.#own.delete(id);
      this.#groups.get(id)?.remove();
      this.#groups.delete(id);
      this.#detached.delete(id);
    }
  }

  /** Removes everything. */
  clear(): void {
    this.root.replaceChildren();
    this.#own.clear();
    this.#groups.clear();
    this.#detached.clear();
  }

  /** Takes a result's elements out of the drawing, or lets the next {@link sync} put them back. */
  attach(id: string, inDrawing: boolean): void {
    if (inDrawing) this.#detached.delete(id);
    else {
      this.#detached.add(id);
      this.#groups.get(id)?.remove();
    }
  }

  /**
   * Puts the own elements' groups in the pre-order of `shape`, each element at its result's box
   * corner. An element already in its place is not moved (moving a focused element would blur it).
   */
  sync(shape: Shape): void {
    const into = this.root;
    let prev: Node | null = null;
    const stack = [...shape.roots].reverse();
    while (stack.length > 0) {
      const id = stack.pop()!;
      const own = this.#own.get(id);
      const g = this.#groups.get(id);
      if (own && g && !this.#detached.has(id)) {
        const o = shape.origin.get(id)!;
        const transform = `translate(${o.x} ${o.y})`;
        own.forEach((e, i) => {
          if (this.#placed.get(e) !== transform) {
            e.setAttribute('transform', transform);
            this.#placed.set(e, transform);
          }
          const at = i === 0 ? g.firstChild : own[i - 1]!.nextSibling;
          if (at !== e) g.insertBefore(e, at);
        });
        const at: Node | null = prev ? prev.nextSibling : into.firstChild;
        if (at !== g) into.insertBefore(g, at);
        prev = g;
      }
      const kids = shape.kids.get(id);
      if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
}
