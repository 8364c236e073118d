/**
 * The state of one viewer and what follows from it on screen: the cascade shown and what is folded
 * (kept by `folding.ts`), what is selected, focused (the tab stop: `tabstop.ts`) and found, the
 * findings, and drawing it all (laid out by `scene.ts`, drawn by `drawing.ts`, viewed through
 * `camera.ts`, framed by `chrome.ts`, the panel filled by `panel.ts`). The user's actions on that
 * state (fold, select, search, export) are in `viewer.ts`.
 *
 * @module
 */
import type { Cascade } from '@pokin/core';
import { Camera } from './camera.js';
import { createChrome, labelChrome, type Chrome } from './chrome.js';
import { decorationsOf } from './draw.js';
import { Drawing } from './drawing.js';
import { Findings } from './findings.js';
import { Folding } from './folding.js';
import { Later } from './later.js';
import { Matches } from './matches.js';
import { resolveViewerOptions, type ViewerOptions, type ViewerSettings } from './options.js';
import { fillPanel, panelData } from './panel.js';
import { Scene } from './scene.js';
import { TabStop } from './tabstop.js';
import { collapseBelow, visibleItems, type TreeIndex, type VisibleItem } from './tree.js';
import { wordsFor, type ViewerWords } from './words.js';

let instances = 0;

/** Trees of more results than this are laid out and drawn in tasks after the change (`later.ts`). */
const DEFER_SIZE = 5000;

/** The state and drawing of one viewer (its actions: `TreeViewer`). @internal */
export class ViewerState {
  protected readonly host: HTMLElement;
  protected readonly doc: Document;
  protected readonly chrome: Chrome;
  protected readonly drawing: Drawing;
  protected readonly camera: Camera;
  readonly #prefix = `pokin-v${++instances}`;
  #settings: ViewerSettings;
  protected words: ViewerWords;
  readonly #folding = new Folding(() => this.#settings.collapseDepth);
  readonly #findings = new Findings();
  protected readonly scene = new Scene();
  readonly #tabStop: TabStop;
  #visible: VisibleItem[] = [];
  protected selection: string | null = null;
  protected focus: string | null = null;
  protected readonly found = new Matches();
  protected hovered: string | null = null;
  protected resize: ResizeObserver | undefined;
  #fitted = false;
  /** The layout and drawing of a big tree, waiting for their tasks. */
  protected readonly later = new Later();

