// The layout model: sizes from wrapped text, rows, stacked leaves, connectors, no overlaps.
import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { generateCascade } from '@pokin/core/testing';
import { arimoMeasurer, layoutCascade, type LayoutBox, type SvgLayout } from '@pokin/svg';
import { bkpsdm, variedCascades } from './fixtures.js';

const overlap = (a: LayoutBox, b: LayoutBox): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function assertSound(layout: SvgLayout): void {
  const sorted = [...layout.boxes].sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    expect(a.x).toBeGreaterThanOrEqual(0);
    expect(a.y).toBeGreaterThanOrEqual(0);
    expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
    expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
    for (let j = i + 1; j < sorted.length && sorted[j]!.x < a.x + a.width; j++)
      expect(overlap(a, sorted[j]!), `${a.id} / ${sorted[j]!.id}`).toBe(false);
    for (const t of a.texts) {
      for (const line of t.lines) {
        const w = arimoMeasurer.measure(line.text, t.fontSize, t.fontWeight);
        const left = t.anchor === 'middle' ? line.x - w / 2 : line.x;
        expect(left).toBeGreaterThanOrEqual(a.x);
        expect(left + w).toBeLessThanOrEqual(a.x + a.width);
        expect(line.y - t.fontSize).toBeGreaterThanOrEqual(a.y);
        expect(line.y + t.fontSize * 0.25).toBeLessThanOrEqual(a.y + a.height);
      }
    }
  }
}

describe('layoutCascade', () => {
  it('lays out BKPSDM at most 2,500 px wide, with the outputs of each parent stacked', () => {
    const layout = layoutCascade(bkpsdm());
    expect(layout.width).toBeLessThanOrEqual(2500);
    expect(layout.boxes).toHaveLength(31);
    const outputs = layout.boxes.filter((b) => b.level === 'output');
    expect(outputs).toHaveLength(20);
    expect(outputs.every((b) => b.stacked)).toBe(true);
    // Four columns of outputs: one per immediate outcome.
    expect(new Set(outputs.map((b) => Math.round(b.x))).size).toBe(4);
    assertSound(layout);
  });

  it('puts the leaves side by side when stackLeaves is off', () => {
    const stacked = layoutCascade(bkpsdm());
    const wide = layoutCascade(bkpsdm(), { stackLeaves: false });
    expect(wide.boxes.some((b) => b.stacked)).toBe(false);
    expect(wide.width).toBeGreaterThan(stacked.width * 2);
    assertSound(wide);
  });

  it('aligns the boxes of one depth in a row of equal height', () => {
    const layout = layoutCascade(bkpsdm());
    const rows = new Map<number, Set<number>>();
    for (const b of layout.boxes.filter((x) => !x.stacked)) {
      const s = rows.get(Math.round(b.y)) ?? new Set<number>();
      s.add(Math.round(b.height));
      rows.set(Math.round(b.y), s);
    }
    expect(rows.size).toBe(4);
    for (const heights of rows.values()) expect(heights.size).toBe(1);
  });

  it('sizes boxes from the wrapped text: a longer statement makes a taller box', () => {
    const doc = (statement: string) => parseCascade({ pokin: 1, title: 'T', results: [{ id: 'G', level: 'goal', statement }] });
    const short = layoutCascade(doc('Meningkatnya Kinerja')).boxes[0]!;
    const long = layoutCascade(doc('Meningkatnya Kinerja '.repeat(20))).boxes[0]!;
    expect(long.height).toBeGreaterThan(short.height);
    expect(long.width).toBe(short.width);
  });

  it('draws one primary connector per parent-child link and a dashed one per contributesTo', () => {
    const c = generateCascade({ results: 120, crosscutting: 0.1, seed: 7 });
    const layout = layoutCascade(c);
    const primary = layout.connectors.filter((k) => k.kind === 'primary');
    const cross = layout.connectors.filter((k) => k.kind === 'crosscutting');
    expect(primary).toHaveLength(c.results().filter((r) => r.parent !== null).length);
    expect(cross).toHaveLength(c.results().reduce((n, r) => n + r.contributesTo.length, 0));
    expect(cross.length).toBeGreaterThan(0);
    for (const k of layout.connectors) {
      // Orthogonal: every segment is horizontal or vertical.
      for (let i = 1; i < k.points.length; i++) {
        const [x0, y0] = k.points[i - 1]!;
        const [x1, y1] = k.points[i]!;
        expect(x0 === x1 || y0 === y1).toBe(true);
      }
    }
    assertSound(layout);
  });

  it('keeps boxes apart and text inside them for varied generated cascades', () => {
    for (const { cascade } of variedCascades(10)) assertSound(layoutCascade(cascade));
  });

  it('handles a single result and many roots', () => {
    assertSound(layoutCascade(parseCascade({ pokin: 1, title: 'T', results: [{ id: 'G', level: 'goal', statement: 'S' }] })));
    const roots = parseCascade({
      pokin: 1,
      title: 'T',
      results: Array.from({ length: 5 }, (_, i) => ({ id: `G${i}`, level: 'goal', statement: `Root ${i}` })),
    });
    const layout = layoutCascade(roots);
    expect(new Set(layout.boxes.map((b) => b.y)).size).toBe(1);
    assertSound(layout);
  });
});

describe('very deep trees', () => {
  const chain = (n: number) =>
    parseCascade({
      pokin: 1,
      title: 'deep',
      levels: Array.from({ length: n }, (_, i) => ({ key: `L${i}`, label: { id: `L${i}`, en: `L${i}` }, tier: 'taktis' as const })),
      results: Array.from({ length: n }, (_, i) => ({
        id: `R${i}`,
        level: `L${i}`,
        statement: `S ${i}`,
        ...(i ? { parent: `R${i - 1}` } : {}),
      })),
    });
  it('draws a chain of 500 levels', () => {
    expect(layoutCascade(chain(500)).boxes).toHaveLength(500);
  });
  it('refuses a chain deeper than MAX_LAYOUT_DEPTH with a clear error instead of a stack overflow', () => {
    expect(() => layoutCascade(chain(1200))).toThrow(/@pokin\/svg layoutCascade: the tree is more than 1000 levels deep/);
  });
});
