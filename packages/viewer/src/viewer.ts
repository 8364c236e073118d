/**
 * The viewer: what a user (or the code of a portal) does with a shown cascade: fold and unfold,
 * select and focus, search, export. The state it acts on and its drawing are `state.ts`; its
 * input is wired by `input.ts`. The element (`element.ts`) and `mount()` are thin wrappers
 * around it.
 *
 * @module
 */
import { serializeSvg } from '@pokin/svg';
import { emit, type SelectDetail, type ToggleDetail } from './events.js';
import { downloadBlob, layoutToPng } from './export.js';
import { wireInput, type InputTarget } from './input.js';
import type { View } from './viewport.js';
import type { ViewerOptions } from './options.js';
import { standaloneLayout } from './scene.js';
import { ViewerState } from './state.js';
import { collapseBelow, isUnder, reveal, subtreeParents } from './tree.js';

export type { SelectDetail, ToggleDetail } from './events.js';

/** The state, DOM and actions of one viewer. @internal */
export class TreeViewer extends ViewerState implements InputTarget {
  constructor(host: HTMLElement, into: ShadowRoot | HTMLElement, options: ViewerOptions = {}) {
    super(host, into, options);
    this.resize = wireInput(this.chrome, this);
  }

  /** The selected result's id. */
  get selected(): string | null {
    return this.selection;
  }

  /** The current pan and zoom. */
  get view(): View {
    return this.camera.view;
  }

  /** The result with the keyboard focus (or that had it last). */
  get focusedId(): string | null {
    return this.focus;
  }

  /** Sets the view (pan and zoom) directly. */
  setView(view: View): void {
    this.camera.set(view);
  }

  /** Pans by stage pixels. */
  pan(dx: number, dy: number): void {
    this.camera.pan(dx, dy);
  }

  /** Fits the whole drawing to the stage. */
  fit(): void {
    this.later.flush();
    if (this.scene.layout) this.camera.fit(this.scene.extent());
  }

  /** Zooms by a factor around the stage's centre (or a stage point). */
  zoomBy(factor: number, at?: { x: number; y: number }): void {
    this.camera.zoomBy(factor, at);
  }

  /** Ids of the folded results. */
  collapsedIds(): string[] {
    return [...this.collapsed];
  }

  /** Folds or unfolds a result's subtree; `deep` unfolds every level below it as well. */
  setExpanded(id: string, expanded: boolean, deep = false): void {
    const tree = this.tree;
    if (!tree?.kids.has(id)) return;
    let changed = false;
    if (expanded) {
      for (const p of deep ? subtreeParents(tree, id) : [id]) if (this.collapsed.delete(p)) changed = true;
    } else if (!this.collapsed.has(id)) {
      this.collapsed.add(id);
      changed = true;
    }
    if (!changed) return;
    if (!expanded && this.focus !== null && this.focus !== id && isUnder(tree, this.focus, id)) this.focus = id;
    this.draw(id);
    emit(this.host, 'toggle', { id, expanded } satisfies ToggleDetail);
  }

  /** Folds a result's subtree if it shows, else unfolds it. */
  toggle(id: string): void {
    this.setExpanded(id, this.collapsed.has(id));
  }

  /** Unfolds everything. */
  expandAll(): void {
    if (this.collapsed.size === 0) return;
    this.collapsed.clear();
    this.draw(this.selection ?? undefined);
  }

  /** Folds everything below the roots. */
  collapseAll(): void {
    const tree = this.tree;
    if (!tree) return;
    this.collapsed = collapseBelow(tree, 1);
    this.focus = null;
    this.draw();
    this.fit();
  }

