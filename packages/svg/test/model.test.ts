// renderSvg draws exactly the layoutCascade model: the serializer positions lines and connectors
// itself (from the placed boxes), with the same arithmetic, so the two must never drift apart.
import { describe, expect, it } from 'vitest';
import { layoutCascade, renderSvg, type SvgLayout, type SvgOptions } from '@pokin/svg';
import type { Cascade } from '@pokin/core';
import { num } from '../src/xml.js';
import { bkpsdm, variedCascades } from './fixtures.js';
import { byClass, elements, parseXml } from './xml.js';

/** Everything the SVG says about boxes, lines, rules and connectors, as the model would write it. */
function fromModel(layout: SvgLayout): string[] {
  const out: string[] = [];
  for (const b of layout.boxes) {
    out.push(`box ${b.id} ${num(b.x)} ${num(b.y)} ${num(b.width)} ${num(b.height)} ${b.fill} ${b.stroke}`);
    for (const r of b.rules) out.push(`rule ${num(r.x1)} ${num(r.y)} ${num(r.x2)}`);
    for (const t of b.texts) {
      out.push(`text ${t.role} ${num(t.fontSize)} ${t.fontWeight} ${t.anchor} ${t.fill}`);
      for (const l of t.lines) out.push(`line ${num(l.x)} ${num(l.y)} ${l.text}`);
    }
  }
  for (const c of layout.connectors) out.push(`${c.kind} ${c.from} ${c.to} ${c.points.map(([x, y]) => `${num(x)},${num(y)}`).join(' ')}`);
  return out;
}

function fromSvg(svg: string): string[] {
  const root = parseXml(svg).documentElement!;
  const out: string[] = [];
  for (const g of byClass(root, 'result')) {
    const rect = byClass(g, 'box')[0]!;
    const a = (e: Element, name: string): string => e.getAttribute(name) ?? '';
    out.push(
      `box ${a(g, 'data-id')} ${a(rect, 'x')} ${a(rect, 'y')} ${a(rect, 'width')} ${a(rect, 'height')} ${a(rect, 'fill')} ${a(rect, 'stroke')}`,
    );
    for (const r of elements(g).filter((e) => e.tagName === 'line')) out.push(`rule ${a(r, 'x1')} ${a(r, 'y1')} ${a(r, 'x2')}`);
    for (const t of elements(g).filter((e) => e.tagName === 'text')) {
      out.push(
        `text ${a(t, 'class')} ${a(t, 'font-size')} ${a(t, 'font-weight') || 'normal'} ${a(t, 'text-anchor') || 'start'} ${a(t, 'fill')}`,
      );
      for (const l of elements(t).filter((e) => e.tagName === 'tspan')) out.push(`line ${a(l, 'x')} ${a(l, 'y')} ${l.textContent}`);
    }
  }
  for (const [kind, cls] of [
    ['primary', 'connectors'],
    ['crosscutting', 'crosscutting'],
  ] as const) {
    // The groups themselves (a legend item also has the class `crosscutting`).
    for (const group of elements(root).filter((e) => e.getAttribute('class') === cls)) {
      for (const p of elements(group).filter((e) => e.tagName === 'path')) {
        const points = (p.getAttribute('d') ?? '')
          .slice(1)
          .split('L')
          .map((xy) => xy.replace(' ', ','));
        out.push(`${kind} ${p.getAttribute('data-from')} ${p.getAttribute('data-to')} ${points.join(' ')}`);
      }
    }
  }
  return out;
}

type Element = ReturnType<typeof elements>[number];

const agree = (cascade: Cascade, options?: SvgOptions): void => {
  expect(fromSvg(renderSvg(cascade, options))).toEqual(fromModel(layoutCascade(cascade, options)));
};

describe('renderSvg and layoutCascade', () => {
  it('agree on every box, rule, line and connector of the BKPSDM example', () => {
    agree(bkpsdm());
    agree(bkpsdm(), { locale: 'en', stackLeaves: false, fontSize: 14.5, boxWidth: 250 });
  });

  it('agree on varied generated cascades (long words, markup, non-Latin text, crosscutting)', () => {
    for (const { cascade } of variedCascades(12)) agree(cascade);
  });
});
