/**
 * The drawing on the stage, kept in step with the layout: each result's group is drawn once
 * (`box.ts`: the elements of `renderSvg`), in its own coordinates, placed at its box's corner
 * (`layer.ts`); a new layout (after an expand or a collapse) moves the boxes whose place changed,
 * draws the boxes that appear and removes the ones that go. The
 * connectors, heading and legend are kept by `frame.ts`; the connector to a box is drawn with it.
 *
 * Many new boxes (a big tree opened, a big subtree unfolded) are drawn progressively so the page
 * never freezes: those in view at once, the others in short tasks after it, nearest the view first.
 *
 * @module
 */
import type { LayoutBox, SvgLayout } from '@pokin/svg';
import { boxGroup } from './box.js';
import { Culling, meets, nearestFirst, type Area } from './cull.js';
import { drawMarks, el, marksKey, type Decoration } from './draw.js';
import { Frame } from './frame.js';
import { Layer, shapeOf, type Shape } from './layer.js';
import type { ViewerWords } from './words.js';

/** One drawn result. */
interface Drawn {
  readonly g: SVGGElement;
  /** Its toggle and badges, in the overlay layer (outside the tree item, so its name is its own). */
  readonly marks: SVGGElement;
  /** The box's shape ({@link shapeKey}): a box of another shape is drawn anew. */
  readonly shape: string;
  /** Its text, read once, for its accessible name. */
  readonly text: string;
  marksKey: string;
  aria: string;
}

/** Up to this many new boxes are drawn at once; more are drawn in view first, the rest later. */
const AT_ONCE = 200;
/** Time one later task of drawing aims at, in ms (a long task is over 50 ms). */
const SLICE_MS = 15;
/** Most boxes drawn in one later task (Chromium's styling and painting of them follows it). */
const MAX_SLICE = 150;

/** What a box's drawing depends on besides its place. */
const shapeKey = (b: LayoutBox): string => `${b.width} ${b.height} ${b.stacked} ${b.fill} ${b.stroke}`;

/** A box's texts as one line of words (its accessible name). */
const boxText = (b: LayoutBox): string =>
  b.texts
    .map((t) => t.lines.map((l) => l.text).join(' '))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The `<svg role="tree">` of a viewer and what is drawn in it. */
export class Drawing {
  readonly svg: SVGSVGElement;
  /** The group of everything drawn (pan and zoom set the `<svg>`'s `viewBox`). */
  readonly viewport: SVGGElement;
  /** The result groups (tree items) by result id. */
  readonly items = new Map<string, SVGGElement>();
  readonly #doc: Document;
  readonly #results: Layer;
  readonly #overlay: Layer;
  readonly #drawn = new Map<string, Drawn>();
  readonly #onDraw: (id: string, g: SVGGElement) => void;
  readonly #frame: Frame;
  /** What the drawing follows: the last layout, its decorations and words. */
  #layout: SvgLayout | undefined;
  #decorations: ReadonlyMap<string, Decoration> = new Map();
  #shape: Shape | undefined;
  #words: ViewerWords | undefined;
  /** Boxes of the layout not drawn yet, in the order they will be. */
  #pending = new Map<string, LayoutBox>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The animation frame after which the waiting boxes start to be drawn. */
  #frameRequest: number | undefined;
  /** Boxes drawn per later task, adapted to {@link SLICE_MS}. */
  #slice = 60;
  /** The part of the drawing in view, and the boxes taken out of the drawing (`cull.ts`). */
  #view: Area | undefined;
  readonly #culling = new Culling();

