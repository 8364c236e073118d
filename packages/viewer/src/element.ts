/**
 * The `<pokin-tree>` custom element and `mount()`. The element class is made when it is first
 * defined (`defineElement()`), so importing this package in Node, or during server-side
 * rendering, does nothing and needs no DOM.
 *
 * @module
 */
import { UsageError, assertCascade, type Cascade, type Locale } from '@pokin/core';
import type { SelectDetail, ToggleDetail } from './events.js';
import type { ViewerOptions } from './options.js';
import { VIEWER_CSS } from './styles.js';
import { TreeViewer } from './viewer.js';
import type { View } from './viewport.js';

/** The default tag name. */
export const TAG_NAME = 'pokin-tree';

/**
 * The events of a `<pokin-tree>` with their details, over those of any element: `select` and
 * `toggle` replace the DOM's own events of those names (a text selection, a `<details>` toggle),
 * which the element does not send.
 */
export type PokinTreeEventMap = Omit<HTMLElementEventMap, 'select' | 'toggle'> & {
  /** A result was selected, or the selection cleared (`detail.id` is then `null`). */
  select: CustomEvent<SelectDetail>;
  /** A result's subtree was expanded or collapsed. */
  toggle: CustomEvent<ToggleDetail>;
};

/**
 * The `<pokin-tree>` element: properties, methods and events (`select` with a `SelectDetail`,
 * `toggle` with a `ToggleDetail`). Attributes `locale` and `collapse-depth` mirror the
 * properties of the same meaning; `selected` selects a result by id.
 */
