/**
 * The serializer: a {@link SvgLayout} to an SVG document string. The only place that writes
 * markup; every text and attribute value goes through {@link escapeText} / {@link attributes}.
 *
 * @module
 */
import type { LayoutBox, LayoutConnector, LayoutText, SvgLayout } from './model.js';
import { attributes, escapeText, num } from './xml.js';

function text(t: LayoutText, className: string): string {
  let out = `<text${attributes({ class: className, 'font-size': t.fontSize, 'font-weight': t.fontWeight === 'bold' ? 'bold' : undefined, 'text-anchor': t.anchor === 'middle' ? 'middle' : undefined, fill: t.fill })}>`;
  for (const line of t.lines) out += `<tspan${attributes({ x: line.x, y: line.y })}>${escapeText(line.text)}</tspan>`;
  return out + '</text>';
}

function box(b: LayoutBox, prefix: string): string {
  let out = `<g${attributes({ class: `result tier-${b.tier}${b.stacked ? ' stacked' : ''}`, id: `${prefix}-r-${b.id}`, 'data-id': b.id, 'data-level': b.level })}>`;
  out += `<rect${attributes({ class: 'box', x: b.x, y: b.y, width: b.width, height: b.height, rx: 6, fill: b.fill, stroke: b.stroke, 'stroke-width': 1.5 })}/>`;
  for (const r of b.rules) out += `<line${attributes({ x1: r.x1, y1: r.y, x2: r.x2, y2: r.y, stroke: b.stroke, 'stroke-width': 0.75, 'stroke-opacity': 0.6 })}/>`;
  for (const t of b.texts) out += text(t, t.role);
  return out + '</g>';
}

function connector(c: LayoutConnector): string {
  let d = '';
  c.points.forEach(([x, y], i) => {
    d += `${i === 0 ? 'M' : 'L'}${num(x)} ${num(y)}`;
  });
  return `<path${attributes({ d, 'data-from': c.from, 'data-to': c.to })}/>`;
}

/** Writes the SVG document for a layout. */
export function serializeSvg(layout: SvgLayout): string {
  const p = layout.idPrefix;
  const w = num(layout.width);
  const h = num(layout.height);
  const parts: string[] = [];
  parts.push(
    `<svg${attributes({
      xmlns: 'http://www.w3.org/2000/svg',
      width: w,
      height: h,
      viewBox: `0 0 ${w} ${h}`,
      role: 'img',
      'aria-labelledby': `${p}-title ${p}-desc`,
      'font-family': layout.fontFamily,
    })}>`,
  );
  parts.push(`<title${attributes({ id: `${p}-title` })}>${escapeText(layout.title)}</title>`);
  parts.push(`<desc${attributes({ id: `${p}-desc` })}>${escapeText(layout.description)}</desc>`);
  parts.push(
    `<defs><marker${attributes({ id: `${p}-arrow`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' })}><path${attributes({ d: 'M0 0L10 5L0 10z', fill: layout.colors.crosscutting })}/></marker></defs>`,
  );
  if (layout.colors.background !== 'none') parts.push(`<rect${attributes({ class: 'background', width: '100%', height: '100%', fill: layout.colors.background })}/>`);
  if (layout.heading.length > 0) parts.push(`<g class="heading">${layout.heading.map((t) => text(t, t.role)).join('')}</g>`);
  if (layout.legend.length > 0) {
    let out = '<g class="legend">';
    for (const item of layout.legend) {
      out += `<g${attributes({ class: item.kind === 'tier' ? `legend-item tier-${item.tier}` : 'legend-item crosscutting' })}>`;
      if (item.kind === 'tier') {
        out += `<rect${attributes({ x: item.x, y: item.y, width: item.width, height: item.height, rx: 3, fill: item.fill, stroke: item.stroke, 'stroke-width': 1.5 })}/>`;
      } else {
        const my = item.y + item.height / 2;
        out += `<path${attributes({ d: `M${num(item.x)} ${num(my)}L${num(item.x + item.width)} ${num(my)}`, fill: 'none', stroke: item.stroke, 'stroke-width': 1.5, 'stroke-dasharray': '6 4', 'marker-end': `url(#${p}-arrow)` })}/>`;
      }
      out += text(item.label, 'legend-label') + '</g>';
    }
    parts.push(out + '</g>');
  }
  const primary = layout.connectors.filter((c) => c.kind === 'primary');
  const cross = layout.connectors.filter((c) => c.kind === 'crosscutting');
  if (primary.length > 0) {
    parts.push(`<g${attributes({ class: 'connectors', fill: 'none', stroke: layout.colors.connector, 'stroke-width': 1.5, 'stroke-linejoin': 'round' })}>${primary.map(connector).join('')}</g>`);
  }
  parts.push(`<g class="results">${layout.boxes.map((b) => box(b, p)).join('')}</g>`);
  if (cross.length > 0) {
    parts.push(
      `<g${attributes({ class: 'crosscutting', fill: 'none', stroke: layout.colors.crosscutting, 'stroke-width': 1.5, 'stroke-dasharray': '6 4', 'marker-end': `url(#${p}-arrow)` })}>${cross.map(connector).join('')}</g>`,
    );
  }
  parts.push('</svg>');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${parts.join('\n')}\n`;
}
