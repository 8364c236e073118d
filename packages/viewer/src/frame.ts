/**
 * What the drawing shows besides the results: the arrow marker, the heading and the legend (few
 * elements, drawn from `serializeSvg`'s markup and only again when that markup changes), and the
 * connectors, kept path by path: after an unfold only the paths whose points changed get a new
 * `d`, those that appear are added and those that go removed, instead of drawing them all anew.
 *
 * @module
 */
import type { LayoutConnector, SvgLayout } from '@pokin/svg';
import { serializeSvg } from '@pokin/svg';
import { el } from './draw.js';
import { Layer, type Shape } from './layer.js';

/**
 * A connector's path data, as `serializeSvg` writes it (coordinates with at most two decimals),
 * moved by `-dx, -dy`.
 */
function pathData(c: LayoutConnector, dx = 0, dy = 0): string {
  let d = '';
  c.points.forEach(([x, y], i) => {
    d += `${i === 0 ? 'M' : 'L'}${Math.round((x - dx) * 100) / 100} ${Math.round((y - dy) * 100) / 100}`;
  });
  return d;
}

/** Sets an attribute only when it changes: the stroke is inherited, and setting it restyles every path. */
function set(e: Element, name: string, value: string): void {
  if (e.getAttribute(name) !== value) e.setAttribute(name, value);
}

/** The dash of a crosscutting link still proposed (`LayoutConnector.proposed`): dotted, as `serializeSvg` draws it. */
const PROPOSED_DASH = '1.5 3.5';

/** A connector's path, its attributes in the order `serializeSvg` writes them. */
function connectorPath(doc: Document, c: Pick<LayoutConnector, 'from' | 'to' | 'proposed'>, d: string): SVGPathElement {
  return el(doc, 'path', { d, ...(c.proposed ? { 'stroke-dasharray': PROPOSED_DASH } : {}), 'data-from': c.from, 'data-to': c.to });
}

/**
 * Connectors of one kind in their layer, by `from` and `to`. Nested ones (the primary connectors)
 * are placed with the parent they come from (`layer.ts`), in its box's coordinates, so they move
 * with it; the others (crosscutting) in the layer's group, in the drawing's coordinates.
 */
class Connectors {
  readonly layer: Layer;
  readonly paths = new Map<string, SVGPathElement>();
  readonly #nested: boolean;
  /** The paths placed with each result (nested connectors). */
  #own = new Map<string, SVGPathElement[]>();
  /** Nested connectors not drawn yet, by the result they lead to: drawn with its box. */
  #waiting = new Map<string, { readonly key: string; readonly from: string; readonly d: string }>();

  /** `attrs` in the order `serializeSvg` writes them (the stroke is set by each update). */
  constructor(doc: Document, attrs: Record<string, string | number>, nested: boolean) {
    this.layer = new Layer(doc, { ...attrs, 'aria-hidden': 'true' });
    this.#nested = nested;
  }