export interface PokinTreeElement extends HTMLElement {
  /** The cascade shown; setting it draws it (folded to `collapseDepth`) and fits it. */
  cascade: Cascade | undefined;
  /** Every option at once (see {@link ViewerOptions}); setting it redraws. */
  options: ViewerOptions;
  /** Language of the viewer; the `locale` attribute. */
  locale: Locale;
  /** How many levels show when a cascade is opened; the `collapse-depth` attribute. */
  collapseDepth: number | 'auto';
  /** The selected result's id, or `null`; the `selected` attribute. */
  selected: string | null;
  /** The current pan and zoom (`screen = drawing * scale + (x, y)`); set it to move the view. */
  view: View;
  /**
   * Settles when the cascade is on screen: a big tree (over 5,000 results) is laid out and its
   * boxes in view drawn in tasks after `cascade` is set (folds and unfolds are drawn at once).
   */
  readonly ready: Promise<void>;
  /** Unfolds a result's children (`deep`: its whole subtree). */
  expand(id: string, deep?: boolean): void;
  /** Folds a result's subtree. */
  collapse(id: string): void;
  /** Unfolds everything. */
  expandAll(): void;
  /** Folds everything below the roots. */
  collapseAll(): void;
  /** Searches, highlights the matches and goes to the first; returns the matching ids. */
  search(query: string): string[];
  /** Goes to the next search match (`-1`: the previous one). */
  nextMatch(step?: number): void;
  /** Fits the drawing to the element. */
  fit(): void;
  /** Zooms by a factor around the centre. */
  zoomBy(factor: number): void;
  /** Ids of the results drawn now, in tree order. */
  visibleIds(): string[];
  /** The current view (what is unfolded) as a standalone SVG document. */
  exportSvg(): string;
  /** The current view as a PNG, through the browser's canvas. */
  exportPng(scale?: number): Promise<Blob>;
  /** Listens to an event: `select` and `toggle` with their details typed (`e.detail.id`). */
  addEventListener<K extends keyof PokinTreeEventMap>(type: K, listener: Listener<K>, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  /** Stops listening (see {@link PokinTreeElement.addEventListener}). */
  removeEventListener<K extends keyof PokinTreeEventMap>(type: K, listener: Listener<K>, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/**
 * A listener of one of the element's events, called on the element with the event typed (not
 * exported: the API docs show the function type in its place).
 *
 * @inline
 */
type Listener<K extends keyof PokinTreeEventMap> = (this: PokinTreeElement, event: PokinTreeEventMap[K]) => unknown;

/** Constructor of the element, as `customElements.get('pokin-tree')` returns it. */
export type PokinTreeConstructor = new () => PokinTreeElement;

function makeClass(): PokinTreeConstructor {
  class PokinTree extends HTMLElement implements PokinTreeElement {
    static readonly observedAttributes = ['locale', 'collapse-depth', 'selected'];
    #viewer: TreeViewer;
    #options: ViewerOptions = {};
    #cascade: Cascade | undefined;

    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      const style = this.ownerDocument.createElement('style');
      style.textContent = VIEWER_CSS;
      root.append(style);
      this.#viewer = new TreeViewer(this, root, {});
    }

    get cascade(): Cascade | undefined {
      return this.#cascade;
    }
    set cascade(c: Cascade | undefined) {
      this.#cascade = c;
      this.#viewer.show(c);
      const sel = this.getAttribute('selected');
      if (sel) this.#viewer.select(sel);
    }
    get options(): ViewerOptions {
      return this.#options;
    }
    set options(o: ViewerOptions) {
      this.#options = { ...o };
      this.#viewer.setOptions(this.#options);
    }
    get locale(): Locale {
      return this.#viewer.settings.locale;
    }
    set locale(l: Locale) {
      this.options = { ...this.#options, locale: l };
    }
    get collapseDepth(): number | 'auto' {
      return this.#viewer.settings.collapseDepth;
    }
    set collapseDepth(d: number | 'auto') {
      this.options = { ...this.#options, collapseDepth: d };
    }
    get selected(): string | null {
      return this.#viewer.selected;
    }
    set selected(id: string | null) {
      this.#viewer.select(id);
    }
    get view(): View {
      return this.#viewer.view;
    }
    set view(v: View) {
      const finite = v !== null && typeof v === 'object' && [v.x, v.y, v.scale].every((n) => typeof n === 'number' && Number.isFinite(n));
      if (!finite || v.scale <= 0) throw new UsageError('@pokin/viewer view: x, y and scale must be finite numbers, and scale above 0');
      this.#viewer.setView(v);
    }

    attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
      if (name === 'locale') this.locale = value === 'en' ? 'en' : 'id';
      else if (name === 'collapse-depth') {
        const n = Number(value);
        this.collapseDepth = value === null || value === 'auto' || !(n >= 1) ? 'auto' : n;
      } else if (name === 'selected' && value !== this.#viewer.selected) this.#viewer.select(value);
    }
    disconnectedCallback(): void {
      // Nothing to release: the viewer's listeners live on its own nodes.
    }

    get ready(): Promise<void> {
      return this.#viewer.ready;
    }
    expand(id: string, deep = false): void {
      this.#viewer.setExpanded(id, true, deep);
    }
    collapse(id: string): void {
      this.#viewer.setExpanded(id, false);
    }
    expandAll(): void {
      this.#viewer.expandAll();
    }
    collapseAll(): void {
      this.#viewer.collapseAll();
    }
    search(query: string): string[] {
      return this.#viewer.search(query);
    }
    nextMatch(step = 1): void {
      this.#viewer.nextMatch(step);
    }
    fit(): void {
      this.#viewer.fit();
    }
    zoomBy(factor: number): void {
      // A NaN would stay in the view until fit(); a bad factor is the caller's mistake, said at once.
      if (typeof factor !== 'number' || !Number.isFinite(factor) || factor <= 0)
        throw new UsageError(`@pokin/viewer zoomBy: the factor must be a number above 0, got ${String(factor)}`);
      this.#viewer.zoomBy(factor);
    }
    visibleIds(): string[] {
      return this.#viewer.visibleIds();
    }
    exportSvg(): string {
      return this.#viewer.exportSvg();
    }
    exportPng(scale?: number): Promise<Blob> {
      return this.#viewer.exportPng(scale);
    }
  }
  return PokinTree;
}

/**
 * Defines the `<pokin-tree>` element (under another tag name if given), once; returns its
 * constructor. Call it before the element is used in markup or by a framework.
 *
 * @param tagName - the custom element name. @default 'pokin-tree'
 * @throws when there is no `customElements` registry (outside a browser).
 */
export function defineElement(tagName: string = TAG_NAME): PokinTreeConstructor {
  if (typeof customElements === 'undefined')
    throw new Error('@pokin/viewer defineElement: customElements is not available here (a browser is needed)');
  const existing = customElements.get(tagName) as PokinTreeConstructor | undefined;
  if (existing) return existing;
  const cls = makeClass();
  customElements.define(tagName, cls);
  return cls;
}

/**
 * Shows a cascade in `element`: defines `<pokin-tree>` if needed, appends one to `element`, gives
 * it the options and the cascade, and returns it (remove it to unmount).
 *
 * @example
 * ```ts
 * import { parseCascade } from '@pokin/core';
 * import { mount } from '@pokin/viewer';
 * const tree = mount(document.querySelector('#pokin')!, parseCascade(doc), { locale: 'id' });
 * tree.addEventListener('select', (e) => console.log(e.detail.id));
 * ```
 */
export function mount(element: Element, cascade: Cascade, options: ViewerOptions = {}): PokinTreeElement {
  // Checked before the element is made, so a wrong argument leaves nothing behind in the page.
  assertCascade(cascade, '@pokin/viewer mount');
  defineElement();
  const tree = element.ownerDocument.createElement(TAG_NAME) as PokinTreeElement;
  tree.options = options;
  element.append(tree);
  tree.cascade = cascade;
  return tree;
}
