/**
 * A result's group built as DOM nodes: the elements and attributes `serializeSvg` writes for a
 * box (its `<g class="result">`, box, rules and texts), in the box's own coordinates (its corner
 * at 0,0), without writing markup and parsing it back: building the nodes directly is several
 * times cheaper, and a big subtree unfolds without a long task. A Chromium test compares every
 * group with the markup of `renderSvg`.
 *
 * @module
 */
import type { LayoutBox } from '@pokin/svg';
import { SVG_NS } from './draw.js';

/** A coordinate as `serializeSvg` writes it: at most two decimals. */
const num = (n: number): string => (Number.isFinite(n) ? String(Math.round(n * 100) / 100) : '0');

/** An element of the SVG namespace with attributes set in order. */
function node(doc: Document, name: string, attrs: readonly (readonly [string, string])[]): Element {
  const e = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of attrs) e.setAttribute(k, v);
  return e;
}

/**
 * The group of one result, as `serializeSvg` draws it moved to the origin. A space stands between
 * its texts and between their lines (not drawn: it ends a line) so the text reads as words
 * wherever it is taken from the page (accessible name, copy, find in page).
 */
export function boxGroup(doc: Document, b: LayoutBox, idPrefix: string): SVGGElement {
  const dx = b.x;
  const dy = b.y;
  const g = node(doc, 'g', [
    ['class', `result tier-${b.tier}${b.stacked ? ' stacked' : ''}`],
    ['id', `${idPrefix}-box-${b.id}`],
    ['data-id', b.id],
    ['data-level', b.level],
  ]) as SVGGElement;
  g.append(
    node(doc, 'rect', [
      ['class', 'box'],
      ['x', '0'],
      ['y', '0'],
      ['width', num(b.width)],
      ['height', num(b.height)],
      ['rx', '6'],
      ['fill', b.fill],
      ['stroke', b.stroke],
      ['stroke-width', '1.5'],
    ]),
  );
  for (const r of b.rules) {
    const y = num(r.y - dy);
    g.append(
      node(doc, 'line', [
        ['x1', num(r.x1 - dx)],
        ['y1', y],
        ['x2', num(r.x2 - dx)],
        ['y2', y],
        ['stroke', b.stroke],
        ['stroke-width', '0.75'],
        ['stroke-opacity', '0.6'],
      ]),
    );
  }
  for (const t of b.texts) {
    const attrs: [string, string][] = [
      ['class', t.role],
      ['font-size', num(t.fontSize)],
    ];
    if (t.fontWeight === 'bold') attrs.push(['font-weight', 'bold']);
    if (t.anchor === 'middle') attrs.push(['text-anchor', 'middle']);
    attrs.push(['fill', t.fill]);
    const text = node(doc, 'text', attrs);
    t.lines.forEach((l, i) => {
      if (i > 0) text.append(' ');
      const span = node(doc, 'tspan', [
        ['x', num(l.x - dx)],
        ['y', num(l.y - dy)],
      ]);
      span.textContent = l.text;
      text.append(span);
    });
    g.append(' ', text);
  }
  return g;
}
