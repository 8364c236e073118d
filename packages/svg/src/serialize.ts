/**
 * The serializer: an {@link SvgLayout} to an SVG document string. The only place that writes
 * markup; every text and attribute value goes through `escapeText`/`escapeAttribute` and every
 * coordinate through `num` (`xml.ts`).
 *
 * @module
 */
import type { LayoutBox, LayoutConnector, LayoutLegendItem, LayoutText, TreeLayout as SvgLayout } from '@pokin/core/layout';
import { attributes, escapeAttribute, escapeText, num } from './xml.js';

/** `<text …>` with its lines as `<tspan>`s; `className` is the role, or `legend-label`. */
function text(t: LayoutText, className: string): string {
  let out = textOpening(t, className);
  // The lines of a block share their x: the start of their tags is built once per block.
  let x = NaN;
  let tspan = '';
  for (const line of t.lines) {
    if (line.x !== x) {
      x = line.x;
      tspan = `<tspan x="${num(x)}" y="`;
    }
    out += `${tspan}${num(line.y)}">${escapeText(line.text)}</tspan>`;
  }
  return `${out}</text>`;
}

/** The start tag of a `<text>`. */
function textOpening(t: LayoutText, className: string): string {
  const weight = t.fontWeight === 'bold' ? ' font-weight="bold"' : '';
  const anchor = t.anchor === 'middle' ? ' text-anchor="middle"' : '';
  return `<text class="${escapeAttribute(className)}" font-size="${num(t.fontSize)}"${weight}${anchor} fill="${escapeAttribute(t.fill)}">`;
}

/** A result's group: its box, the rules across it, then its texts. */
function box(b: LayoutBox, prefix: string): string {
  const id = escapeAttribute(b.id);
  const stroke = escapeAttribute(b.stroke);
  let out = `<g class="result tier-${escapeAttribute(b.tier)}${b.stacked ? ' stacked' : ''}" id="${prefix}-box-${id}" data-id="${id}" data-level="${escapeAttribute(b.level)}">`;
  out += `<rect class="box" x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" rx="6" fill="${escapeAttribute(b.fill)}" stroke="${stroke}" stroke-width="1.5"/>`;
  for (const r of b.rules) {
    const y = num(r.y);
    out += `<line x1="${num(r.x1)}" y1="${y}" x2="${num(r.x2)}" y2="${y}" stroke="${stroke}" stroke-width="0.75" stroke-opacity="0.6"/>`;
  }
  for (const t of b.texts) out += text(t, t.role);
  return `${out}</g>`;
}

/** A connector's `<path>`. */
function connector(c: LayoutConnector): string {
  let d = '';
  for (let i = 0; i < c.points.length; i++) {
    const [x, y] = c.points[i]!;
    d += `${i === 0 ? 'M' : 'L'}${num(x)} ${num(y)}`;
  }
  // A link still proposed is dotted, against the group's dashes.
  return `<path d="${d}"${c.proposed ? ' stroke-dasharray="1.5 3.5"' : ''} data-from="${escapeAttribute(c.from)}" data-to="${escapeAttribute(c.to)}"/>`;
}

/**
 * Characters per flat chunk of {@link joined}: below V8's large-object size (128 KiB), so that a
 * chunk lives in the young generation instead of being mapped fresh from the system.
 */
const CHUNK_CHARS = 60_000;

/**
 * The markup of each item, joined. Folding the pieces into flat chunks as it
 * goes keeps few small strings alive: the markup of 1,000 boxes built with `+=` alone stayed a
 * tree of small strings until the end, which the garbage collector copied over and over.
 */
function joined<T>(items: readonly T[], markup: (item: T) => string): string {
  // The chunks are appended, not joined: the document is built with `+=` around them anyway.
  let out = '';
  let pieces: string[] = [];
  let chars = 0;
  for (const item of items) {
    const m = markup(item);
    pieces.push(m);
    if ((chars += m.length) >= CHUNK_CHARS) {
      out += pieces.join('');
      pieces = [];
      chars = 0;
    }
  }
  return out + pieces.join('');
}

/** The connectors of one kind in their group, or nothing when there are none. */
function connectors(layout: SvgLayout, kind: LayoutConnector['kind'], opening: string): string {
  const out = joined(
    layout.connectors.filter((c) => c.kind === kind),
    connector,
  );
  return out === '' ? '' : `${opening}${out}</g>\n`;
}

/** A legend entry: its swatch and its label. */
function legendItem(item: LayoutLegendItem, idPrefix: string): string {
  let out = `<g${attributes({ class: item.kind === 'tier' ? `legend-item tier-${item.tier}` : `legend-item crosscutting${item.proposed ? ' proposed' : ''}` })}>`;
  if (item.kind === 'tier') {
    out += `<rect${attributes({ x: item.x, y: item.y, width: item.width, height: item.height, rx: 3, fill: item.fill, stroke: item.stroke, 'stroke-width': 1.5 })}/>`;
  } else {
    const my = item.y + item.height / 2;
    const d = `M${num(item.x)} ${num(my)}L${num(item.x + item.width)} ${num(my)}`;
    out += `<path${attributes({ d, fill: 'none', stroke: item.stroke, 'stroke-width': 1.5, 'stroke-dasharray': item.proposed ? '1.5 3.5' : '6 4', 'marker-end': `url(#${idPrefix}-arrow)` })}/>`;
  }
  return `${out}${text(item.label, 'legend-label')}</g>`;
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
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  out += `<svg${attributes({ xmlns: 'http://www.w3.org/2000/svg', width: w, height: h, viewBox: `0 0 ${w} ${h}`, role: 'img', 'aria-labelledby': `${idPrefix}-title ${idPrefix}-desc`, 'font-family': layout.fontFamily })}>\n`;
  out += `<title id="${p}-title">${escapeText(layout.title)}</title>\n`;
  out += `<desc id="${p}-desc">${escapeText(layout.description)}</desc>\n`;
  out += `<defs><marker${attributes({ id: `${idPrefix}-arrow`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' })}><path${attributes({ d: 'M0 0L10 5L0 10z', fill: colors.crosscutting })}/></marker></defs>\n`;
  if (colors.background !== 'none')
    out += `<rect${attributes({ class: 'background', width: '100%', height: '100%', fill: colors.background })}/>\n`;
  if (layout.heading.length > 0) out += `<g class="heading">${layout.heading.map((t) => text(t, t.role)).join('')}</g>\n`;
  if (layout.legend.length > 0) out += `<g class="legend">${layout.legend.map((item) => legendItem(item, idPrefix)).join('')}</g>\n`;
  out += connectors(
    layout,
    'primary',
    `<g${attributes({ class: 'connectors', fill: 'none', stroke: colors.connector, 'stroke-width': 1.5, 'stroke-linejoin': 'round' })}>`,
  );
  out += `<g class="results">${joined(layout.boxes, (b) => box(b, p))}</g>\n`;
  out += connectors(
    layout,
    'crosscutting',
    `<g${attributes({ class: 'crosscutting', fill: 'none', stroke: colors.crosscutting, 'stroke-width': 1.5, 'stroke-dasharray': '6 4', 'marker-end': `url(#${idPrefix}-arrow)` })}>`,
  );
  return `${out}${extra?.markup ?? ''}</svg>\n`;
}