  /**
   * Brings the paths in step with `connectors`. A nested connector to a result whose box is not
   * `drawn` yet waits for it ({@link reveal}): an unfold adds the paths of the boxes it draws, not
   * of all the boxes it lays out.
   */
  update(doc: Document, connectors: readonly LayoutConnector[], shape: Shape, drawn?: (id: string) => boolean): void {
    const own = new Map<string, SVGPathElement[]>();
    const keep = new Set<string>();
    this.#waiting = new Map();
    for (const c of connectors) {
      const key = `${c.from}\n${c.to}`;
      const o = this.#nested ? shape.origin.get(c.from) : undefined;
      const d = pathData(c, o?.x, o?.y);
      let p = this.paths.get(key);
      if (!p && drawn && !drawn(c.to)) {
        this.#waiting.set(c.to, { key, from: c.from, d });
        continue;
      }
      keep.add(key);
      if (!p) {
        p = connectorPath(doc, c, d);
        this.paths.set(key, p);
        if (!this.#nested) this.layer.root.append(p);
      } else if (p.getAttribute('d') !== d) p.setAttribute('d', d);
      const list = own.get(c.from);
      if (list) list.push(p);
      else own.set(c.from, [p]);
    }
    for (const [key, p] of this.paths) {
      if (keep.has(key)) continue;
      p.remove();
      this.paths.delete(key);
    }
    if (!this.#nested) return;
    for (const id of this.#own.keys()) if (!own.has(id)) this.layer.setOwn(id, []);
    for (const [id, paths] of own) this.layer.setOwn(id, paths);
    this.#own = own;
    this.layer.sync(shape);
  }

  /** Draws the waiting connectors to the results `ids`, whose boxes are drawn now. */
  reveal(doc: Document, ids: readonly string[], shape: Shape): void {
    let added = false;
    for (const id of ids) {
      const w = this.#waiting.get(id);
      if (!w) continue;
      this.#waiting.delete(id);
      // Only primary connectors wait, and they are never proposed.
      const p = connectorPath(doc, { from: w.from, to: id }, w.d);
      this.paths.set(w.key, p);
      const list = [...(this.#own.get(w.from) ?? []), p];
      this.#own.set(w.from, list);
      this.layer.setOwn(w.from, list);
      added = true;
    }
    if (added) this.layer.sync(shape);
  }

  clear(): void {
    this.layer.clear();
    this.paths.clear();
    this.#own.clear();
    this.#waiting.clear();
  }
}

/** The marker, heading, legend and connectors of a drawing, placed around its results. */
export class Frame {
  readonly #doc: Document;
  readonly #primary: Connectors;
  readonly #crosscutting: Connectors;
  /** The marker, background, heading and legend as drawn, and the markup they were drawn from. */
  #static: Element[] = [];
  #markup = '';

  /** Puts the connector groups in `viewport`: the primary ones before `results`, crosscutting ones (over the boxes) before `overlay`. */
  constructor(doc: Document, viewport: SVGGElement, results: Element, overlay: Element) {
    this.#doc = doc;
    const common = { fill: 'none', stroke: '', 'stroke-width': 1.5 };
    this.#primary = new Connectors(doc, { class: 'connectors', ...common, 'stroke-linejoin': 'round' }, true);
    this.#crosscutting = new Connectors(doc, { class: 'crosscutting', ...common, 'stroke-dasharray': '6 4', 'marker-end': '' }, false);
    viewport.insertBefore(this.#primary.layer.root, results);
    viewport.insertBefore(this.#crosscutting.layer.root, overlay);
  }

  /** The crosscutting connectors' paths. */
  crosscuttingPaths(): IterableIterator<SVGPathElement> {
    return this.#crosscutting.paths.values();
  }

  /**
   * Brings the frame in step with `layout`, whose tree shown is `shape`; a primary connector is
   * drawn once the box it leads to is `drawn` ({@link reveal}).
   */
  update(layout: SvgLayout, shape: Shape, drawn: (id: string) => boolean): void {
    const svg = serializeSvg({ ...layout, boxes: [], connectors: [] });
    // The root's size changes with every unfold; what is drawn from the markup is what follows it.
    const markup = svg.slice(svg.indexOf('<title'));
    if (markup !== this.#markup) this.#drawStatic(svg, markup);
    const { colors, idPrefix } = layout;
    set(this.#primary.layer.root, 'stroke', colors.connector);
    set(this.#crosscutting.layer.root, 'stroke', colors.crosscutting);
    set(this.#crosscutting.layer.root, 'marker-end', `url(#${idPrefix}-arrow)`);
    this.#primary.update(
      this.#doc,
      layout.connectors.filter((c) => c.kind === 'primary'),
      shape,
      drawn,
    );
    this.#crosscutting.update(
      this.#doc,
      layout.connectors.filter((c) => c.kind === 'crosscutting'),
      shape,
    );
  }

  /** Draws the primary connectors to the results `ids`, whose boxes were just drawn. */
  reveal(ids: readonly string[], shape: Shape): void {
    this.#primary.reveal(this.#doc, ids, shape);
  }

  /** Removes everything drawn. */
  clear(): void {
    for (const e of this.#static) e.remove();
    this.#static = [];
    this.#markup = '';
    this.#primary.clear();
    this.#crosscutting.clear();
  }

  /** The marker, background, heading and legend, as `serializeSvg` draws them, before the connectors. */
  #drawStatic(svg: string, markup: string): void {
    for (const e of this.#static) e.remove();
    this.#static = [];
    this.#markup = markup;
    const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    for (const child of Array.from(root.children)) {
      const name = child.localName;
      if (name === 'title' || name === 'desc' || child.classList.contains('results')) continue;
      const e = this.#doc.adoptNode(child);
      if (name !== 'defs') e.setAttribute('aria-hidden', 'true');
      this.#primary.layer.root.before(e);
      this.#static.push(e);
    }
  }
}
