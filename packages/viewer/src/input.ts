/**
 * The viewer's input: pointer (pan, click, double click, hover), pinch and wheel zoom, the tree
 * view's keys, the search box, the toolbar and the panel's links, and the stage's resizing.
 * Everything acts through {@link InputTarget}, the viewer's own methods.
 *
 * @module
 */
import type { Chrome } from './chrome.js';
import type { VisibleItem } from './tree.js';

/** What the input acts on (the viewer). */
export interface InputTarget {
  /** Pans by stage pixels. */
  pan(dx: number, dy: number): void;
  zoomBy(factor: number, at?: { x: number; y: number }): void;
  fit(): void;
  expandAll(): void;
  collapseAll(): void;
  /** Folds a result's subtree if it shows, else unfolds it. */
  toggle(id: string): void;
  setExpanded(id: string, expanded: boolean): void;
  select(id: string | null, options?: { focus?: boolean }): void;
  /** Moves the keyboard focus to a result (and the view to it). */
  focusItem(id: string): void;
  /** A result got the focus (by Tab or a click). */
  focused(id: string): void;
  /** The pointer is over a result, or over none. */
  hover(id: string | null): void;
  /** The result the keys act on when the focus is elsewhere. */
  readonly focusedId: string | null;
  /** The results drawn now, in pre-order. */
  visibleItems(): readonly VisibleItem[];
  /** Enter in the search box: the next (or with `-1` previous) match, or a new search. */
  searchEnter(query: string, step: number): void;
  search(query: string): string[];
  download(kind: 'svg' | 'png'): void;
  /** The stage changed size. */
  resized(size: { width: number; height: number }): void;
}

/** Tree-view keys on the focused result, and zoom and pan keys. */
function treeKey(e: KeyboardEvent, v: InputTarget): void {
  const id = (e.target as Element).closest?.('g.result')?.getAttribute('data-id') ?? v.focusedId;
  const items = v.visibleItems();
  const at = items.findIndex((i) => i.id === id);
  const item = items[at];
  const go = (to: VisibleItem | undefined): void => {
    if (to) v.focusItem(to.id);
  };
  let handled = true;
  if (e.shiftKey && e.key.startsWith('Arrow')) {
    const d = 60;
    const moves: Record<string, [number, number]> = { ArrowLeft: [d, 0], ArrowRight: [-d, 0], ArrowUp: [0, d], ArrowDown: [0, -d] };
    const [dx, dy] = moves[e.key] ?? [0, 0];
    v.pan(dx, dy);
  } else if (e.key === 'ArrowDown') go(items[at + 1]);
  else if (e.key === 'ArrowUp') go(items[at - 1]);
  else if (e.key === 'Home') go(items[0]);
  else if (e.key === 'End') go(items[items.length - 1]);
  else if (e.key === 'ArrowRight' && item) {
    if (item.hasChildren && !item.expanded) v.setExpanded(item.id, true);
    else if (item.expanded) go(items[at + 1]);
  } else if (e.key === 'ArrowLeft' && item) {
    if (item.expanded) v.setExpanded(item.id, false);
    else go(items.find((i) => i.id === item.parent));
  } else if ((e.key === 'Enter' || e.key === ' ') && item) v.select(item.id, { focus: true });
  else if (e.key === '+' || e.key === '=') v.zoomBy(1.25);
  else if (e.key === '-' || e.key === '_') v.zoomBy(0.8);
  else if (e.key === '0') v.fit();
  else if (e.key === 'Escape') v.select(null);
  else handled = false;
  if (handled) e.preventDefault();
}

/** Pan by dragging, pinch to zoom; returns how far the current press has moved (a click is a press that did not). */
function wirePointer(
  stage: HTMLElement,
  v: InputTarget,
  local: (e: { clientX: number; clientY: number }) => { x: number; y: number },
): () => number {
  const pointers = new Map<number, { x: number; y: number }>();
  let moved = 0;
  let pinch = 0;
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
        v.pan(p.x - last.x, p.y - last.y);
      }
    } else if (pointers.size === 2) {
      pointers.set(e.pointerId, p);
      const [a, b] = [...pointers.values()];
      const d = Math.hypot(a!.x - b!.x, a!.y - b!.y);
      if (pinch > 0 && d > 0) v.zoomBy(d / pinch, { x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2 });
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
  return () => moved;
}

/** Wires the input of a viewer's frame; returns the stage's ResizeObserver (to disconnect), if any. */
export function wireInput(c: Chrome, v: InputTarget): ResizeObserver | undefined {
  const stage = c.stage;
  const local = (e: { clientX: number; clientY: number }): { x: number; y: number } => {
    const r = stage.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const moved = wirePointer(stage, v, local);
  stage.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      v.zoomBy(Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.0015)), local(e));
    },
    { passive: false },
  );
  stage.addEventListener('click', (e) => {
    if (moved() > 4) return;
    const target = e.target as Element;
    const t = target.closest('g.toggle');
    if (t) {
      const id = t.getAttribute('data-toggle') ?? '';
      v.toggle(id);
      v.focusItem(id);
      return;
    }
    const id = target.closest('g.result')?.getAttribute('data-id') ?? target.closest('g.badge')?.getAttribute('data-for');
    if (id) v.select(id, { focus: true });
  });
  stage.addEventListener('dblclick', (e) => {
    const id = (e.target as Element).closest('g.result')?.getAttribute('data-id');
    if (id && !(e.target as Element).closest('g.toggle')) v.toggle(id);
  });
  stage.addEventListener('pointerover', (e) => v.hover((e.target as Element).closest('g.result')?.getAttribute('data-id') ?? null));
  stage.addEventListener('keydown', (e) => treeKey(e, v));
  stage.addEventListener('focusin', (e) => {
    const id = (e.target as Element).closest?.('g.result')?.getAttribute('data-id');
    if (id) v.focused(id);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  c.searchInput.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => v.search(c.searchInput.value), 200);
  });
  c.searchInput.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    clearTimeout(timer);
    v.searchEnter(c.searchInput.value, e.shiftKey ? -1 : 1);
  });
  c.toolbar.addEventListener('click', (e) => {
    const action = (e.target as Element).closest('button')?.dataset.action;
    if (action === 'zoom-in') v.zoomBy(1.25);
    else if (action === 'zoom-out') v.zoomBy(0.8);
    else if (action === 'fit') v.fit();
    else if (action === 'expand-all') v.expandAll();
    else if (action === 'collapse-all') v.collapseAll();
    else if (action === 'svg' || action === 'png') v.download(action);
  });
  c.panel.addEventListener('click', (e) => {
    const id = (e.target as Element).closest<HTMLElement>('button.jump')?.dataset.select;
    if (id) v.select(id, { focus: true });
  });
  if (typeof ResizeObserver !== 'function') return undefined;
  const resize = new ResizeObserver((entries) => {
    const box = entries[entries.length - 1]?.contentRect;
    if (box) v.resized({ width: box.width, height: box.height });
  });
  resize.observe(stage);
  return resize;
}