  constructor(host: HTMLElement, into: ShadowRoot | HTMLElement, options: ViewerOptions = {}) {
    this.host = host;
    this.doc = host.ownerDocument;
    this.#settings = resolveViewerOptions(options);
    this.words = wordsFor(this.#settings.locale);
    this.chrome = createChrome(this.doc, into);
    this.drawing = new Drawing(this.doc, (id, g) => this.#stateOf(id, g));
    this.camera = new Camera(this.chrome.stage, this.chrome.pane, this.drawing.svg, this.#settings, () =>
      this.drawing.cull(this.camera.inView()),
    );
    this.#tabStop = new TabStop(this.drawing.items);
    this.#label();
  }

  /** The cascade shown, if any. */
  get cascade(): Cascade | undefined {
    return this.#folding.cascade;
  }

  /** The primary tree of the cascade shown (indexed when first needed). */
  protected get tree(): TreeIndex | undefined {
    return this.#folding.tree;
  }

  /** The folded results (folded to `collapseDepth` when the cascade is indexed). */
  protected get collapsed(): Set<string> {
    return this.#folding.collapsed;
  }

  protected set collapsed(collapsed: Set<string>) {
    this.#folding.collapsed = collapsed;
  }

  /** The current settings. */
  get settings(): ViewerSettings {
    return this.#settings;
  }

  /** The results drawn now, in pre-order, as a tree view reports them. */
  visibleItems(): readonly VisibleItem[] {
    this.later.flush();
    return this.#visible;
  }

  /** Ids of the results drawn now, in pre-order. */
  visibleIds(): string[] {
    return this.visibleItems().map((v) => v.id);
  }

  /** Changes options; the drawing is redone when a cascade is shown. */
  setOptions(options: ViewerOptions): void {
    const before = this.#settings;
    this.#settings = resolveViewerOptions(options);
    this.words = wordsFor(this.#settings.locale);
    this.camera.limits = this.#settings;
    this.#label();
    if (!this.cascade) return;
    if (before.collapseDepth !== this.#settings.collapseDepth) this.#folding.refold();
    this.#loadFindings();
    this.#redraw();
  }

  /** Shows a cascade: folds it to `collapseDepth`, draws it and fits it to the stage. */
  show(cascade: Cascade | undefined): void {
    this.#folding.show(cascade);
    this.selection = null;
    this.focus = null;
    this.found.clear();
    this.chrome.searchInput.value = '';
    this.chrome.count.textContent = '';
    this.#loadFindings();
    this.#fitted = false;
    this.#redraw();
    this.renderPanel();
  }

  #loadFindings(): void {
    // The badges follow the first paint.
    this.#findings.load(this.cascade, this.#settings.findings, this.#settings.locale, () => {
      this.draw();
      this.renderPanel();
    });
  }

  /** Draws everything anew (another cascade, language or drawing options). */
  #redraw(): void {
    this.scene.reset(this.#settings.layout, this.#settings.locale, this.#prefix);
    this.drawing.clear();
    this.#tabStop.reset();
    this.draw();
  }

  /** Settles when what is unfolded is laid out and the boxes in view are drawn. */
  get ready(): Promise<void> {
    return this.later.ready;
  }

  /**
   * Lays out what is unfolded and draws it, keeping `anchor`'s box where it was on the stage: at
   * once, but the first time for a tree of over {@link DEFER_SIZE} results: then its layout and
   * drawing take tasks of their own.
   */
  protected draw(anchor?: string): void {
    this.later.flush();
    const cascade = this.cascade;
    const before = anchor ? this.scene.boxes.get(anchor) : undefined;
    // Later folds are laid out and drawn at once: their JS takes well under 100 ms, and tasks of
    // their own only added latency.
    if (!cascade || cascade.results().length <= DEFER_SIZE || this.scene.layout) {
      const treeIndex = this.tree;
      this.#visible = treeIndex ? visibleItems(treeIndex, this.collapsed) : [];
      this.#paint(cascade && treeIndex ? this.scene.lay(cascade, this.collapsed) : undefined, anchor, before);
      return;
    }
    let layout: ReturnType<Scene['lay']>;
    // The index, then the first layout, which measures every text shown (two levels in a task of
    // their own halve it), then the drawing: each in a task of its own.
    this.later.run([
      () => (this.#visible = visibleItems(this.tree!, this.collapsed)),
      () => this.scene.lay(cascade, collapseBelow(this.tree!, 2)),
      () => (layout = this.scene.lay(cascade, this.collapsed)),
      () => this.#paint(layout, anchor, before),
    ]);
  }

  #paint(layout: ReturnType<Scene['lay']>, anchor: string | undefined, before: ReturnType<Scene['boxes']['get']>): void {
    const treeIndex = this.tree;
    const scene = this.scene;
    const camera = this.camera;
    const drawing = this.drawing;
    camera.size();
    const active = (this.chrome.stage.getRootNode() as Document | ShadowRoot).activeElement;
    const hadFocus = active !== null && drawing.svg.contains(active);
    if (!treeIndex || !layout) {
      drawing.svg.remove();
      return;
    }
    // The view first, so the boxes in it are drawn first: `anchor` stays where it was on the
    // stage; a new cascade opens on its top.
    const after = anchor ? scene.boxes.get(anchor) : undefined;
    if (before && after) camera.pan((before.x - after.x) * camera.view.scale, (before.y - after.y) * camera.view.scale);
    if (!this.#fitted && camera.size().width > 0) this.#open();
    drawing.update(
      layout,
      decorationsOf(this.#visible, treeIndex, (id) => this.#findings.of(id), this.#settings.capaian),
      this.words,
      camera.inView(),
    );
    if (!drawing.svg.isConnected) this.chrome.pane.append(drawing.svg);
    // Roving tab stop: the focused result, else the selected one, else the first.
    const tab = [this.focus, this.selection, this.#visible[0]?.id].find((id) => id != null && scene.boxes.has(id));
    if (tab) {
      drawing.ensure(tab);
      this.#tabStop.move(tab);
      const g = drawing.items.get(tab);
      const now = (this.chrome.stage.getRootNode() as Document | ShadowRoot).activeElement;
      if (hadFocus && g && !(now && g.contains(now))) g.focus({ preventScroll: true });
    }
    this.found.mark(drawing.items);
    this.markCrosscutting();
  }

  /** The viewer's states on a result group as it is drawn. */
  #stateOf(id: string, g: SVGGElement): void {
    if (id === this.#tabStop.id) g.setAttribute('tabindex', '0');
    if (id === this.selection) g.setAttribute('aria-selected', 'true');
    if (this.found.set.has(id)) g.classList.add('match');
    if (id === this.found.current) g.classList.add('current-match');
  }

  /** The first view of a cascade: all of it if readable, else the top of the first root. */
  #open(): void {
    if (!this.scene.layout) return;
    this.#fitted = true;
    const root = this.tree?.roots[0];
    this.camera.open(this.scene.extent(), root ? this.scene.boxes.get(root) : undefined);
  }

  /** The stage changed size; a cascade shown before the stage had one opens now. */
  resized(size: { width: number; height: number }): void {
    this.camera.resized(size);
    if (!this.#fitted && this.scene.layout && size.width > 0) this.#open();
  }

  protected bringIntoView(id: string, centre = false): void {
    this.later.flush();
    const b = this.scene.boxes.get(id);
    if (b) this.camera.show(b, centre);
  }

  protected setFocus(id: string, move: boolean): void {
    this.later.flush();
    this.drawing.ensure(id);
    const g = this.drawing.items.get(id);
    if (!g) return;
    this.#tabStop.move(id);
    this.focus = id;
    if (move) {
      g.focus({ preventScroll: true });
      this.bringIntoView(id);
    }
  }

  /** Crosscutting connectors of the hovered or selected result stand out. */
  protected markCrosscutting(): void {
    this.drawing.markCrosscutting(new Set([this.hovered, this.selection].filter((x): x is string => x !== null)));
  }

  protected renderPanel(): void {
    const { panel, panelBody } = this.chrome;
    panel.hidden = !this.#settings.panel;
    if (panel.hidden) return;
    const cascade = this.cascade;
    const r = this.selection === null ? undefined : this.tree?.byId.get(this.selection);
    const data = r && cascade ? panelData(cascade, r, this.tree, this.#findings.of(r.id), this.#settings, this.words) : undefined;
    fillPanel(this.doc, panelBody, data, this.words);
  }

  /** The frame's words in the current language. */
  #label(): void {
    labelChrome(this.chrome, this.words, this.#settings);
    this.renderPanel();
  }

  /** Stops timers and observers. */
  destroy(): void {
    this.later.cancel();
    this.#findings.cancel();
    this.resize?.disconnect();
    this.drawing.clear();
    this.chrome.root.remove();
  }
}
