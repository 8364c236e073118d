/**
 * The viewer's frame around the drawing: the toolbar (search, zoom, fit, expand and collapse
 * all, export), the stage the drawing sits on, the detail panel and the keyboard help line.
 *
 * @module
 */
import type { ViewerSettings } from './options.js';
import type { ViewerWords } from './words.js';

/** The elements of the frame. */
export interface Chrome {
  readonly root: HTMLElement;
  readonly toolbar: HTMLElement;
  readonly searchInput: HTMLInputElement;
  /** The search's status ("3 of 12", "Tidak ditemukan"). */
  readonly count: HTMLElement;
  readonly stage: HTMLDivElement;
  /**
   * The box in the stage that holds the drawing's `<svg>`, placed by the view's pan (see
   * `camera.ts`).
   */
  readonly pane: HTMLDivElement;
  readonly help: HTMLElement;
  readonly panel: HTMLElement;
  readonly panelBody: HTMLDivElement;
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, part?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  if (part) e.setAttribute('part', part);
  return e;
}

/** Builds the frame into `into` (the words come with {@link labelChrome}). */
export function createChrome(doc: Document, into: ShadowRoot | HTMLElement): Chrome {
  const root = element(doc, 'div', 'pokin', 'root');
  const toolbar = element(doc, 'div', 'toolbar', 'toolbar');
  toolbar.setAttribute('role', 'toolbar');
  const searchInput = element(doc, 'input', '');
  searchInput.type = 'search';
  const count = element(doc, 'span', 'count');
  count.setAttribute('role', 'status');
  const stage = element(doc, 'div', 'stage', 'stage');
  const pane = element(doc, 'div', 'pane');
  stage.append(pane);
  const help = element(doc, 'p', 'help');
  const panel = element(doc, 'aside', 'panel', 'panel');
  const panelBody = element(doc, 'div', '');
  const main = element(doc, 'div', 'main');
  main.append(stage, panel);
  root.append(toolbar, main);
  into.append(root);
  return { root, toolbar, searchInput, count, stage, pane, help, panel, panelBody };
}

/** Puts the toolbar's buttons, the panel's heading and the help line in the current language. */
export function labelChrome(c: Chrome, w: ViewerWords, settings: ViewerSettings): void {
  const doc = c.root.ownerDocument;
  c.root.setAttribute('lang', settings.locale);
  c.toolbar.hidden = !settings.toolbar;
  c.toolbar.setAttribute('aria-label', w.toolbar);
  c.searchInput.setAttribute('aria-label', w.search);
  c.searchInput.placeholder = w.searchPlaceholder;
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
  c.toolbar.replaceChildren(
    c.searchInput,
    c.count,
    button('zoom-out', '−', w.zoomOut),
    button('zoom-in', '+', w.zoomIn),
    button('fit', w.fit),
    button('expand-all', w.expandAll),
    button('collapse-all', w.collapseAll),
    button('svg', w.exportSvg),
    button('png', w.exportPng),
  );
  c.panel.setAttribute('aria-label', w.panel);
  const head = doc.createElement('div');
  head.className = 'panel-head';
  const h = doc.createElement('h2');
  h.textContent = w.panel;
  head.append(h);
  c.panel.replaceChildren(head, c.panelBody);
  c.help.textContent = w.help;
  c.stage.append(c.help);
}