  /** `onDraw` is called on each result group when it is drawn (to set the viewer's states on it). */
  constructor(doc: Document, onDraw: (id: string, g: SVGGElement) => void) {
    this.#doc = doc;
    this.#onDraw = onDraw;
    this.svg = el(doc, 'svg', { role: 'tree', class: 'drawing' });
    this.viewport = el(doc, 'g', { class: 'viewport' });
    this.#results = new Layer(doc, { class: 'results', role: 'none' });
    // Toggles and badges sit in a layer of their own above the boxes.
    this.#overlay = new Layer(doc, { class: 'overlay', 'aria-hidden': 'true' });
    this.viewport.append(this.#results.root, this.#overlay.root);
    this.#frame = new Frame(doc, this.viewport, this.#results.root, this.#overlay.root);
    this.svg.append(this.viewport);
  }

  /** Removes everything drawn. */
  clear(): void {
    this.#stop();
    this.#pending.clear();
    this.#layout = undefined;
    this.#shape = undefined;
    this.#frame.clear();
    this.#results.clear();
    this.#overlay.clear();
    this.#drawn.clear();
    this.items.clear();
    this.#culling.clear();
  }

  /**
   * Brings the drawing in step with `layout`: the result groups become `treeitem`s (with
   * `aria-level`, `aria-setsize`, `aria-posinset`, `aria-expanded`) in the layout's order; the
   * rest is hidden from assistive technology (the tree carries the same content).
   */
  update(layout: SvgLayout, decorations: ReadonlyMap<string, Decoration>, words: ViewerWords, inView?: Area): void {
    this.#layout = layout;
    this.#decorations = decorations;
    this.#words = words;
    this.#view = inView;
    const shape = shapeOf(layout.boxes, (id) => decorations.get(id)?.item.parent);
    this.#shape = shape;
    // Set only when changed: a new font-family, even the same, restyles the whole drawing.
    if (this.svg.getAttribute('aria-label') !== layout.title) this.svg.setAttribute('aria-label', layout.title);
    if (this.svg.getAttribute('font-family') !== layout.fontFamily) this.svg.setAttribute('font-family', layout.fontFamily);
    this.#frame.update(layout, shape, (id) => this.#drawn.has(id));
    const fresh: LayoutBox[] = [];
    const keep = new Set<string>();
    for (const b of layout.boxes) {
      keep.add(b.id);
      const d = this.#drawn.get(b.id);
      if (d?.shape === shapeKey(b)) continue;
      if (d) this.#remove(b.id, d);
      fresh.push(b);
    }
    for (const [id, d] of this.#drawn) if (!keep.has(id)) this.#remove(id, d);
    this.#stop();
    this.#pending.clear();
    if (fresh.length <= AT_ONCE) this.#create(fresh);
    else {
      const near = inView ? fresh.filter((b) => meets(b, inView)) : [];
      const now = near.length > 0 ? near.slice(0, AT_ONCE) : fresh.slice(0, AT_ONCE);
      const drawn = new Set(now.map((b) => b.id));
      for (const b of nearestFirst(fresh, inView)) if (!drawn.has(b.id)) this.#pending.set(b.id, b);
      this.#create(now);
      this.#afterPaint();
    }
    this.#place();
  }

  /** Marks (class `on`) the crosscutting connectors from or to a result of `on`. */
  markCrosscutting(on: ReadonlySet<string>): void {
    for (const p of this.#frame.crosscuttingPaths()) {
      p.classList.toggle('on', on.has(p.getAttribute('data-from') ?? '') || on.has(p.getAttribute('data-to') ?? ''));
    }
  }

  /** Whether boxes remain to be drawn. */
  get busy(): boolean {
    return this.#pending.size > 0;
  }

  /** Draws and displays `id`'s box now if it is still waiting or far from the view (to focus or select it). */
  ensure(id: string): void {
    this.#culling.pinned = id;
    const b = this.#pending.get(id);
    if (!b) return this.cull(this.#view);
    this.#pending.delete(id);
    this.#create([b]);
    this.#place();
  }

  /** The view moved to `view`: the boxes near it are put in the drawing, the far ones taken out (`cull.ts`). */
  cull(view: Area | undefined): void {
    this.#view = view;
    if (this.#culled() && this.#shape) {
      this.#results.sync(this.#shape);
      this.#overlay.sync(this.#shape);
    }
  }

  /** Takes the boxes far from the view out of the layers and lets the near ones back; whether any moved. */
  #culled(): boolean {
    if (!this.#shape) return false;
    return this.#culling.apply(this.#drawn, this.#shape.origin, this.#view, (id, inDrawing) => {
      this.#results.attach(id, inDrawing);
      this.#overlay.attach(id, inDrawing);
    });
  }

  /**
   * Starts drawing the waiting boxes once the boxes in view are on screen: from the next
   * animation frame (at once in a hidden page, which gets no frames).
   */
  #afterPaint(): void {
    const view = this.#doc.defaultView;
    if (this.#doc.hidden || !view) this.#later();
    else this.#frameRequest = view.requestAnimationFrame(() => this.#later());
  }

  #stop(): void {
    clearTimeout(this.#timer);
    if (this.#frameRequest !== undefined) this.#doc.defaultView?.cancelAnimationFrame(this.#frameRequest);
    this.#frameRequest = undefined;
  }

  /** Draws the waiting boxes in tasks of about {@link SLICE_MS} each, one per frame. */
  #later(): void {
    this.#timer = setTimeout(() => {
      const t0 = performance.now();
      const some: LayoutBox[] = [];
      for (const [id, b] of this.#pending) {
        if (some.length >= this.#slice) break;
        some.push(b);
        this.#pending.delete(id);
      }
      this.#create(some);
      this.#place();
      const ms = performance.now() - t0;
      if (ms > 0) this.#slice = Math.max(20, Math.min(MAX_SLICE, Math.round((this.#slice * SLICE_MS) / ms)));
      // A frame between two tasks: Chromium styles and paints each one's boxes on its own, instead
      // of all of them in one long frame at the end.
      if (this.#pending.size > 0) this.#afterPaint();
    }, 0);
  }

  /** Nests and places the drawn groups as the tree shown, and dresses them. */
  #place(): void {
    const layout = this.#layout;
    if (!layout || !this.#words || !this.#shape) return;
    this.#culled();
    this.#results.sync(this.#shape);
    this.#overlay.sync(this.#shape);
    for (const b of layout.boxes) {
      const d = this.#drawn.get(b.id);
      if (!d) continue;
      const deco = this.#decorations.get(b.id);
      if (deco) this.#dress(b, d, deco, this.#words);
    }
  }

  #remove(id: string, d: Drawn): void {
    this.#results.setOwn(id, []);
    this.#overlay.setOwn(id, []);
    d.g.remove();
    d.marks.remove();
    this.#culling.forget(id);
    this.#drawn.delete(id);
    this.items.delete(id);
  }