  /** Selects a result (unfolding its ancestors and bringing it into view), or clears the selection. */
  select(id: string | null, options: { focus?: boolean } = {}): void {
    const tree = this.tree;
    if (id !== null && !tree?.byId.has(id)) return;
    this.later.flush();
    if (id !== null && tree && reveal(tree, this.collapsed, id)) this.draw();
    const items = this.drawing.items;
    items.get(this.selection ?? '')?.setAttribute('aria-selected', 'false');
    this.selection = id;
    if (id !== null) {
      this.drawing.ensure(id);
      items.get(id)?.setAttribute('aria-selected', 'true');
      this.bringIntoView(id);
      this.setFocus(id, options.focus ?? false);
    }
    this.markCrosscutting();
    this.renderPanel();
    emit(this.host, 'select', { id, result: id === null ? null : (tree?.byId.get(id) ?? null) } satisfies SelectDetail);
  }

  /** Moves the keyboard focus to a result and the view to it. */
  focusItem(id: string): void {
    this.setFocus(id, true);
  }

  /** A result got the focus: it becomes the tab stop, comes into view, and its links stand out. */
  focused(id: string): void {
    if (id !== this.focus) this.setFocus(id, false);
    this.hovered = id;
    this.markCrosscutting();
    this.bringIntoView(id);
  }

  /** The pointer is over a result (or none): its crosscutting links stand out. */
  hover(id: string | null): void {
    if (id === this.hovered) return;
    this.hovered = id;
    this.markCrosscutting();
  }

  /** Ids of the results the current search found. */
  matches(): string[] {
    return [...this.found.ids];
  }

  /** Searches statements, indicators and ids; highlights the matches and goes to the first. */
  search(query: string): string[] {
    const tree = this.tree;
    const matches = this.found;
    this.later.flush();
    if (this.chrome.searchInput.value !== query) this.chrome.searchInput.value = query;
    matches.find(tree, query);
    // A few matches are all unfolded at once; of many, each as it is visited.
    let changed = false;
    if (tree && matches.ids.length <= 30) for (const id of matches.ids) changed = reveal(tree, this.collapsed, id) || changed;
    if (changed) this.draw();
    if (matches.ids.length > 0) this.nextMatch();
    else {
      matches.mark(this.drawing.items);
      this.chrome.count.textContent = query.trim() === '' ? '' : this.words.noMatch;
    }
    return [...matches.ids];
  }

  /** Enter in the search box: the next match of the same query, or a new search. */
  searchEnter(query: string, step: number): void {
    if (this.found.ids.length > 0 && query === this.found.query) this.nextMatch(step);
    else this.search(query);
  }

  /** Goes to the next (or, with `-1`, previous) search match: unfolds it, centres it and selects it. */
  nextMatch(step = 1): void {
    const id = this.tree ? this.found.step(step) : undefined;
    if (id === undefined || !this.tree) return;
    if (reveal(this.tree, this.collapsed, id)) this.draw();
    this.found.mark(this.drawing.items);
    this.bringIntoView(id, true);
    this.chrome.count.textContent = this.words.matches(this.found.ids.length, this.found.at + 1);
    this.select(id);
  }

  #standalone(what: string): ReturnType<typeof standaloneLayout> {
    return standaloneLayout(what, this.cascade, this.settings.layout, this.settings.locale, this.collapsed);
  }

  /** The drawing as it is now (what is unfolded) as a standalone SVG document, as `renderSvg` writes it. */
  exportSvg(): string {
    return serializeSvg(this.#standalone('exportSvg'));
  }

  /** The drawing as it is now as a PNG, drawn by the browser's canvas at `scale` times its size. */
  async exportPng(scale = 2): Promise<Blob> {
    return layoutToPng(this.doc, this.#standalone('exportPng'), scale);
  }

  /** Saves the drawing as a file (the toolbar's export buttons). */
  download(kind: 'svg' | 'png'): void {
    const title = this.cascade?.title ?? 'pokin';
    if (kind === 'svg') downloadBlob(this.doc, new Blob([this.exportSvg()], { type: 'image/svg+xml' }), title, 'svg');
    else void this.exportPng().then((b) => downloadBlob(this.doc, b, title, 'png'));
  }
}
