/**
 * The checks every printed tree must pass, shared by the example, generated and property tests:
 * what the plan says (every result a full box on exactly one page, no text under the minimum,
 * boxes on the page and apart), and what the real clients read back.
 */
import { expect } from 'vitest';
import type { Cascade } from '@pokin/core';
import type { PdfPlan } from '@pokin/pdf';
import { pdfWords, rasterise, squash, textOfFullBoxes, type Word } from './support.js';

/** The plan's own guarantees: one full box per result, text at least `min` points, boxes inside their area and apart. */
export function checkPlan(cascade: Cascade, plan: PdfPlan, min = 7): void {
  const full = new Map<string, number>();
  for (const p of plan.treePages) {
    expect(p.smallestText, `page ${p.number}: smallest text`).toBeGreaterThanOrEqual(min - 1e-6);
    const a = p.area;
    for (const b of p.boxes) {
      if (b.kind === 'full') full.set(b.id, (full.get(b.id) ?? 0) + 1);
      expect(b.x, `page ${p.number}: ${b.id} left`).toBeGreaterThanOrEqual(a.left - 0.01);
      expect(b.y, `page ${p.number}: ${b.id} top`).toBeGreaterThanOrEqual(a.top - 0.01);
      expect(b.x + b.width, `page ${p.number}: ${b.id} right`).toBeLessThanOrEqual(a.left + a.width + 0.01);
      expect(b.y + b.height, `page ${p.number}: ${b.id} bottom`).toBeLessThanOrEqual(a.top + a.height + 0.01);
    }
    // Pairs are many (every two boxes of a column): the overlaps are collected and asserted once,
    // as one expect per pair cost seconds of CPU on a 1,000-result tree.
    const overlaps: string[] = [];
    const sorted = [...p.boxes].sort((x, y) => x.x - y.x);
    for (let i = 0; i < sorted.length; i++) {
      const x = sorted[i]!;
      for (let j = i + 1; j < sorted.length && sorted[j]!.x < x.x + x.width - 0.01; j++) {
        const y = sorted[j]!;
        const apart = y.y >= x.y + x.height - 0.01 || x.y >= y.y + y.height - 0.01;
        if (!apart) overlaps.push(`page ${p.number}: ${x.id} and ${y.id} overlap`);
      }
    }
    expect(overlaps).toEqual([]);
  }
  for (const r of cascade.results()) expect(full.get(r.id), `full boxes of ${r.id}`).toBe(1);
}

/** pdftotext finds each result's statement and each of its indicators exactly once in its full box. */
export function checkTextInBoxes(
  cascade: Cascade,
  plan: PdfPlan,
  path: string,
  words: readonly Word[] = pdfWords(path),
  indicators = true,
): void {
  const text = textOfFullBoxes(plan, words);
  const count = (hay: string, needle: string): number => hay.split(needle).length - 1;
  for (const r of cascade.results()) {
    const boxes = text.get(r.id) ?? [];
    expect(boxes, `full boxes of ${r.id}`).toHaveLength(1);
    const box = squash(boxes[0]!);
    expect(count(box, squash(r.statement)), `statement of ${r.id} in its box: ${box}`).toBe(1);
    if (!indicators) continue;
    for (const ind of r.indicators)
      expect(count(box, squash(ind.statement)), `IK "${ind.statement}" of ${r.id} in: ${box}`).toBeGreaterThanOrEqual(1);
    // Each IK line once: the box holds as many "IK:" prefixes as the result has indicators.
    expect(count(box, 'IK:') + count(box, 'KPI:'), `IK lines of ${r.id}`).toBe(r.indicators.length);
  }
}

/** No two words pdftotext reads on a tree page overlap (text never runs into other text). */
export function checkWordsApart(plan: PdfPlan, words: readonly Word[]): void {
  const pages = new Set(plan.treePages.map((p) => p.number));
  const byPage = new Map<number, Word[]>();
  for (const w of words) if (pages.has(w.page)) (byPage.get(w.page) ?? byPage.set(w.page, []).get(w.page)!).push(w);
  // Collected and asserted once: one expect per pair of words cost seconds of CPU.
  const overlaps: string[] = [];
  for (const [page, list] of byPage) {
    list.sort((a, b) => a.xMin - b.xMin);
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      for (let j = i + 1; j < list.length && list[j]!.xMin < a.xMax - 0.5; j++) {
        const b = list[j]!;
        const overlapY = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        if (overlapY > 1) overlaps.push(`page ${page}: "${a.text}" and "${b.text}" overlap`);
      }
    }
  }
  expect(overlaps).toEqual([]);
}

/**
 * Rendered by pdftoppm, every page but the cover keeps a blank strip along its edges: nothing
 * is drawn off the page or into the outer margin.
 */
export function checkMarginsBlank(plan: PdfPlan, path: string, strip = 18, dpi = 36): void {
  const pages = rasterise(path, dpi);
  expect(pages).toHaveLength(plan.pageCount);
  pages.forEach((img, i) => {
    if (plan.sections[i] === 'cover') return;
    const k = Math.ceil((strip * dpi) / 72);
    let dark = 0;
    for (let y = 0; y < img.height; y++) {
      for (let x = 0; x < img.width; x++) {
        if (x >= k && x < img.width - k && y >= k && y < img.height - k) continue;
        if (img.pixels[y * img.width + x]! < 200) dark++;
      }
    }
    expect(dark, `page ${i + 1}: pixels drawn in the outer margin`).toBe(0);
  });
}