  /** Draws new boxes. */
  #create(boxes: readonly LayoutBox[]): void {
    const layout = this.#layout;
    if (!layout) return;
    for (const b of boxes) {
      const g = boxGroup(this.#doc, b, layout.idPrefix);
      g.setAttribute('role', 'treeitem');
      g.setAttribute('tabindex', '-1');
      g.setAttribute('aria-selected', 'false');
      const marks = el(this.#doc, 'g', { class: 'marks' });
      this.#results.setOwn(b.id, [g]);
      this.#overlay.setOwn(b.id, [marks]);
      this.#drawn.set(b.id, { g, marks, shape: shapeKey(b), text: boxText(b), marksKey: '', aria: '' });
      this.items.set(b.id, g);
      this.#onDraw(b.id, g);
    }
    if (this.#shape)
      this.#frame.reveal(
        boxes.map((b) => b.id),
        this.#shape,
      );
  }

  /** Brings a drawn result's tree-view states, name and marks up to date. */
  #dress(b: LayoutBox, d: Drawn, deco: Decoration, words: ViewerWords): void {
    const item = deco.item;
    const aria = `${item.level} ${item.setSize} ${item.position} ${item.hasChildren} ${item.expanded}`;
    if (aria !== d.aria) {
      d.g.setAttribute('aria-level', String(item.level));
      d.g.setAttribute('aria-setsize', String(item.setSize));
      d.g.setAttribute('aria-posinset', String(item.position));
      if (item.hasChildren) d.g.setAttribute('aria-expanded', String(item.expanded));
      d.aria = aria;
    }
    const key = marksKey(deco, b.width, b.height);
    if (key !== d.marksKey) {
      const extra = drawMarks(this.#doc, d.marks, b.id, b.width, b.height, deco, words);
      d.g.setAttribute('aria-label', extra.length === 0 ? d.text : `${d.text}. ${extra.join('. ')}`);
      d.marksKey = key;
    }
  }
}
