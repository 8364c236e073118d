/**
 * What a person sees in Chromium: the worksheet's geometry, read from the rendered page (not the
 * HTML string). Every result's cell spans exactly the rows of its leaves.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cascade, ResultDocument } from '@pokin/core';
import { generateCascade } from '@pokin/core/testing';
import { renderHtml } from '@pokin/html';
import { sharedBrowser } from '../../../test/support/browser.js';
import { skipWithoutChromium } from '../../../test/support/env.js';
import { bkpsdm, cascadeOf } from './support.js';

interface Geometry {
  /** Top and bottom of each body row, in order. */
  readonly rows: { top: number; bottom: number }[];
  /** For each primary result cell: its id, top, bottom, and the body row index holding each leaf's cell. */
  readonly cells: { id: string; top: number; bottom: number; row: number }[];
}

async function geometry(page: Page, html: string): Promise<Geometry> {
  await page.setContent(html, { waitUntil: 'load' });
  return page.evaluate(() => {
    const table = document.querySelector('table.worksheet')!;
    const trs = [...table.querySelectorAll('tbody > tr')];
    const rows = trs.map((tr) => {
      const r = tr.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    const cells = [...table.querySelectorAll('tbody td[data-result]:not([data-crosscutting])')].map((td) => {
      const r = td.getBoundingClientRect();
      return { id: td.getAttribute('data-result')!, top: r.top, bottom: r.bottom, row: trs.indexOf(td.parentElement!) };
    });
    return { rows, cells };
  });
}

/** Checks that each result's cell runs from the top of its first leaf's row to the bottom of its last leaf's row. */
function expectCellsSpanTheirLeaves(c: Cascade, g: Geometry): void {
  const rowOf = new Map(g.cells.map((cell) => [cell.id, cell.row]));
  expect(g.cells.map((cell) => cell.id).sort()).toEqual(
    c
      .results()
      .map((r) => r.id)
      .sort(),
  );
  for (const cell of g.cells) {
    const leafRows = c.leaves(cell.id).map((leaf) => rowOf.get(leaf.id)!);
    const first = g.rows[Math.min(...leafRows)]!;
    const last = g.rows[Math.max(...leafRows)]!;
    expect(Math.abs(cell.top - first.top), `${cell.id} top`).toBeLessThanOrEqual(1);
    expect(Math.abs(cell.bottom - last.bottom), `${cell.id} bottom`).toBeLessThanOrEqual(1);
    // The leaves' rows are contiguous: the cell covers them and nothing else.
    expect(Math.max(...leafRows) - Math.min(...leafRows) + 1, `${cell.id} rows`).toBe(leafRows.length);
  }
}

describe.skipIf(skipWithoutChromium())(
  'in headless Chromium [skipped: chromium not found; set POKIN_REQUIRE_BROWSER=1 to require it]',
  () => {
    let page: Page;

    beforeAll(async () => {
      page = await (await sharedBrowser()).newPage({ viewport: { width: 1400, height: 900 } });
    });

    afterAll(async () => {
      await page?.close();
    });

    it('the BKPSDM worksheet has 20 body rows and every result cell spans exactly the rows of its leaves', async () => {
      const c = bkpsdm();
      const g = await geometry(page, renderHtml(c));
      expect(g.rows).toHaveLength(20);
      expect(g.cells).toHaveLength(31);
      expectCellsSpanTheirLeaves(c, g);
      // The rows stack without gaps or overlaps.
      for (let i = 1; i < g.rows.length; i++) expect(Math.abs(g.rows[i]!.top - g.rows[i - 1]!.bottom)).toBeLessThanOrEqual(1);
    });

    it('the same holds in English, in a fragment, and for generated cascades with optional levels', async () => {
      const b = bkpsdm();
      expectCellsSpanTheirLeaves(b, await geometry(page, renderHtml(b, { locale: 'en', fragment: true })));
      const c = generateCascade({ results: 150, seed: 5, crosscutting: 0, optionalLevels: 0.4 });
      const g = await geometry(page, renderHtml(c, { sections: { context: false, csf: false, review: false } }));
      expect(g.rows).toHaveLength(c.leaves().length);
      expectCellsSpanTheirLeaves(c, g);
    });

    it('shows a crosscutting copy in one row under its second parent', async () => {
      const c = generateCascade({ results: 120, seed: 3, crosscutting: 0.2 });
      const html = renderHtml(c, { sections: { context: false, csf: false, review: false } });
      await page.setContent(html);
      const copies = await page.$$eval('td[data-crosscutting]', (tds) =>
        tds.map((td) => {
          const r = td.getBoundingClientRect();
          const row = td.parentElement!.getBoundingClientRect();
          return { top: r.top - row.top, bottom: r.bottom - row.bottom, mark: td.querySelector('.mark')!.textContent };
        }),
      );
      expect(copies.length).toBeGreaterThan(0);
      for (const copy of copies) {
        expect(Math.abs(copy.top)).toBeLessThanOrEqual(1);
        expect(Math.abs(copy.bottom)).toBeLessThanOrEqual(1);
        expect(copy.mark).toBe('\u2197 lintas');
      }
    });

    it('keeps a result taller than 65,534 rows (the rowspan Chromium honours) in its column, continued below', async () => {
      const results: ResultDocument[] = [{ id: 'G1', level: 'goal', statement: 'Goal' }];
      for (let i = 0; i < 65_600; i++) results.push({ id: `U${i}`, level: 'ultimate-outcome', statement: 'u', parent: 'G1' });
      const html = renderHtml(cascadeOf(results), { sections: { context: false, csf: false, review: false }, hideUnusedLevels: 'all' });
      await page.setContent(html);
      const seen = await page.evaluate(() => {
        const box = (el: Element) => el.getBoundingClientRect();
        const trs = [...document.querySelectorAll('table.worksheet tbody > tr')];
        const g1 = [...document.querySelectorAll('td[data-result="G1"]')].map((td) => ({
          left: box(td).left,
          top: box(td).top,
          bottom: box(td).bottom,
          row: trs.indexOf(td.parentElement!),
        }));
        const last = document.querySelector('td[data-result="U65599"]')!;
        const first = document.querySelector('td[data-result="U0"]')!;
        return {
          g1,
          lastLeft: box(last).left,
          firstLeft: box(first).left,
          lastBottom: box(trs.at(-1)!).bottom,
          firstTop: box(trs[0]!).top,
          rows: trs.length,
        };
      });
      expect(seen.rows).toBe(65_600);
      // Every leaf stays in the second column: the last one too, after the first part of G1 ends.
      expect(seen.lastLeft).toBe(seen.firstLeft);
      expect(seen.g1.map((c) => c.row)).toEqual([0, 65_534]);
      expect(seen.g1[1]!.left).toBe(seen.g1[0]!.left);
      expect(Math.abs(seen.g1[0]!.top - seen.firstTop)).toBeLessThanOrEqual(1);
      expect(Math.abs(seen.g1[1]!.top - seen.g1[0]!.bottom)).toBeLessThanOrEqual(1);
      expect(Math.abs(seen.g1[1]!.bottom - seen.lastBottom)).toBeLessThanOrEqual(1);
    });
  },
);
