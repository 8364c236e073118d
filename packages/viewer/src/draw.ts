/**
 * Drawing: the layout of `@pokin/svg` serialised by `@pokin/svg` (the same markup as
 * `renderSvg`), parsed into the page, then dressed for interaction: tree-view roles and states on
 * the result groups, a toggle under every parent, and badges for review findings and capaian.
 *
 * @module
 */
import type { Diagnostic, Severity } from '@pokin/core';
import type { LayoutBox, SvgLayout } from '@pokin/svg';
import { serializeSvg } from '@pokin/svg';
import type { VisibleItem } from './tree.js';
import type { ViewerWords } from './words.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What a drawn result needs besides its box. */
export interface Decoration {
  readonly item: VisibleItem;
  /** Number of results hidden under it when it is folded. */
  readonly hidden: number;
  readonly findings: readonly Diagnostic[];
  readonly capaian: number | undefined;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The most severe severity of some findings. */
export function worst(findings: readonly Diagnostic[]): Severity | undefined {
  let best: Severity | undefined;
  for (const f of findings) if (best === undefined || RANK[f.severity] > RANK[best]) best = f.severity;
  return best;
}

function el<K extends keyof SVGElementTagNameMap>(doc: Document, name: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const e = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/** A pill with a text: a badge at `(x, y)` (its centre), growing to the left when `alignRight`. */
function pill(doc: Document, className: string, text: string, x: number, y: number, alignRight: boolean, id: string): SVGGElement {
  const width = 10 + text.length * 6.4;
  const left = alignRight ? x - width : x;
  const g = el(doc, 'g', { class: `badge ${className}`, 'data-for': id });
  g.append(el(doc, 'rect', { x: left, y: y - 8, width, height: 16, rx: 8 }));
  const t = el(doc, 'text', { x: left + width / 2, y: y + 4, 'text-anchor': 'middle', 'font-size': 11, 'font-weight': 'bold' });
  t.textContent = text;
  g.append(t);
  return g;
}

/** The toggle under a parent's box: a circle with − (expanded) or + and the number hidden. */
function toggle(doc: Document, b: LayoutBox, d: Decoration): SVGGElement {
  const cx = b.x + b.width / 2;
  const cy = b.y + b.height;
  const g = el(doc, 'g', { class: 'toggle', 'data-toggle': b.id });
  g.append(el(doc, 'circle', { cx, cy, r: 8 }));
  const sign = d.item.expanded ? `M${cx - 4} ${cy}h8` : `M${cx - 4} ${cy}h8M${cx} ${cy - 4}v8`;
  g.append(el(doc, 'path', { d: sign }));
  if (!d.item.expanded && d.hidden > 0) {
    const t = el(doc, 'text', { x: cx + 12, y: cy + 4, 'font-size': 11, class: 'hidden-count' });
    t.textContent = `+${d.hidden}`;
    g.append(t);
  }
  return g;
}

/**
 * Parses the drawing of a layout into an `<svg>` element of `doc` and dresses it. The result
 * groups become `treeitem`s (with `aria-level`, `aria-setsize`, `aria-posinset`,
 * `aria-expanded`); the rest of the drawing is hidden from assistive technology (the tree
 * carries the same content).
 */
export function drawLayout(
  doc: Document,
  layout: SvgLayout,
  decorations: ReadonlyMap<string, Decoration>,
  words: ViewerWords,
): { svg: SVGSVGElement; viewport: SVGGElement; items: Map<string, SVGGElement> } {
  const parsed = new DOMParser().parseFromString(serializeSvg(layout), 'image/svg+xml');
  const svg = doc.importNode(parsed.documentElement, true) as unknown as SVGSVGElement;
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.removeAttribute('viewBox');
  svg.removeAttribute('aria-labelledby');
  svg.setAttribute('role', 'tree');
  svg.setAttribute('aria-label', layout.title);
  svg.setAttribute('class', 'drawing');
  // Everything goes into one group that pan and zoom transform.
  const viewport = el(doc, 'g', { class: 'viewport' });
  for (const child of Array.from(svg.childNodes)) {
    if (child.nodeType !== 1) {
      child.remove();
      continue;
    }
    const e = child as Element;
    const name = e.localName;
    if (name === 'title' || name === 'desc') {
      e.remove();
      continue;
    }
    if (name !== 'defs' && !e.classList.contains('results')) e.setAttribute('aria-hidden', 'true');
    viewport.append(e);
  }
  svg.append(viewport);
  const results = viewport.querySelector('g.results');
  results?.setAttribute('role', 'none');
  // Toggles and badges sit in a layer of their own above the boxes, outside the tree items, so
  // an item's accessible name is its own text.
  const overlay = el(doc, 'g', { class: 'overlay', 'aria-hidden': 'true' });
  viewport.append(overlay);
  const items = new Map<string, SVGGElement>();
  const boxes = new Map(layout.boxes.map((b) => [b.id, b] as const));
  for (const g of Array.from(viewport.querySelectorAll<SVGGElement>('g.result'))) {
    const id = g.getAttribute('data-id') ?? '';
    const d = decorations.get(id);
    const b = boxes.get(id);
    if (!d || !b) continue;
    items.set(id, g);
    g.setAttribute('role', 'treeitem');
    g.setAttribute('tabindex', '-1');
    g.setAttribute('aria-level', String(d.item.level));
    g.setAttribute('aria-setsize', String(d.item.setSize));
    g.setAttribute('aria-posinset', String(d.item.position));
    g.setAttribute('aria-selected', 'false');
    if (d.item.hasChildren) g.setAttribute('aria-expanded', String(d.item.expanded));
    // A space between the lines and blocks of text (not drawn: it ends a line), so the text
    // reads as words wherever it is taken from the page (accessible name, copy, find in page).
    for (const t of Array.from(g.querySelectorAll('text'))) {
      for (const span of Array.from(t.querySelectorAll('tspan')).slice(1)) t.insertBefore(doc.createTextNode(' '), span);
      g.insertBefore(doc.createTextNode(' '), t);
    }
    const extra: string[] = [];
    if (d.item.hasChildren) overlay.append(toggle(doc, b, d));
    if (!d.item.expanded && d.hidden > 0) extra.push(words.hidden(d.hidden));
    const severity = worst(d.findings);
    if (severity) {
      overlay.append(pill(doc, `findings ${severity}`, String(d.findings.length), b.x + b.width - 4, b.y, true, id));
      extra.push(words.findingsBadge(d.findings.length));
    }
    if (d.capaian !== undefined && Number.isFinite(d.capaian)) {
      const p = formatPercent(d.capaian);
      overlay.append(pill(doc, `capaian ${capaianClass(d.capaian)}`, `${p}%`, b.x + 4, b.y, false, id));
      extra.push(words.capaianBadge(p));
    }
    const text = (g.textContent ?? '').replace(/\s+/g, ' ').trim();
    g.setAttribute('aria-label', extra.length === 0 ? text : `${text}. ${extra.join('. ')}`);
  }
  return { svg, viewport, items };
}

/** A percentage with at most one decimal. */
export const formatPercent = (v: number): string => String(Math.round(v * 10) / 10);

/** Capaian bands, as e-SAKIP portals colour them: at least 100 %, at least 75 %, below. */
export const capaianClass = (v: number): 'met' | 'near' | 'below' => (v >= 100 ? 'met' : v >= 75 ? 'near' : 'below');
