/**
 * The viewer: the state of one shown cascade (what is folded, selected, found; where the view
 * is), the DOM it draws into, and the interaction (pointer, wheel, touch, keyboard). The element
 * (`element.ts`) and `mount()` are thin wrappers around it.
 *
 * @module
 */
import { review, type Cascade, type Diagnostic, type ResultRecord } from '@pokin/core';
import { createLayoutCache, layoutWithSettings, type LayoutCache, type LayoutSettings } from '@pokin/core/layout';
import { layoutCascade, resolveSvgOptions, serializeSvg, type SvgLayout } from '@pokin/svg';
import type { Decoration } from './draw.js';
import { Drawing, type Area } from './drawing.js';
import { layoutToPng } from './export.js';
import { AUTO_COLLAPSE_SIZE, resolveViewerOptions, type ViewerOptions, type ViewerSettings } from './options.js';
import { panelContent } from './panel.js';
import { collapseBelow, indexTree, reveal, search, subtreeParents, visibleItems, type TreeIndex, type VisibleItem } from './tree.js';
import { centreOn, fitView, keepInView, openingView, panBy, zoomAt, type View } from './viewport.js';
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
export class TreeViewer {
  readonly #host: HTMLElement;
  readonly #doc: Document;
  readonly #root: HTMLElement;
  readonly #stage: HTMLDivElement;
  readonly #panel: HTMLElement;
  readonly #panelBody: HTMLDivElement;
  readonly #toolbar: HTMLElement;
  readonly #searchInput: HTMLInputElement;
  readonly #count: HTMLElement;
  readonly #help: HTMLElement;
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
  readonly #drawing: Drawing;
  /** The result drawn with `tabindex="0"` (the roving tab stop). */
  #tabStop: string | null = null;
  #visible: VisibleItem[] = [];
  #view: View = { scale: 1, x: 0, y: 0 };
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
    const doc = this.#doc;
    this.#root = doc.createElement('div');
    this.#root.className = 'pokin';
    this.#root.setAttribute('part', 'root');
    this.#toolbar = doc.createElement('div');
    this.#toolbar.className = 'toolbar';
    this.#toolbar.setAttribute('role', 'toolbar');
    this.#toolbar.setAttribute('part', 'toolbar');
    this.#searchInput = doc.createElement('input');
    this.#searchInput.type = 'search';
    this.#count = doc.createElement('span');
    this.#count.className = 'count';
    this.#count.setAttribute('role', 'status');
    this.#stage = doc.createElement('div');
    this.#stage.className = 'stage';
    this.#stage.setAttribute('part', 'stage');
    this.#help = doc.createElement('p');
    this.#help.className = 'help';
    this.#panel = doc.createElement('aside');
    this.#panel.className = 'panel';
    this.#panel.setAttribute('part', 'panel');
    this.#panelBody = doc.createElement('div');
    const main = doc.createElement('div');
    main.className = 'main';
    main.append(this.#stage, this.#panel);
    this.#root.append(this.#toolbar, main);
    into.append(this.#root);
    this.#drawing = new Drawing(doc, (id, g) => this.#stateOf(id, g));
    this.#buildChrome();
    this.#wire();
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
    return this.#view;
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
    this.#buildChrome();
    if (!this.#cascade) return;
    if (before.collapseDepth !== this.#settings.collapseDepth) this.#collapsed = this.#initialFold();
    this.#loadFindings();
    this.#redraw();
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

  /** Shows a cascade: folds it to `collapseDepth`, draws it and fits it to the stage. */
  show(cascade: Cascade | undefined): void {
    this.#cascade = cascade;
    this.#tree = cascade ? indexTree(cascade) : undefined;
    this.#selected = null;
    this.#focused = null;
    this.#matches = [];
    this.#match = -1;
    this.#searchInput.value = '';
    this.#count.textContent = '';
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
    if (f === 'review') {
      // After the first paint, so a big tree shows at once; the badges follow.
      this.#reviewTimer = setTimeout(() => {
        if (this.#cascade !== cascade) return;
        this.#setFindings(review(cascade, { locale: this.#settings.locale }));
        this.#draw();
        this.#renderPanel();
      }, 0);
      return;
    }
    this.#setFindings(f);
  }

  #setFindings(list: readonly Diagnostic[]): void {
    const by = new Map<string, Diagnostic[]>();
    for (const d of list) {
      if (d.resultId === undefined) continue;
      const l = by.get(d.resultId);
      if (l) l.push(d);
      else by.set(d.resultId, [d]);
    }
    this.#findings = by;
  }

  #levelLabel(r: ResultRecord): string {
    const level = this.#cascade?.level(r.level);
    return level ? level.label[this.#settings.locale] : r.level;
  }

  /** Lays out what is unfolded and draws it, keeping `anchor`'s box where it was on the stage. */
  #draw(anchor?: string): void {
    const cascade = this.#cascade;
    const tree = this.#tree;
    const before = anchor ? this.#boxOf(anchor) : undefined;
    this.#stageSize();
    const active = (this.#stage.getRootNode() as Document | ShadowRoot).activeElement;
    const drawing = this.#drawing;
    const hadFocus = active !== null && drawing.svg.contains(active);
    if (!cascade || !tree) {
      drawing.svg.remove();
      this.#visible = [];
      return;
    }
    const s = this.#settings;
    this.#layoutSettings ??= resolveSvgOptions({ ...s.layout, locale: s.locale, idPrefix: this.#prefix });
    const layout = layoutWithSettings(cascade, { ...this.#layoutSettings, collapsed: this.#collapsed }, this.#layoutCache);
    this.#layout = layout;
    this.#boxes = new Map(layout.boxes.map((b) => [b.id, b] as const));
    this.#visible = visibleItems(tree, this.#collapsed);
    const decorations = new Map<string, Decoration>();
    for (const item of this.#visible) {
      const r = tree.byId.get(item.id)!;
      decorations.set(item.id, {
        item,
        hidden: item.expanded ? 0 : (tree.descendants.get(item.id) ?? 0),
        findings: this.#findings.get(item.id) ?? [],
        capaian: s.capaian?.(r),
      });
    }
    // The view first, so the boxes in it are drawn first: `anchor` stays where it was on the
    // stage; a new cascade opens on its top.
    const after = anchor ? this.#boxOf(anchor) : undefined;
    if (before && after) this.#view = panBy(this.#view, (before.x - after.x) * this.#view.scale, (before.y - after.y) * this.#view.scale);
    if (!this.#fitted && this.#stageSize().width > 0) this.#open();
    drawing.update(layout, decorations, this.#words, this.#inView());
    if (!drawing.svg.isConnected) this.#stage.prepend(drawing.svg);
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
    this.#applyView();
  }

  /** The viewer's states on a result group as it is drawn. */
  #stateOf(id: string, g: SVGGElement): void {
    if (id === this.#tabStop) g.setAttribute('tabindex', '0');
    if (id === this.#selected) g.setAttribute('aria-selected', 'true');
    if (this.#matchSet.has(id)) g.classList.add('match');
    if (id === this.#matches[this.#match]) g.classList.add('current-match');
  }

  /** The part of the drawing on the stage now (with a margin of a quarter), in the drawing's coordinates. */
  #inView(): Area | undefined {
    const size = this.#stageSize();
    if (size.width === 0) return undefined;
    const v = this.#view;
    const w = size.width / v.scale;
    const h = size.height / v.scale;
    return { x: -v.x / v.scale - w / 4, y: -v.y / v.scale - h / 4, width: 1.5 * w, height: 1.5 * h };
  }

  #boxOf(id: string): { x: number; y: number; width: number; height: number } | undefined {
    return this.#boxes.get(id);
  }

  /** The stage's size, read once and then kept by the ResizeObserver (reading it forces a layout). */
  #size: { width: number; height: number } | undefined;
  #stageSize(): { width: number; height: number } {
    if (!this.#size || this.#size.width === 0) this.#size = { width: this.#stage.clientWidth, height: this.#stage.clientHeight };
    return this.#size;
  }

  #applyView(): void {
    const v = this.#view;
    this.#drawing.viewport.setAttribute('transform', `translate(${v.x} ${v.y}) scale(${v.scale})`);
  }

  /** Sets the view (pan and zoom) directly. */
  setView(view: View): void {
    const s = this.#settings;
    this.#view = { ...view, scale: Math.min(s.maxZoom, Math.max(s.minZoom, view.scale)) };
    this.#applyView();
  }

  /** The first view of a cascade: all of it if readable, else the top of the first root. */
  #open(): void {
    const layout = this.#layout;
    if (!layout) return;
    this.#fitted = true;
    const s = this.#settings;
    const root = this.#tree?.roots[0];
    this.#view = openingView(
      { x: 0, y: 0, width: layout.width, height: layout.height },
      root ? this.#boxOf(root) : undefined,
      this.#stageSize(),
      s.minZoom,
      s.maxZoom,
    );
    this.#applyView();
  }

  /** Fits the whole drawing to the stage. */
  fit(): void {
    const layout = this.#layout;
    if (!layout) return;
    const s = this.#settings;
    this.#view = fitView({ x: 0, y: 0, width: layout.width, height: layout.height }, this.#stageSize(), s.minZoom, s.maxZoom);
    this.#applyView();
  }

  /** Zooms by a factor around the stage's centre (or a stage point). */
  zoomBy(factor: number, at?: { x: number; y: number }): void {
    const size = this.#stageSize();
    const s = this.#settings;
    this.#view = zoomAt(this.#view, factor, at?.x ?? size.width / 2, at?.y ?? size.height / 2, s.minZoom, s.maxZoom);
    this.#applyView();
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
    if (!expanded && this.#focused !== null && this.#focused !== id && this.#isUnder(this.#focused, id)) this.#focused = id;
    this.#draw(id);
    this.#emit('toggle', { id, expanded } satisfies ToggleDetail);
  }

  #isUnder(id: string, ancestor: string): boolean {
    let p = this.#tree?.byId.get(id)?.parent ?? null;
    while (p !== null) {
      if (p === ancestor) return true;
      p = this.#tree?.byId.get(p)?.parent ?? null;
    }
    return false;
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
    this.#drawing.items.get(this.#selected ?? '')?.setAttribute('aria-selected', 'false');
    this.#selected = id;
    if (id !== null) {
      this.#drawing.ensure(id);
      this.#drawing.items.get(id)?.setAttribute('aria-selected', 'true');
      this.#bringIntoView(id);
      this.#setFocus(id, options.focus ?? false);
    }
    this.#markCrosscutting();
    this.#renderPanel();
    this.#emit('select', { id, result: id === null ? null : (tree?.byId.get(id) ?? null) } satisfies SelectDetail);
  }

  #bringIntoView(id: string, centre = false): void {
    const b = this.#boxOf(id);
    if (!b) return;
    const size = this.#stageSize();
    if (size.width === 0) return;
    this.#view = centre ? centreOn(this.#view, b, size) : keepInView(this.#view, b, size);
    this.#applyView();
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

  /** Searches statements, indicators and ids; highlights the matches and goes to the first. */
  search(query: string): string[] {
    const tree = this.#tree;
    this.#query = query;
    if (this.#searchInput.value !== query) this.#searchInput.value = query;
    this.#matches = tree ? search(tree, query) : [];
    this.#match = -1;
    // A few matches are all unfolded at once; of many, each as it is visited.
    let changed = false;
    if (tree && this.#matches.length <= 30) for (const id of this.#matches) changed = reveal(tree, this.#collapsed, id) || changed;
    if (changed) this.#draw();
    if (this.#matches.length > 0) this.nextMatch();
    else {
      this.#markMatches();
      this.#count.textContent = query.trim() === '' ? '' : this.#words.noMatch;
    }
    return [...this.#matches];
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
    this.#count.textContent = this.#words.matches(n, this.#match + 1);
    this.select(id);
  }

  #markMatches(): void {
    const set = (this.#matchSet = new Set(this.#matches));
    const current = this.#matches[this.#match];
    for (const [id, g] of this.#drawing.items) {
      g.classList.toggle('match', set.has(id));
      g.classList.toggle('current-match', id === current);
    }
  }

  /** Crosscutting connectors of the hovered or selected result stand out. */
  #markCrosscutting(): void {
    const on = new Set([this.#hover, this.#selected].filter((x): x is string => x !== null));
    for (const p of Array.from(this.#drawing.svg.querySelectorAll('g.crosscutting path'))) {
      p.classList.toggle('on', on.has(p.getAttribute('data-from') ?? '') || on.has(p.getAttribute('data-to') ?? ''));
    }
  }

  /** The drawing as it is now (what is unfolded) as a standalone SVG document, as `renderSvg` writes it. */
  exportSvg(): string {
    const cascade = this.#cascade;
    if (!cascade) throw new Error('@pokin/viewer exportSvg: no cascade is shown');
    // The same layout as on screen, with the package's default id prefix (a standalone file).
    const s = this.#settings;
    return serializeSvg(layoutCascade(cascade, { ...s.layout, locale: s.locale, collapsed: this.#collapsed }));
  }

  /** The drawing as it is now as a PNG, drawn by the browser's canvas at `scale` times its size. */
  exportPng(scale = 2): Promise<Blob> {
    const cascade = this.#cascade;
    if (!cascade) return Promise.reject(new Error('@pokin/viewer exportPng: no cascade is shown'));
    const s = this.#settings;
    return layoutToPng(this.#doc, layoutCascade(cascade, { ...s.layout, locale: s.locale, collapsed: this.#collapsed }), scale);
  }

  #emit(type: 'select' | 'toggle', detail: SelectDetail | ToggleDetail): void {
    this.#host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #renderPanel(): void {
    const show = this.#settings.panel;
    this.#panel.hidden = !show;
    if (!show) return;
    const r = this.#selected === null ? undefined : this.#tree?.byId.get(this.#selected);
    if (!r || !this.#cascade) {
      const p = this.#doc.createElement('p');
      p.className = 'empty';
      p.textContent = this.#words.noSelection;
      this.#panelBody.replaceChildren(p);
      return;
    }
    this.#panelBody.replaceChildren(
      panelContent(this.#doc, {
        cascade: this.#cascade,
        result: r,
        levelLabel: this.#levelLabel(r),
        findings: this.#findings.get(r.id) ?? [],
        capaian: this.#settings.capaian?.(r),
        supporters: this.#tree?.supporters.get(r.id) ?? [],
        words: this.#words,
        locale: this.#settings.locale,
      }),
    );
  }

  /** The toolbar, the panel's heading and the help line, in the current language. */
  #buildChrome(): void {
    const w = this.#words;
    const doc = this.#doc;
    this.#root.setAttribute('lang', this.#settings.locale);
    this.#toolbar.hidden = !this.#settings.toolbar;
    this.#toolbar.setAttribute('aria-label', w.toolbar);
    this.#searchInput.setAttribute('aria-label', w.search);
    this.#searchInput.placeholder = w.searchPlaceholder;
    const button = (action: string, text: string, label?: string): HTMLButtonElement => {
      const b = doc.createElement('button');
      b.type = 'button';
      b.dataset.action = action;
      b.textContent = text;
      if (label) {
        b.setAttribute('aria-label', label);
        b.title = label;
      }
      return b;
    };
    this.#toolbar.replaceChildren(
      this.#searchInput,
      this.#count,
      button('zoom-out', '−', w.zoomOut),
      button('zoom-in', '+', w.zoomIn),
      button('fit', w.fit),
      button('expand-all', w.expandAll),
      button('collapse-all', w.collapseAll),
      button('svg', w.exportSvg),
      button('png', w.exportPng),
    );
    this.#panel.setAttribute('aria-label', w.panel);
    const head = doc.createElement('div');
    head.className = 'panel-head';
    const h = doc.createElement('h2');
    h.textContent = w.panel;
    head.append(h);
    this.#panel.replaceChildren(head, this.#panelBody);
    this.#help.textContent = w.help;
    this.#stage.append(this.#help);
    this.#renderPanel();
    if (this.#layout) this.#drawing.svg.setAttribute('aria-label', this.#layout.title);
  }

  /** Pointer, wheel, touch and keyboard. */
  #wire(): void {
    const stage = this.#stage;
    const pointers = new Map<number, { x: number; y: number }>();
    let moved = 0;
    let pinch = 0;
    const local = (e: { clientX: number; clientY: number }): { x: number; y: number } => {
      const r = stage.getBoundingClientRect();
      return { x: e.clientX - r.left, y: e.clientY - r.top };
    };
    stage.addEventListener('pointerdown', (e) => {
      if (e.button !== 0) return;
      pointers.set(e.pointerId, local(e));
      moved = 0;
      if (pointers.size === 2) {
        const [a, b] = [...pointers.values()];
        pinch = Math.hypot(a!.x - b!.x, a!.y - b!.y);
      }
    });
    stage.addEventListener('pointermove', (e) => {
      const last = pointers.get(e.pointerId);
      if (!last) return;
      const p = local(e);
      if (pointers.size === 1) {
        moved += Math.abs(p.x - last.x) + Math.abs(p.y - last.y);
        if (moved > 4) {
          if (!stage.classList.contains('panning')) {
            stage.classList.add('panning');
            stage.setPointerCapture(e.pointerId);
          }
          this.setView(panBy(this.#view, p.x - last.x, p.y - last.y));
        }
      } else if (pointers.size === 2) {
        pointers.set(e.pointerId, p);
        const [a, b] = [...pointers.values()];
        const d = Math.hypot(a!.x - b!.x, a!.y - b!.y);
        if (pinch > 0 && d > 0) this.zoomBy(d / pinch, { x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2 });
        pinch = d;
        moved = 99;
        return;
      }
      pointers.set(e.pointerId, p);
    });
    const up = (e: PointerEvent): void => {
      pointers.delete(e.pointerId);
      if (pointers.size === 0) stage.classList.remove('panning');
      pinch = 0;
    };
    stage.addEventListener('pointerup', up);
    stage.addEventListener('pointercancel', up);
    stage.addEventListener(
      'wheel',
      (e) => {
        e.preventDefault();
        const factor = Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.0015));
        this.zoomBy(factor, local(e));
      },
      { passive: false },
    );
    stage.addEventListener('click', (e) => {
      if (moved > 4) return;
      const target = e.target as Element;
      const t = target.closest('g.toggle');
      if (t) {
        const id = t.getAttribute('data-toggle') ?? '';
        this.setExpanded(id, this.#collapsed.has(id));
        this.#setFocus(id, true);
        return;
      }
      const id = target.closest('g.result')?.getAttribute('data-id') ?? target.closest('g.badge')?.getAttribute('data-for');
      if (id) this.select(id, { focus: true });
    });
    stage.addEventListener('dblclick', (e) => {
      const g = (e.target as Element).closest('g.result');
      const id = g?.getAttribute('data-id');
      if (id && !(e.target as Element).closest('g.toggle')) this.setExpanded(id, this.#collapsed.has(id));
    });
    stage.addEventListener('pointerover', (e) => {
      const id = (e.target as Element).closest('g.result')?.getAttribute('data-id') ?? null;
      if (id !== this.#hover) {
        this.#hover = id;
        this.#markCrosscutting();
      }
    });
    stage.addEventListener('keydown', (e) => this.#key(e));
    stage.addEventListener('focusin', (e) => {
      const id = (e.target as Element).closest?.('g.result')?.getAttribute('data-id');
      if (id && id !== this.#focused) this.#setFocus(id, false);
      if (id) {
        this.#hover = id;
        this.#markCrosscutting();
        this.#bringIntoView(id);
      }
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    this.#searchInput.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.search(this.#searchInput.value), 200);
    });
    this.#searchInput.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      e.preventDefault();
      clearTimeout(timer);
      if (this.#matches.length > 0 && this.#searchInput.value === this.#query) this.nextMatch(e.shiftKey ? -1 : 1);
      else this.search(this.#searchInput.value);
    });
    this.#toolbar.addEventListener('click', (e) => {
      const action = (e.target as Element).closest('button')?.dataset.action;
      if (action === 'zoom-in') this.zoomBy(1.25);
      else if (action === 'zoom-out') this.zoomBy(0.8);
      else if (action === 'fit') this.fit();
      else if (action === 'expand-all') this.expandAll();
      else if (action === 'collapse-all') this.collapseAll();
      else if (action === 'svg') this.#download(new Blob([this.exportSvg()], { type: 'image/svg+xml' }), 'svg');
      else if (action === 'png') void this.exportPng().then((b) => this.#download(b, 'png'));
    });
    this.#panel.addEventListener('click', (e) => {
      const id = (e.target as Element).closest<HTMLElement>('button.jump')?.dataset.select;
      if (id) this.select(id, { focus: true });
    });
    if (typeof ResizeObserver === 'function') {
      this.#resize = new ResizeObserver((entries) => {
        const box = entries[entries.length - 1]?.contentRect;
        if (box) this.#size = { width: box.width, height: box.height };
        if (!this.#fitted && this.#layout && this.#stageSize().width > 0) this.#open();
      });
      this.#resize.observe(stage);
    }
  }

  #download(blob: Blob, extension: string): void {
    const a = this.#doc.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${(this.#cascade?.title ?? 'pokin').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'pokin'}.${extension}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }

  /** Tree-view keys on the focused result, and zoom keys. */
  #key(e: KeyboardEvent): void {
    const target = e.target as Element;
    const id = target.closest?.('g.result')?.getAttribute('data-id') ?? this.#focused;
    const items = this.#visible;
    const at = items.findIndex((v) => v.id === id);
    const item = items[at];
    const go = (to: VisibleItem | undefined): void => {
      if (to) this.#setFocus(to.id, true);
    };
    let handled = true;
    if (e.shiftKey && e.key.startsWith('Arrow')) {
      const d = 60;
      const moves: Record<string, [number, number]> = { ArrowLeft: [d, 0], ArrowRight: [-d, 0], ArrowUp: [0, d], ArrowDown: [0, -d] };
      const [dx, dy] = moves[e.key] ?? [0, 0];
      this.setView(panBy(this.#view, dx, dy));
    } else if (e.key === 'ArrowDown') go(items[at + 1]);
    else if (e.key === 'ArrowUp') go(items[at - 1]);
    else if (e.key === 'Home') go(items[0]);
    else if (e.key === 'End') go(items[items.length - 1]);
    else if (e.key === 'ArrowRight' && item) {
      if (item.hasChildren && !item.expanded) this.setExpanded(item.id, true);
      else if (item.expanded) go(items[at + 1]);
    } else if (e.key === 'ArrowLeft' && item) {
      if (item.expanded) this.setExpanded(item.id, false);
      else go(items.find((v) => v.id === item.parent));
    } else if ((e.key === 'Enter' || e.key === ' ') && item) this.select(item.id, { focus: true });
    else if (e.key === '+' || e.key === '=') this.zoomBy(1.25);
    else if (e.key === '-' || e.key === '_') this.zoomBy(0.8);
    else if (e.key === '0') this.fit();
    else if (e.key === 'Escape') this.select(null);
    else handled = false;
    if (handled) e.preventDefault();
  }

  /** Stops timers and observers. */
  destroy(): void {
    clearTimeout(this.#reviewTimer);
    this.#resize?.disconnect();
    this.#root.remove();
  }
}
