// The viewer's pure parts: the tree index, folding, visible items, search; the view arithmetic;
// the options; the words in both languages.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { UsageError, achievement, parseCascade } from '@pokin/core';
import { capaianDocument } from '../../../test/support/capaian-document.js';
import { generateCascade } from '@pokin/core/testing';
import { collapseBelow, indexTree, reveal, search, subtreeParents, visibleItems } from '../src/tree.js';
import { fitView, keepInView, zoomAt } from '../src/viewport.js';
import { resolveViewerOptions } from '../src/options.js';
import { wordsFor } from '../src/words.js';

const cascade = generateCascade({ results: 500, seed: 11, maxChildren: 5, indicatorsPerResult: 1 });
const tree = indexTree(cascade);

describe('the tree index', () => {
  it('has every result once, in pre-order, with depths and descendant counts as the cascade has', () => {
    expect(new Set(tree.preorder).size).toBe(cascade.size);
    for (const id of tree.preorder.slice(0, 100)) {
      expect(tree.depth.get(id)).toBe(cascade.depth(id));
      expect(tree.descendants.get(id)).toBe(
        cascade.descendants(id).filter((d) => cascade.pathToRoot(d.id).some((a) => a.id === id)).length,
      );
    }
  });

  it('folds below a depth, shows the unfolded part in pre-order, and reveals a deep result', () => {
    const folded = collapseBelow(tree, 2);
    const items = visibleItems(tree, folded);
    expect(items.every((i) => i.level <= 2)).toBe(true);
    expect(items.map((i) => i.id)).toEqual(tree.preorder.filter((id) => tree.depth.get(id)! < 2));
    const deep = tree.preorder.find((id) => tree.depth.get(id) === 4)!;
    expect(reveal(tree, folded, deep)).toBe(true);
    expect(visibleItems(tree, folded).some((i) => i.id === deep)).toBe(true);
    expect(collapseBelow(tree, Infinity).size).toBe(0);
    const root = tree.roots[0]!;
    expect(subtreeParents(tree, root).every((id) => tree.kids.has(id))).toBe(true);
  });

  it('gives tree-view positions: set size and position among siblings', () => {
    for (const i of visibleItems(tree, new Set())) {
      const siblings = i.parent === null ? tree.roots : tree.kids.get(i.parent)!;
      expect(i.setSize).toBe(siblings.length);
      expect(siblings[i.position - 1]).toBe(i.id);
    }
  });

  it('searches ids, statements and indicators, ignoring case and diacritics', () => {
    const r = cascade.results()[42]!;
    expect(search(tree, r.id)).toContain(r.id);
    const words = r.statement.split(' ').slice(0, 2).join(' ').toUpperCase();
    expect(search(tree, words)).toContain(r.id);
    expect(search(tree, '   ')).toEqual([]);
    const t = indexTree(
      parseCascade({
        pokin: 1,
        title: 'T',
        results: [{ id: 'A', level: 'goal', statement: 'Meningkatnya Kualitas Pelayanan Publik Kecamatan' }],
      }),
    );
    expect(search(t, 'KUALITAS pelayanan')).toEqual(['A']);
    expect(search(t, 'kualitás')).toEqual(['A']);
  });
});

describe('the view', () => {
  it('fits a drawing in the stage, never enlarging it', () => {
    const v = fitView({ x: 0, y: 0, width: 2000, height: 1000 }, { width: 1000, height: 600 }, 0.05, 4);
    expect(v.scale).toBeCloseTo((1000 - 32) / 2000);
    expect(fitView({ x: 0, y: 0, width: 100, height: 100 }, { width: 1000, height: 600 }, 0.05, 4).scale).toBe(1);
  });

  it('zooms around a point that stays still, within the limits', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 0, max: 500 }),
        (f, px, py) => {
          const v = { scale: 0.5, x: 30, y: -20 };
          const z = zoomAt(v, f, px, py, 0.05, 4);
          const worldX = (px - v.x) / v.scale;
          expect(worldX * z.scale + z.x).toBeCloseTo(px, 6);
          expect(z.scale).toBeGreaterThanOrEqual(0.05);
          expect(z.scale).toBeLessThanOrEqual(4);
        },
      ),
    );
  });

  it('moves a rectangle into the stage with the smallest pan', () => {
    const v = keepInView({ scale: 1, x: 0, y: 0 }, { x: 1500, y: 10, width: 200, height: 100 }, { width: 1000, height: 600 });
    expect(1500 + v.x + 200).toBeLessThanOrEqual(1000 - 24 + 1e-9);
    expect(v.y).toBe(14);
  });
});

describe('options and words', () => {
  it('applies defaults and rejects mistakes with a UsageError', () => {
    const s = resolveViewerOptions();
    expect([s.locale, s.collapseDepth, s.findings, s.panel, s.toolbar]).toEqual(['id', 'auto', 'review', true, true]);
    expect(() => resolveViewerOptions({ locale: 'fr' as 'id' })).toThrow(UsageError);
    expect(() => resolveViewerOptions({ collapseDepth: 0 })).toThrow(UsageError);
    expect(resolveViewerOptions({ capaian: { A: 80 } }).capaian!({ id: 'A' } as never)).toBe(80);
    expect(resolveViewerOptions({ capaian: new Map([['A', 95]]) }).capaian!({ id: 'A' } as never)).toBe(95);
    expect(resolveViewerOptions({ capaian: { A: 80 } }).capaian!({ id: 'toString' } as never)).toBeUndefined();
    // The report of achievement() from @pokin/core.
    const c = parseCascade(capaianDocument());
    const report = achievement(c, { year: 2025 });
    const g1 = report.result('G1')!.percent;
    expect(g1).toBeGreaterThan(0);
    expect(resolveViewerOptions({ capaian: report }).capaian!(c.result('G1')!)).toBe(g1);
  });

  it('has every word in Indonesian and English, and they differ', () => {
    const id = wordsFor('id');
    const en = wordsFor('en');
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    expect(id.fit).toBe('Paskan ke layar');
    expect(en.fit).toBe('Fit to screen');
    expect(id.matches(12, 1)).toBe('1 dari 12 hasil');
  });
});
