// The hooks the viewer draws with: the `collapsed` option (folded subtrees are left out of the
// drawing, the rest stays sound) and serializeSvg (the drawing step on its own).
import { describe, expect, it } from 'vitest';
import { UsageError } from '@pokin/core';
import { generateCascade } from '@pokin/core/testing';
import { layoutCascade, renderSvg, serializeSvg, type LayoutBox } from '@pokin/svg';
import { bkpsdm } from './fixtures.js';

const overlap = (a: LayoutBox, b: LayoutBox): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the collapsed option', () => {
  it('draws a folded result but none of its descendants, nor connectors to them', () => {
    const c = bkpsdm();
    const folded = c.roots()[0]!.id;
    const kid = c.children(folded)[0]!.id;
    const layout = layoutCascade(c, { collapsed: [kid] });
    const hidden = new Set(c.descendants(kid).map((r) => r.id));
    expect(hidden.size).toBeGreaterThan(0);
    expect(layout.boxes.map((b) => b.id)).toEqual(
      c
        .results()
        .filter((r) => !hidden.has(r.id))
        .map((r) => r.id),
    );
    for (const k of layout.connectors) {
      expect(hidden.has(k.from)).toBe(false);
      expect(hidden.has(k.to)).toBe(false);
    }
    const svg = renderSvg(c, { collapsed: new Set([kid]) });
    for (const id of hidden) expect(svg).not.toContain(`data-id="${id}"`);
  });

  it('keeps a folded parent out of its siblings’ stacked column of leaves', () => {
    const c = bkpsdm();
    // Fold every immediate outcome: they become visible leaves, yet are not stacked.
    const immediate = c.atLevel('immediate-outcome').map((r) => r.id);
    const layout = layoutCascade(c, { collapsed: immediate });
    const boxes = layout.boxes.filter((b) => immediate.includes(b.id));
    expect(boxes).toHaveLength(immediate.length);
    expect(boxes.every((b) => !b.stacked)).toBe(true);
    // A result without children that is "collapsed" is still a leaf.
    const outputs = c.atLevel('output').map((r) => r.id);
    expect(layoutCascade(c, { collapsed: outputs }).boxes.filter((b) => b.stacked)).toHaveLength(outputs.length);
  });

  it('gives the same drawing for an empty set, unknown ids and no option', () => {
    const c = bkpsdm();
    expect(renderSvg(c, { collapsed: [] })).toBe(renderSvg(c));
    expect(renderSvg(c, { collapsed: ['nope'] })).toBe(renderSvg(c));
  });

  it('lays out a 2,000-result tree folded below depth 2 without overlaps', () => {
    const c = generateCascade({ results: 2000, seed: 7, maxChildren: 6 });
    const depth2 = c
      .roots()
      .flatMap((r) => c.children(r.id))
      .flatMap((r) => c.children(r.id));
    const layout = layoutCascade(c, { collapsed: depth2.map((r) => r.id) });
    expect(layout.boxes.length).toBeLessThan(200);
    const sorted = [...layout.boxes].sort((a, b) => a.x - b.x);
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length && sorted[j]!.x < sorted[i]!.x + sorted[i]!.width; j++)
        expect(overlap(sorted[i]!, sorted[j]!)).toBe(false);
  });

  it('rejects a value that is not an iterable', () => {
    expect(() => renderSvg(bkpsdm(), { collapsed: 5 as unknown as string[] })).toThrow(UsageError);
  });
});

describe('serializeSvg', () => {
  it('draws a layout exactly as renderSvg does', () => {
    const c = bkpsdm();
    const options = { locale: 'en' as const, collapsed: [c.roots()[0]!.id] };
    expect(serializeSvg(layoutCascade(c, options))).toBe(renderSvg(c, options));
    expect(serializeSvg(layoutCascade(c))).toBe(renderSvg(c));
  });
});
