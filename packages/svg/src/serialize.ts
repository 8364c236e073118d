/**
 * The serializer: a {@link SvgLayout} to an SVG document string. The only place that writes
 * markup; every text and attribute value goes through {@link escapeText} / {@link escapeAttribute}.
 *
 * @module
 */
import type { LayoutBox, LayoutConnector, LayoutText, SvgLayout } from './model.js';
import { attributes, escapeAttribute, escapeText, num } from './xml.js';

/**
 * Collects output pieces and joins them in chunks: the many small pieces die young and only the
 * joined chunks survive, which keeps garbage collection cheap for 10,000 boxes.
 */
class Writer {
  #pieces: string[] = [];
  #chunks: string[] = [];

  push(piece: string): void {
    if (this.#pieces.push(piece) >= 2048) this.#flush();
  }

  #flush(): void {
    this.#chunks.push(this.#pieces.join(''));
    this.#pieces = [];
  }

  toString(): string {
    this.#flush();
    return this.#chunks.join('');
  }
}

/**
 * Escapes attribute values that repeat across boxes (tiers, colours, levels, roles) once per
 * document instead of once per use.
 */
class AttributeCache {
  #cache = new Map<string, string>();

  get(value: string): string {
    let v = this.#cache.get(value);
    if (v === undefined) {
      v = escapeAttribute(value);
      this.#cache.set(value, v);
    }
    return v;
  }
}

function text(t: LayoutText, className: string, attr: AttributeCache): string {
  let s = `<text class="${attr.get(className)}" font-size="${num(t.fontSize)}"${t.fontWeight === 'bold' ? ' font-weight="bold"' : ''}${t.anchor === 'middle' ? ' text-anchor="middle"' : ''} fill="${attr.get(t.fill)}">`;
  for (const line of t.lines) s += `<tspan x="${num(line.x)}" y="${num(line.y)}">${escapeText(line.text)}</tspan>`;
  return s + '</text>';
}

function box(out: Writer, b: LayoutBox, prefix: string, attr: AttributeCache): void {
  const id = escapeAttribute(b.id);
  const stroke = attr.get(b.stroke);
  let s = `<g class="result tier-${attr.get(b.tier)}${b.stacked ? ' stacked' : ''}" id="${prefix}-r-${id}" data-id="${id}" data-level="${attr.get(b.level)}"><rect class="box" x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" rx="6" fill="${attr.get(b.fill)}" stroke="${stroke}" stroke-width="1.5"/>`;
  for (const r of b.rules) s += `<line x1="${num(r.x1)}" y1="${num(r.y)}" x2="${num(r.x2)}" y2="${num(r.y)}" stroke="${stroke}" stroke-width="0.75" stroke-opacity="0.6"/>`;
  for (const t of b.texts) s += text(t, t.role, attr);
  out.push(s + '</g>');
}

function connector(out: Writer, c: LayoutConnector, attr: AttributeCache): void {
  let d = '';
  for (let i = 0; i < c.points.length; i++) {
    const p = c.points[i]!;
    d += `${i === 0 ? 'M' : 'L'}${num(p[0])} ${num(p[1])}`;
  }
  out.push(`<path d="${d}" data-from="${attr.get(c.from)}" data-to="${escapeAttribute(c.to)}"/>`);
}

/** Writes the SVG document for a layout. */
export function serializeSvg(layout: SvgLayout): string {
  const p = escapeAttribute(layout.idPrefix);
  const w = num(layout.width);
  const h = num(layout.height);
  const out = new Writer();
  const attr = new AttributeCache();
  out.push('<?xml version="1.0" encoding="UTF-8"?>\n');
  out.push(`<svg${attributes({
      xmlns: 'http://www.w3.org/2000/svg',
      width: w,
      height: h,
      viewBox: `0 0 ${w} ${h}`,
      role: 'img',
      'aria-labelledby': `${layout.idPrefix}-title ${layout.idPrefix}-desc`,
      'font-family': layout.fontFamily,
    })}>\n`);
  out.push(`<title id="${p}-title">${escapeText(layout.title)}</title>\n`);
  out.push(`<desc id="${p}-desc">${escapeText(layout.description)}</desc>\n`);
  out.push(`<defs><marker${attributes({ id: `${layout.idPrefix}-arrow`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' })}><path${attributes({ d: 'M0 0L10 5L0 10z', fill: layout.colors.crosscutting })}/></marker></defs>\n`);
  if (layout.colors.background !== 'none') out.push(`<rect${attributes({ class: 'background', width: '100%', height: '100%', fill: layout.colors.background })}/>\n`);
  if (layout.heading.length > 0) {
    out.push('<g class="heading">');
    for (const t of layout.heading) out.push(text(t, t.role, attr));
    out.push('</g>\n');
  }
  if (layout.legend.length > 0) {
    out.push('<g class="legend">');
    for (const item of layout.legend) {
      out.push(`<g${attributes({ class: item.kind === 'tier' ? `legend-item tier-${item.tier}` : 'legend-item crosscutting' })}>`);
      if (item.kind === 'tier') {
        out.push(`<rect${attributes({ x: item.x, y: item.y, width: item.width, height: item.height, rx: 3, fill: item.fill, stroke: item.stroke, 'stroke-width': 1.5 })}/>`);
      } else {
        const my = item.y + item.height / 2;
        out.push(`<path${attributes({ d: `M${num(item.x)} ${num(my)}L${num(item.x + item.width)} ${num(my)}`, fill: 'none', stroke: item.stroke, 'stroke-width': 1.5, 'stroke-dasharray': '6 4', 'marker-end': `url(#${layout.idPrefix}-arrow)` })}/>`);
      }
      out.push(text(item.label, 'legend-label', attr));
      out.push('</g>');
    }
    out.push('</g>\n');
  }
  const primary = layout.connectors.filter((c) => c.kind === 'primary');
  const cross = layout.connectors.filter((c) => c.kind === 'crosscutting');
  if (primary.length > 0) {
    out.push(`<g${attributes({ class: 'connectors', fill: 'none', stroke: layout.colors.connector, 'stroke-width': 1.5, 'stroke-linejoin': 'round' })}>`);
    for (const c of primary) connector(out, c, attr);
    out.push('</g>\n');
  }
  out.push('<g class="results">');
  for (const b of layout.boxes) box(out, b, p, attr);
  out.push('</g>\n');
  if (cross.length > 0) {
    out.push(`<g${attributes({ class: 'crosscutting', fill: 'none', stroke: layout.colors.crosscutting, 'stroke-width': 1.5, 'stroke-dasharray': '6 4', 'marker-end': `url(#${layout.idPrefix}-arrow)` })}>`);
    for (const c of cross) connector(out, c, attr);
    out.push('</g>\n');
  }
  out.push('</svg>\n');
  return out.toString();
}
