/**
 * The serializer: an {@link SvgLayout} to an SVG document string. The only place that writes
 * markup; every text and attribute value goes through `escapeText`/`escapeAttribute` and every
 * coordinate through `num` (`xml.ts`).
 *
 * @module
 */
import type { LayoutBox, LayoutConnector, LayoutLegendItem, LayoutText, TreeLayout as SvgLayout } from '@pokin/core/layout';
import { markup, type Markup } from './markup.js';
import { attributes, escapeAttribute, escapeText, num } from './xml.js';

// The pieces below are written in document order; markup between two values is one piece.

/**
 * The `<text>` start tags of one document by class, each with the text it was built for: the
 * texts of a class mostly share their font and fill, so most tags are built once per document.
 */
type Openings = Map<string, { readonly t: LayoutText; readonly tag: string }>;

/** The start tag of a `<text>`. */
function textOpening(t: LayoutText, className: string, openings: Openings): string {
  const last = openings.get(className);
  if (
    last !== undefined &&
    last.t.fontSize === t.fontSize &&
    last.t.fontWeight === t.fontWeight &&
    last.t.anchor === t.anchor &&
    last.t.fill === t.fill
  )
    return last.tag;
  const weight = t.fontWeight === 'bold' ? ' font-weight="bold"' : '';
  const anchor = t.anchor === 'middle' ? ' text-anchor="middle"' : '';
  const tag = `<text class="${escapeAttribute(className)}" font-size="${num(t.fontSize)}"${weight}${anchor} fill="${escapeAttribute(t.fill)}">`;
  openings.set(className, { t, tag });
  return tag;
}

/** `<text …>` with its lines as `<tspan>`s; `className` is the role, or `legend-label`. */
function text(m: Markup, t: LayoutText, className: string, openings: Openings): void {
  m.add(textOpening(t, className, openings));
  // The lines of a block share their x: the markup before a line's y is built once per block.
  const lines = t.lines;
  let x = NaN;
  let first = '';
  let next = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.x !== x) {
      x = line.x;
      first = `<tspan x="${num(x)}" y="`;
      next = `</tspan>${first}`;
    }
    m.add(i === 0 ? first : next)
      .add(num(line.y))
      .add('">')
      .add(escapeText(line.text));
  }
  m.add(lines.length === 0 ? '</text>' : '</tspan></text>');
}

/** A result's group: its box, the rules across it, then its texts. `idStart` is `<prefix>-box-`. */
function box(m: Markup, b: LayoutBox, idStart: string, openings: Openings): void {
  const id = escapeAttribute(b.id);
  const stroke = escapeAttribute(b.stroke);
  m.add('<g class="result tier-')
    .add(escapeAttribute(b.tier))
    .add(b.stacked ? ' stacked" id="' : '" id="')
    .add(idStart)
    .add(id);
  m.add('" data-id="').add(id).add('" data-level="').add(escapeAttribute(b.level));
  m.add('"><rect class="box" x="').add(num(b.x)).add('" y="').add(num(b.y)).add('" width="').add(num(b.width));
  m.add('" height="').add(num(b.height)).add('" rx="6" fill="').add(escapeAttribute(b.fill)).add('" stroke="').add(stroke);
  m.add('" stroke-width="1.5"/>');
  for (const r of b.rules) {
    const y = num(r.y);
    m.add('<line x1="').add(num(r.x1)).add('" y1="').add(y).add('" x2="').add(num(r.x2)).add('" y2="').add(y).add('" stroke="').add(stroke);
    m.add('" stroke-width="0.75" stroke-opacity="0.6"/>');
  }
  for (const t of b.texts) text(m, t, t.role, openings);
  m.add('</g>');
}

/** A connector's `<path>`. */
function connector(m: Markup, c: LayoutConnector): void {
  const points = c.points;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    m.add(i === 0 ? '<path d="M' : 'L')
      .add(num(p[0]))
      .add(' ')
      .add(num(p[1]));
  }
  // A link still proposed is dotted, against the group's dashes.
  m.add(c.proposed ? '" stroke-dasharray="1.5 3.5" data-from="' : '" data-from="').add(escapeAttribute(c.from));
  m.add('" data-to="').add(escapeAttribute(c.to)).add('"/>');
}

