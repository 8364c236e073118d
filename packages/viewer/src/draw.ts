/**
 * The viewer's own marks over a drawn result: the toggle under a parent's box and the badges of
 * review findings and capaian, drawn in the box's own coordinates (its corner at 0,0), and the
 * words a screen reader hears for them.
 *
 * @module
 */
import type { Diagnostic, ResultRecord, Severity } from '@pokin/core';
import type { TreeIndex, VisibleItem } from './tree.js';
import type { ViewerWords } from './words.js';

/** The SVG namespace. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** What a drawn result needs besides its box. */
export interface Decoration {
  readonly item: VisibleItem;
  /** Number of results hidden under it when it is folded. */
  readonly hidden: number;
  readonly findings: readonly Diagnostic[];
  readonly capaian: number | undefined;
}

/** What each visible result shows besides its box: hidden results, findings and capaian. */
export function decorationsOf(
  visible: readonly VisibleItem[],
  tree: TreeIndex,
  findings: (id: string) => readonly Diagnostic[],
  capaian: ((result: ResultRecord) => number | undefined) | undefined,
): Map<string, Decoration> {
  const out = new Map<string, Decoration>();
  for (const item of visible) {
    const hidden = item.expanded ? 0 : (tree.descendants.get(item.id) ?? 0);
    out.set(item.id, { item, hidden, findings: findings(item.id), capaian: capaian?.(tree.byId.get(item.id)!) });
  }
  return out;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The most severe severity of some findings. */
export function worst(findings: readonly Diagnostic[]): Severity | undefined {
  let best: Severity | undefined;
  for (const f of findings) if (best === undefined || RANK[f.severity] > RANK[best]) best = f.severity;
  return best;
}

/** Findings grouped by the result they are about (findings about no result are left out). */
export function findingsByResult(list: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const by = new Map<string, Diagnostic[]>();
  for (const d of list) {
    if (d.resultId === undefined) continue;
    const l = by.get(d.resultId);
    if (l) l.push(d);
    else by.set(d.resultId, [d]);
  }
  return by;
}

/** An SVG element of `doc` with attributes. */
export function el<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  name: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
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
function toggle(doc: Document, id: string, width: number, height: number, d: Decoration): SVGGElement {
  const cx = width / 2;
  const cy = height;
  const g = el(doc, 'g', { class: 'toggle', 'data-toggle': id });
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

/** What the marks of a result depend on: when this string is unchanged, so are they. */
export function marksKey(d: Decoration, width: number, height: number): string {
  return `${width} ${height} ${d.item.hasChildren} ${d.item.expanded} ${d.hidden} ${worst(d.findings)} ${d.findings.length} ${d.capaian}`;
}

/**
 * Draws the marks of one result into `into` (emptied first), in the box's coordinates; returns
 * the words that describe them for the result's accessible name.
 */
export function drawMarks(
  doc: Document,
  into: SVGGElement,
  id: string,
  width: number,
  height: number,
  d: Decoration,
  words: ViewerWords,
): string[] {
  into.replaceChildren();
  const extra: string[] = [];
  if (d.item.hasChildren) into.append(toggle(doc, id, width, height, d));
  if (!d.item.expanded && d.hidden > 0) extra.push(words.hidden(d.hidden));
  const severity = worst(d.findings);
  if (severity) {
    into.append(pill(doc, `findings ${severity}`, String(d.findings.length), width - 4, 0, true, id));
    extra.push(words.findingsBadge(d.findings.length));
  }
  if (d.capaian !== undefined && Number.isFinite(d.capaian)) {
    const p = formatPercent(d.capaian);
    into.append(pill(doc, `capaian ${capaianClass(d.capaian)}`, `${p}%`, 4, 0, false, id));
    extra.push(words.capaianBadge(p));
  }
  return extra;
}

/** A percentage with at most one decimal. */
export const formatPercent = (v: number): string => String(Math.round(v * 10) / 10);

/** Capaian bands, as e-SAKIP portals colour them: at least 100 %, at least 75 %, below. */
export const capaianClass = (v: number): 'met' | 'near' | 'below' => (v >= 100 ? 'met' : v >= 75 ? 'near' : 'below');
