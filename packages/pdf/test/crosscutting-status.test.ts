/**
 * Crosscutting links by status in the tree pages, on the canvas's own calls: a proposed link is
 * dotted with a legend entry of its own (as the SVG draws it), an accepted one dashed, a
 * rejected one not drawn and counted nowhere (no band for references, no legend entry, no
 * reference); a proposed link between two pages is marked in the references; the legend keeps
 * clear of the page number on a narrow page.
 */
import { describe, expect, it, vi } from 'vitest';
import { parseCascade } from '@pokin/core';
import { renderPdfWithPlan, type PdfOptions } from '@pokin/pdf';
import { Canvas } from '../src/draw/canvas.js';
import { measureText } from '../src/layout-source.js';
import { LABELS } from '../src/labels.js';
import { linkedTree } from '../../../test/support/crosscutting.js';

const PURPLE = '#7b3fa0';

const tree = (status: string) => parseCascade(linkedTree([{ to: 'C', status }]));

/**
 * A tree that an A4 portrait page at 11 points cannot hold: A, B and C on the first page, the
 * children of B and of C each on a page of their own, with B1 contributing to C across pages.
 */
const wide = (status: string) => {
  const results: Record<string, unknown>[] = [{ id: 'A', level: 'goal', statement: 'Meningkatnya A' }];
  for (const b of ['B', 'C']) {
    results.push({ id: b, level: 'ultimate-outcome', parent: 'A', statement: `Meningkatnya ${b}` });
    for (let i = 1; i <= 8; i++)
      results.push({
        id: `${b}${i}`,
        level: 'intermediate-outcome',
        parent: b,
        statement: `Meningkatnya kualitas layanan ${b}${i} yang panjang sekali`,
      });
  }
  results[2] = { ...results[2], contributesTo: [{ to: 'C', status }] };
  return parseCascade({ pokin: 1, title: 'T', results });
};
const WIDE = { paper: 'A4', orientation: 'portrait', minFontSize: 11 } as const;

const TREE_ONLY = { sections: { cover: false, context: false, csf: false, worksheet: false, matrix: false } } as const;

/** The crosscutting lines (dash of each: connectors have more than two points) and the texts drawn. */
function drawn(status: string, options: PdfOptions = {}, cascade = tree(status)) {
  const lines = vi.spyOn(Canvas.prototype, 'polyline');
  const texts = vi.spyOn(Canvas.prototype, 'text');
  const { plan } = renderPdfWithPlan(cascade, { ...TREE_ONLY, ...options });
  const purple = lines.mock.calls.filter(([, stroke]) => stroke === PURPLE);
  const out = {
    connectors: purple.filter(([pts]) => pts.length > 2).map(([, , , dash]) => dash),
    legend: purple.filter(([pts]) => pts.length === 2).map(([, , , dash]) => dash),
    texts: texts.mock.calls.map(([text, x, y, style]) => ({ text, x, y, size: style.size ?? 0 })),
    width: plan.pageSize[0],
    pages: plan.treePages.map((p) => ({ results: p.results.map((r) => r.id), height: p.area.height })),
  };
  vi.restoreAllMocks();
  return out;
}

describe('crosscutting status in the PDF tree', () => {
  it('draws a proposed link dotted, with its own legend entry in both languages', () => {
    const d = drawn('diusulkan');
    expect(d.connectors).toEqual([[0.9, 2.1]]);
    expect(d.legend).toContainEqual([0.9, 2.1]);
    expect(d.texts.map((t) => t.text)).toContain(LABELS.proposedLegend.id);
    expect(drawn('diusulkan', { locale: 'en' }).texts.map((t) => t.text)).toContain(LABELS.proposedLegend.en);
    // (the tree's only link is proposed: no dashed entry for accepted links it does not have)
    expect(d.legend).toEqual([[0.9, 2.1]]);
    expect(d.texts.map((t) => t.text)).not.toContain(LABELS.crosscuttingLegend.id);
  });

  it('draws an accepted link dashed, without the proposed entry; a rejected one not at all', () => {
    const d = drawn('disetujui');
    expect(d.connectors).toEqual([[4, 2.5]]);
    expect(d.texts.map((t) => t.text)).not.toContain(LABELS.proposedLegend.id);
    expect(drawn('ditolak').connectors).toEqual([]);
  });

  it('breaks the legend onto a second line rather than run into the page number on a portrait page', () => {
    for (const locale of ['id', 'en'] as const) {
      const d = drawn('diusulkan', { orientation: 'portrait', locale });
      const page = d.texts.find((t) => /^(?:Halaman|Page) \d/.test(t.text))!;
      const legend = d.texts.filter((t) => t.y === page.y || Object.values(LABELS.proposedLegend).includes(t.text));
      const right = d.width - 28 - measureText(page.text, page.size);
      for (const t of legend.filter((t) => t !== page)) expect(t.x + measureText(t.text, t.size)).toBeLessThan(right);
      expect(legend.find((t) => t.text === LABELS.proposedLegend[locale])!.y).toBeGreaterThan(page.y);
    }
  });

  it('counts a rejected link nowhere: no band for references, no legend entry, no reference', () => {
    const accepted = drawn('disetujui');
    const rejected = drawn('ditolak');
    expect(rejected.legend).toEqual([]);
    expect(rejected.texts.map((t) => t.text)).not.toContain(LABELS.crosscuttingLegend.id);
    // No band is kept for references: the tree has more room than with an accepted link.
    expect(rejected.pages[0]!.height).toBeGreaterThan(accepted.pages[0]!.height);
    const across = drawn('ditolak', WIDE, wide('ditolak'));
    expect(across.pages.length).toBeGreaterThan(1);
    expect(across.texts.filter((t) => t.text.startsWith(LABELS.crosscuttingRefs.id))).toEqual([]);
    expect(across.legend).toEqual([]);
  });

  it('marks a proposed link between two pages in the references, in both languages; an accepted one unmarked', () => {
    const refs = (status: string, locale: 'id' | 'en' = 'id') =>
      drawn(status, { ...WIDE, locale }, wide(status))
        .texts.map((t) => t.text)
        .filter((t) => t.startsWith(LABELS.crosscuttingRefs[locale]));
    const proposed = drawn('diusulkan', WIDE, wide('diusulkan'));
    expect(proposed.pages.map((p) => p.results[0])).toEqual(['A', 'B1', 'C1']);
    expect(refs('diusulkan')).toEqual([
      `${LABELS.crosscuttingRefs.id} B1 juga mendukung C (diusulkan) (hlm. 2)`,
      `${LABELS.crosscuttingRefs.id} B1 juga mendukung C (diusulkan) (hlm. 1)`,
    ]);
    expect(refs('diusulkan', 'en')[0]).toBe(`${LABELS.crosscuttingRefs.en} B1 also supports C (proposed) (p. 2)`);
    expect(refs('disetujui')[0]).toBe(`${LABELS.crosscuttingRefs.id} B1 juga mendukung C (hlm. 2)`);
  });
});
