/**
 * Property: every generated cascade yields a well-formed worksheet table: every body row is as
 * wide as the header once rowspans and colspans are counted, no cells overlap, one row per leaf
 * of the layout tree, each result once as a primary cell and once more per crosscutting parent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import type { Cascade } from '@pokin/core';
import { generateCascade } from '@pokin/core/testing';
import { renderHtml } from '@pokin/html';
import type { HtmlUnusedLevels } from '@pokin/html';
import { validDocumentArbitrary } from '../../../test/support/arbitraries.js';
import { readGrid } from './support.js';

/** Rows of the layout: a leaf or a crosscutting copy takes one. */
function expectedRowCount(c: Cascade): number {
  let rows = 0;
  for (const r of c.results()) {
    const kids = c.children(r.id);
    if (kids.length === 0) rows += 1;
    for (const k of kids) if (k.parent !== r.id) rows += 1;
  }
  return rows;
}

function checkTable(c: Cascade, hide: HtmlUnusedLevels): void {
  const html = renderHtml(c, { sections: { context: false, csf: false, review: false }, hideUnusedLevels: hide });
  const grid = readGrid(html, 'worksheet');
  const headerWidth = (html.match(/<th scope="col" class="tier-[a-z]+" data-level=/g) ?? []).length;
  expect(headerWidth).toBeGreaterThan(0);
  expect(grid.overlaps).toBe(0);
  expect(new Set(grid.widths)).toEqual(new Set([headerWidth]));
  expect(grid.rows).toBe(expectedRowCount(c));
  // Rowspans never reach past the table.
  for (const cell of grid.cells) expect(cell.row + cell.rowspan).toBeLessThanOrEqual(grid.rows);
  const primary = new Map<string, number>();
  const copies = new Map<string, number>();
  for (const cell of grid.cells) {
    const id = cell.attributes['data-result'];
    if (id === undefined) continue;
    const bag = cell.attributes['data-crosscutting'] === undefined ? primary : copies;
    bag.set(id, (bag.get(id) ?? 0) + 1);
  }
  for (const r of c.results()) {
    expect(primary.get(r.id), r.id).toBe(1);
    const crossParents = new Set(r.contributesTo.filter((p) => p !== r.parent)).size;
    expect(copies.get(r.id) ?? 0, r.id).toBe(crossParents);
  }
}

describe('worksheet table structure', () => {
  it('holds for arbitrary valid documents (any scheme, crosscutting, hostile text)', () => {
    fc.assert(
      fc.property(validDocumentArbitrary({ maxResults: 30 }), fc.constantFrom<HtmlUnusedLevels>('optional', 'all', 'none'), (doc, hide) => {
        checkTable(parseCascade(doc), hide);
      }),
      { numRuns: 150 },
    );
  });

  it('holds for generated cascades of every shape', () => {
    fc.assert(
      fc.property(
        fc.record({
          results: fc.integer({ min: 1, max: 400 }),
          seed: fc.integer({ min: 1, max: 1_000_000 }),
          maxChildren: fc.integer({ min: 1, max: 8 }),
          crosscutting: fc.double({ min: 0, max: 0.5, noNaN: true }),
          optionalLevels: fc.double({ min: 0, max: 1, noNaN: true }),
          levels: fc.constantFrom('permenpan-89' as const, 'renstra' as const),
        }),
        fc.constantFrom<HtmlUnusedLevels>('optional', 'all', 'none'),
        (options, hide) => {
          checkTable(generateCascade({ ...options, maxResultsPerRoot: 150 }), hide);
        },
      ),
      { numRuns: 40 },
    );
  });
});