/** The connectors of one kind in their group, or nothing when there are none. */
function connectors(m: Markup, layout: SvgLayout, kind: LayoutConnector['kind'], opening: string): void {
  if (!layout.connectors.some((c) => c.kind === kind)) return;
  m.add(opening);
  for (const c of layout.connectors) if (c.kind === kind) connector(m, c);
  m.add('</g>\n');
}

/** A legend entry: its swatch and its label. */
function legendItem(m: Markup, item: LayoutLegendItem, idPrefix: string, openings: Openings): void {
  let out = `<g${attributes({ class: item.kind === 'tier' ? `legend-item tier-${item.tier}` : `legend-item crosscutting${item.proposed ? ' proposed' : ''}` })}>`;
  if (item.kind === 'tier') {
    out += `<rect${attributes({ x: item.x, y: item.y, width: item.width, height: item.height, rx: 3, fill: item.fill, stroke: item.stroke, 'stroke-width': 1.5 })}/>`;
  } else {
    const my = item.y + item.height / 2;
    const d = `M${num(item.x)} ${num(my)}L${num(item.x + item.width)} ${num(my)}`;
    out += `<path${attributes({ d, fill: 'none', stroke: item.stroke, 'stroke-width': 1.5, 'stroke-dasharray': item.proposed ? '1.5 3.5' : '6 4', 'marker-end': `url(#${idPrefix}-arrow)` })}/>`;
  }
  m.add(out);
  text(m, item.label, 'legend-label', openings);
  m.add('</g>');
}

/**
 * Writes the SVG document of a layout: the drawing step of `renderSvg` on its own, so code
 * that needs the positions as well (an interactive viewer) lays out once and draws the same
 * markup: `serializeSvg(layoutCascade(c, o))` is `renderSvg(c, o)`.
 *
 * @param layout - a layout from `layoutCascade` (of this package or of `@pokin/core/layout`).
 * @param extra - markup drawn below the layout (the capaian legend), and the room it takes.
 */
export function serializeSvg(
  layout: SvgLayout,
  extra?: { readonly markup: string; readonly height: number; readonly width: number },
): string {
  const { idPrefix, colors } = layout;
  const p = escapeAttribute(idPrefix);
  const w = num(Math.max(layout.width, extra?.width ?? 0));
  const h = num(layout.height + (extra?.height ?? 0));
  const m = markup();
  const openings: Openings = new Map();
  m.add('<?xml version="1.0" encoding="UTF-8"?>\n');
  m.add(
    `<svg${attributes({ xmlns: 'http://www.w3.org/2000/svg', width: w, height: h, viewBox: `0 0 ${w} ${h}`, role: 'img', 'aria-labelledby': `${idPrefix}-title ${idPrefix}-desc`, 'font-family': layout.fontFamily })}>\n`,
  );
  m.add(`<title id="${p}-title">${escapeText(layout.title)}</title>\n`);
  m.add(`<desc id="${p}-desc">${escapeText(layout.description)}</desc>\n`);
  m.add(
    `<defs><marker${attributes({ id: `${idPrefix}-arrow`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' })}><path${attributes({ d: 'M0 0L10 5L0 10z', fill: colors.crosscutting })}/></marker></defs>\n`,
  );
  if (colors.background !== 'none')
    m.add(`<rect${attributes({ class: 'background', width: '100%', height: '100%', fill: colors.background })}/>\n`);
  if (layout.heading.length > 0) {
    m.add('<g class="heading">');
    for (const t of layout.heading) text(m, t, t.role, openings);
    m.add('</g>\n');
  }
  if (layout.legend.length > 0) {
    m.add('<g class="legend">');
    for (const item of layout.legend) legendItem(m, item, idPrefix, openings);
    m.add('</g>\n');
  }
  connectors(
    m,
    layout,
    'primary',
    `<g${attributes({ class: 'connectors', fill: 'none', stroke: colors.connector, 'stroke-width': 1.5, 'stroke-linejoin': 'round' })}>`,
  );
  m.add('<g class="results">');
  const idStart = `${p}-box-`;
  for (const b of layout.boxes) box(m, b, idStart, openings);
  m.add('</g>\n');
  connectors(
    m,
    layout,
    'crosscutting',
    `<g${attributes({ class: 'crosscutting', fill: 'none', stroke: colors.crosscutting, 'stroke-width': 1.5, 'stroke-dasharray': '6 4', 'marker-end': `url(#${idPrefix}-arrow)` })}>`,
  );
  m.add(extra?.markup ?? '').add('</svg>\n');
  return m.toString();
}
