/**
 * The viewer: the state of one shown cascade (what is folded, selected, found; where the view
 * is) and what follows from it on screen. Its frame is built by `chrome.ts`, its input wired by
 * `input.ts`, the drawing kept by `drawing.ts`, the view by `camera.ts`. The element
 * (`element.ts`) and `mount()` are thin wrappers around it.
 *
 * @module
 */
import { review, type Cascade, type Diagnostic, type ResultRecord } from '@pokin/core';
import { createLayoutCache, layoutWithSettings, type LayoutCache, type LayoutSettings } from '@pokin/core/layout';
import { layoutCascade, resolveSvgOptions, serializeSvg, type SvgLayout } from '@pokin/svg';
import { Camera } from './camera.js';
import { createChrome, labelChrome, type Chrome } from './chrome.js';
import { findingsByResult, type Decoration } from './draw.js';
import { Drawing } from './drawing.js';
import { downloadBlob, layoutToPng } from './export.js';
import { wireInput, type InputTarget } from './input.js';
import { AUTO_COLLAPSE_SIZE, resolveViewerOptions, type ViewerOptions, type ViewerSettings } from './options.js';
import { panelContent } from './panel.js';
import {
  collapseBelow,
  indexTree,
  isUnder,
  reveal,
  search,
  subtreeParents,
  visibleItems,
  type TreeIndex,
  type VisibleItem,
} from './tree.js';
import type { View } from './viewport.js';
import { wordsFor, type ViewerWords } from './words.js';

/** Detail of the `select` event. */
export interface SelectDetail {
  /** The selected result's id, or `null` when the selection was cleared. */
  readonly id: string | null;
  /** The selected result. */
  readonly result: ResultRecord | null;
}

/** Detail of the `toggle` event. */
export interface ToggleDetail {
  /** The result whose subtree was expanded or collapsed. */
  readonly id: string;
  /** True when its children now show. */
  readonly expanded: boolean;
}

let instances = 0;

/** The state and DOM of one viewer. @internal */
export class TreeViewer implements InputTarget {
  readonly #host: HTMLElement;
  readonly #doc: Document;
  readonly #chrome: Chrome;
  readonly #drawing: Drawing;
  readonly #camera: Camera;
  readonly #prefix = `pokin-v${++instances}`;
  #settings: ViewerSettings;
  #words: ViewerWords;
  #cascade: Cascade | undefined;
  #tree: TreeIndex | undefined;
  #collapsed = new Set<string>();
  #findings = new Map<string, Diagnostic[]>();
  #layout: SvgLayout | undefined;
  /** The drawing's settings and the texts measured with them, kept from one fold to the next. */
  #layoutSettings: LayoutSettings | undefined;
  #layoutCache: LayoutCache = createLayoutCache();
  #boxes = new Map<string, SvgLayout['boxes'][number]>();
  /** The result drawn with `tabindex="0"` (the roving tab stop). */
  #tabStop: string | null = null;
  #visible: VisibleItem[] = [];
  #selected: string | null = null;
  #focused: string | null = null;
  #matches: string[] = [];
  #matchSet = new Set<string>();
  #query = '';
  #match = -1;
  #hover: string | null = null;
  #reviewTimer: ReturnType<typeof setTimeout> | undefined;
  #resize: ResizeObserver | undefined;
  #fitted = false;

  constructor(host: HTMLElement, into: ShadowRoot | HTMLElement, options: ViewerOptions = {}) {
    this.#host = host;
    this.#doc = host.ownerDocument;
    this.#settings = resolveViewerOptions(options);
    this.#words = wordsFor(this.#settings.locale);
    this.#chrome = createChrome(this.#doc, into);
    this.#drawing = new Drawing(this.#doc, (id, g) => this.#stateOf(id, g));
    this.#camera = new Camera(this.#chrome.stage, this.#drawing.viewport, this.#settings);
    this.#label();
    this.#resize = wireInput(this.#chrome, this);
  }

  /** The cascade shown, if any. */
  get cascade(): Cascade | undefined {
    return this.#cascade;
  }

  /** The current settings. */
  get settings(): ViewerSettings {
    return this.#settings;
  }

  /** The selected result's id. */
  get selected(): string | null {
    return this.#selected;
  }

  /** The current pan and zoom. */
  get view(): View {
    return this.#camera.view;
  }

  /** The result with the keyboard focus (or that had it last). */
  get focusedId(): string | null {
    return this.#focused;
  }

  /** The results drawn now, in pre-order, as a tree view reports them. */
  visibleItems(): readonly VisibleItem[] {
    return this.#visible;
  }

  /** Ids of the results drawn now, in pre-order. */
  visibleIds(): string[] {
    return this.#visible.map((v) => v.id);
  }

  /** Ids of the folded results. */
  collapsedIds(): string[] {
    return [...this.#collapsed];
  }

  /** Ids of the results the current search found. */
  matches(): string[] {
    return [...this.#matches];
  }

  /** Changes options; the drawing is redone when a cascade is shown. */
  setOptions(options: ViewerOptions): void {
    const before = this.#settings;
    this.#settings = resolveViewerOptions(options);
    this.#words = wordsFor(this.#settings.locale);
    this.#camera.limits = this.#settings;
    this.#label();
    if (!this.#cascade) return;
    if (before.collapseDepth !== this.#settings.collapseDepth) this.#collapsed = this.#initialFold();
    this.#loadFindings();
    this.#redraw();
  }

  /** Shows a cascade: folds it to `collapseDepth`, draws it and fits it to the stage. */
  show(cascade: Cascade | undefined): void {
    this.#cascade = cascade;
    this.#tree = cascade ? indexTree(cascade) : undefined;
    this.#selected = null;
    this.#focused = null;
    this.#matches = [];
    this.#match = -1;
    this.#chrome.searchInput.value = '';
    this.#chrome.count.textContent = '';
    this.#collapsed = this.#initialFold();
    this.#loadFindings();
    this.#fitted = false;
    this.#redraw();
    this.#renderPanel();
  }

  #initialFold(): Set<string> {
    const tree = this.#tree;
    if (!tree) return new Set();
    const depth = this.#settings.collapseDepth;
    if (depth === 'auto') return tree.preorder.length > AUTO_COLLAPSE_SIZE ? collapseBelow(tree, 3) : new Set();
    return collapseBelow(tree, depth);
  }

  #loadFindings(): void {
    clearTimeout(this.#reviewTimer);
    this.#findings = new Map();
    const f = this.#settings.findings;
    const cascade = this.#cascade;
    if (!cascade || f === false) return;
    if (f !== 'review') {
      this.#findings = findingsByResult(f);
      return;
    }
    // After the first paint, so a big tree shows at once; the badges follow.
    this.#reviewTimer = setTimeout(() => {
      if (this.#cascade !== cascade) return;
      this.#findings = findingsByResult(review(cascade, { locale: this.#settings.locale }));
      this.#draw();
      this.#renderPanel();
    }, 0);
  }

  /** Draws everything anew (another cascade, language or drawing options). */
  #redraw(): void {
    const s = this.#settings;
    this.#layoutSettings = resolveSvgOptions({ ...s.layout, locale: s.locale, idPrefix: this.#prefix });
    this.#layoutCache = createLayoutCache();
    this.#drawing.clear();
    this.#tabStop = null;
    this.#draw();
  }

  /** Lays out what is unfolded and draws it, keeping `anchor`'s box where it was on the stage. */
  #draw(anchor?: string): void {
    const cascade = this.#cascade;
    const treeIndex = this.#tree;
    const before = anchor ? this.#boxes.get(anchor) : undefined;
    const camera = this.#camera;
    const drawing = this.#drawing;
    camera.size();
    const active = (this.#chrome.stage.getRootNode() as Document | ShadowRoot).activeElement;
    const hadFocus = active !== null && drawing.svg.contains(active);
    if (!cascade || !treeIndex || !this.#layoutSettings) {
      drawing.svg.remove();
      this.#visible = [];
      return;
    }
    const layout = layoutWithSettings(cascade, { ...this.#layoutSettings, collapsed: this.#collapsed }, this.#layoutCache);
    this.#layout = layout;
    this.#boxes = new Map(layout.boxes.map((b) => [b.id, b] as const));
    this.#visible = visibleItems(treeIndex, this.#collapsed);
    // The view first, so the boxes in it are drawn first: `anchor` stays where it was on the
    // stage; a new cascade opens on its top.
    const after = anchor ? this.#boxes.get(anchor) : undefined;
    if (before && after) camera.pan((before.x - after.x) * camera.view.scale, (before.y - after.y) * camera.view.scale);
    if (!this.#fitted && camera.size().width > 0) this.#open();
    drawing.update(layout, this.#decorations(treeIndex), this.#words, camera.inView());
    if (!drawing.svg.isConnected) this.#chrome.stage.prepend(drawing.svg);
    // Roving tab stop: the focused result, else the selected one, else the first.
    const tab = [this.#focused, this.#selected, this.#visible[0]?.id].find((id) => id != null && this.#boxes.has(id));
    if (tab) {
      drawing.ensure(tab);
      this.#moveTabStop(tab);
      const g = drawing.items.get(tab);
      if (hadFocus && g && !g.contains(active)) g.focus({ preventScroll: true });
    }
    this.#markMatches();
    this.#markCrosscutting();
  }

  /** What each visible result shows besides its box. */
  #decorations(tree: TreeIndex): Map<string, Decoration> {
    const out = new Map<string, Decoration>();
    const capaian = this.#settings.capaian;
    for (const item of this.#visible) {
      out.set(item.id, {
        item,
        hidden: item.expanded ? 0 : (tree.descendants.get(item.id) ?? 0),
        findings: this.#findings.get(item.id) ?? [],
        capaian: capaian?.(tree.byId.get(item.id)!),
      });
    }
    return out;
  }

  /** The viewer's states on a result group as it is drawn. */
  #stateOf(id: string, g: SVGGElement): void {
    if (id === this.#tabStop) g.setAttribute('tabindex', '0');
    if (id === this.#selected) g.setAttribute('aria-selected', 'true');
    if (this.#matchSet.has(id)) g.classList.add('match');
    if (id === this.#matches[this.#match]) g.classList.add('current-match');
  }

  /** The drawing's extent. */
  #extent(): { x: number; y: number; width: number; height: number } {
    return { x: 0, y: 0, width: this.#layout?.width ?? 0, height: this.#layout?.height ?? 0 };
  }

  /** Sets the view (pan and zoom) directly. */
  setView(view: View): void {
    this.#camera.set(view);
  }

  /** Pans by stage pixels. */
  pan(dx: number, dy: number): void {
    this.#camera.pan(dx, dy);
  }

  /** The first view of a cascade: all of it if readable, else the top of the first root. */
  #open(): void {
    if (!this.#layout) return;
    this.#fitted = true;
    const root = this.#tree?.roots[0];
    this.#camera.open(this.#extent(), root ? this.#boxes.get(root) : undefined);
  }

  /** Fits the whole drawing to the stage. */
  fit(): void {
    if (this.#layout) this.#camera.fit(this.#extent());
  }

  /** Zooms by a factor around the stage's centre (or a stage point). */
  zoomBy(factor: number, at?: { x: number; y: number }): void {
    this.#camera.zoomBy(factor, at);
  }

  /** The stage changed size; a cascade shown before the stage had one opens now. */
  resized(size: { width: number; height: number }): void {
    this.#camera.resized(size);
    if (!this.#fitted && this.#layout && size.width > 0) this.#open();
  }

  /** Folds or unfolds a result's subtree; `deep` unfolds every level below it as well. */
  setExpanded(id: string, expanded: boolean, deep = false): void {
    const tree = this.#tree;
    if (!tree?.kids.has(id)) return;
    let changed = false;
    if (expanded) {
      for (const p of deep ? subtreeParents(tree, id) : [id]) if (this.#collapsed.delete(p)) changed = true;
    } else if (!this.#collapsed.has(id)) {
      this.#collapsed.add(id);
      changed = true;
    }
    if (!changed) return;
    if (!expanded && this.#focused !== null && this.#focused !== id && isUnder(tree, this.#focused, id)) this.#focused = id;
    this.#draw(id);
    this.#emit('toggle', { id, expanded } satisfies ToggleDetail);
  }

  /** Folds a result's subtree if it shows, else unfolds it. */
  toggle(id: string): void {
    this.setExpanded(id, this.#collapsed.has(id));
  }

  /** Unfolds everything. */
  expandAll(): void {
    if (this.#collapsed.size === 0) return;
    this.#collapsed.clear();
    this.#draw(this.#selected ?? undefined);
  }

  /** Folds everything below the roots. */
  collapseAll(): void {
    const tree = this.#tree;
    if (!tree) return;
    this.#collapsed = collapseBelow(tree, 1);
    this.#focused = null;
    this.#draw();
    this.fit();
  }

  /** Selects a result (unfolding its ancestors and bringing it into view), or clears the selection. */
  select(id: string | null, options: { focus?: boolean } = {}): void {
    const tree = this.#tree;
    if (id !== null && !tree?.byId.has(id)) return;
    if (id !== null && tree && reveal(tree, this.#collapsed, id)) this.#draw();
    const items = this.#drawing.items;
    items.get(this.#selected ?? '')?.setAttribute('aria-selected', 'false');
    this.#selected = id;
    if (id !== null) {
      this.#drawing.ensure(id);
      items.get(id)?.setAttribute('aria-selected', 'true');
      this.#bringIntoView(id);
      this.#setFocus(id, options.focus ?? false);
    }
    this.#markCrosscutting();
    this.#renderPanel();
    this.#emit('select', { id, result: id === null ? null : (tree?.byId.get(id) ?? null) } satisfies SelectDetail);
  }

  #bringIntoView(id: string, centre = false): void {
    const b = this.#boxes.get(id);
    if (b) this.#camera.show(b, centre);
  }

  /** Makes `id` the one result reached with Tab. */
  #moveTabStop(id: string): void {
    const items = this.#drawing.items;
    if (this.#tabStop !== id) items.get(this.#tabStop ?? '')?.setAttribute('tabindex', '-1');
    items.get(id)?.setAttribute('tabindex', '0');
    this.#tabStop = id;
  }

  #setFocus(id: string, move: boolean): void {
    this.#drawing.ensure(id);
    const g = this.#drawing.items.get(id);
    if (!g) return;
    this.#moveTabStop(id);
    this.#focused = id;
    if (move) {
      g.focus({ preventScroll: true });
      this.#bringIntoView(id);
    }
  }

  /** Moves the keyboard focus to a result and the view to it. */
  focusItem(id: string): void {
    this.#setFocus(id, true);
  }

  /** A result got the focus: it becomes the tab stop, comes into view, and its links stand out. */
  focused(id: string): void {
    if (id !== this.#focused) this.#setFocus(id, false);
    this.#hover = id;
    this.#markCrosscutting();
    this.#bringIntoView(id);
  }

  /** The pointer is over a result (or none): its crosscutting links stand out. */
  hover(id: string | null): void {
    if (id === this.#hover) return;
    this.#hover = id;
    this.#markCrosscutting();
  }

  /** Searches statements, indicators and ids; highlights the matches and goes to the first. */
  search(query: string): string[] {
    const tree = this.#tree;
    this.#query = query;
    if (this.#chrome.searchInput.value !== query) this.#chrome.searchInput.value = query;
    this.#matches = tree ? search(tree, query) : [];
    this.#match = -1;
    // A few matches are all unfolded at once; of many, each as it is visited.
    let changed = false;
    if (tree && this.#matches.length <= 30) for (const id of this.#matches) changed = reveal(tree, this.#collapsed, id) || changed;
    if (changed) this.#draw();
    if (this.#matches.length > 0) this.nextMatch();
    else {
      this.#markMatches();
      this.#chrome.count.textContent = query.trim() === '' ? '' : this.#words.noMatch;
    }
    return [...this.#matches];
  }

  /** Enter in the search box: the next match of the same query, or a new search. */
  searchEnter(query: string, step: number): void {
    if (this.#matches.length > 0 && query === this.#query) this.nextMatch(step);
    else this.search(query);
  }

  /** Goes to the next (or, with `-1`, previous) search match: unfolds it, centres it and selects it. */
  nextMatch(step = 1): void {
    const n = this.#matches.length;
    if (n === 0 || !this.#tree) return;
    this.#match = (((this.#match + step) % n) + n) % n;
    const id = this.#matches[this.#match]!;
    if (reveal(this.#tree, this.#collapsed, id)) this.#draw();
    this.#markMatches();
    this.#bringIntoView(id, true);
    this.#chrome.count.textContent = this.#words.matches(n, this.#match + 1);
    this.select(id);
  }

  #markMatches(): void {
    const before = this.#matchSet;
    const set = (this.#matchSet = new Set(this.#matches));
    if (before.size === 0 && set.size === 0) return;
    const current = this.#matches[this.#match];
    for (const [id, g] of this.#drawing.items) {
      g.classList.toggle('match', set.has(id));
      g.classList.toggle('current-match', id === current);
    }
  }

  /** Crosscutting connectors of the hovered or selected result stand out. */
  #markCrosscutting(): void {
    const on = new Set([this.#hover, this.#selected].filter((x): x is string => x !== null));
    for (const p of this.#drawing.crosscuttingPaths()) {
      p.classList.toggle('on', on.has(p.getAttribute('data-from') ?? '') || on.has(p.getAttribute('data-to') ?? ''));
    }
  }

  /** The layout as it is now, with the package's default id prefix (for a standalone file). */
  #standalone(what: string): SvgLayout {
    const cascade = this.#cascade;
    if (!cascade) throw new Error(`@pokin/viewer ${what}: no cascade is shown`);
    const s = this.#settings;
    return layoutCascade(cascade, { ...s.layout, locale: s.locale, collapsed: this.#collapsed });
  }

  /** The drawing as it is now (what is unfolded) as a standalone SVG document, as `renderSvg` writes it. */
  exportSvg(): string {
    return serializeSvg(this.#standalone('exportSvg'));
  }

  /** The drawing as it is now as a PNG, drawn by the browser's canvas at `scale` times its size. */
  async exportPng(scale = 2): Promise<Blob> {
    return layoutToPng(this.#doc, this.#standalone('exportPng'), scale);
  }

  /** Saves the drawing as a file (the toolbar's export buttons). */
  download(kind: 'svg' | 'png'): void {
    const title = this.#cascade?.title ?? 'pokin';
    if (kind === 'svg') downloadBlob(this.#doc, new Blob([this.exportSvg()], { type: 'image/svg+xml' }), title, 'svg');
    else void this.exportPng().then((b) => downloadBlob(this.#doc, b, title, 'png'));
  }

  #emit(type: 'select' | 'toggle', detail: SelectDetail | ToggleDetail): void {
    this.#host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #renderPanel(): void {
    const { panel, panelBody } = this.#chrome;
    panel.hidden = !this.#settings.panel;
    if (panel.hidden) return;
    const r = this.#selected === null ? undefined : this.#tree?.byId.get(this.#selected);
    if (!r || !this.#cascade) {
      const p = this.#doc.createElement('p');
      p.className = 'empty';
      p.textContent = this.#words.noSelection;
      panelBody.replaceChildren(p);
      return;
    }
    const level = this.#cascade.level(r.level);
    panelBody.replaceChildren(
      panelContent(this.#doc, {
        cascade: this.#cascade,
        result: r,
        levelLabel: level ? level.label[this.#settings.locale] : r.level,
        findings: this.#findings.get(r.id) ?? [],
        capaian: this.#settings.capaian?.(r),
        supporters: this.#tree?.supporters.get(r.id) ?? [],
        words: this.#words,
        locale: this.#settings.locale,
      }),
    );
  }

  /** The frame's words in the current language. */
  #label(): void {
    labelChrome(this.#chrome, this.#words, this.#settings);
    this.#renderPanel();
  }

  /** Stops timers and observers. */
  destroy(): void {
    clearTimeout(this.#reviewTimer);
    this.#resize?.disconnect();
    this.#drawing.clear();
    this.#chrome.root.remove();
  }
}
