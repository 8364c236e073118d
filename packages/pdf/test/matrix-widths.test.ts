/**
 * The matrix's column widths are not driven by one unbreakable token: an indicator written as one
 * 130-character word leaves every other column as wide as without it, and only that word is
 * broken, at its cell's width.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { resolvePdfOptions } from '../src/options.js';
import { wrapLines } from '../src/layout-source.js';
import { PAD } from '../src/tables/table-cell.js';
import { matrixTable } from '../src/tables/matrix.js';
import type { TableSpec } from '../src/tables/table.js';

const TEMPLATE = fileURLToPath(new URL('../../../examples/templat/pokin.yaml', import.meta.url));
const WIDTH = 786;
const TOKEN = `Persentase_${'x'.repeat(119)}`;

function table(long: boolean): TableSpec {
  const doc = parse(readFileSync(TEMPLATE, 'utf8')) as { results: { indicators?: { statement: string }[] }[] };
  if (long) doc.results[2]!.indicators![0]!.statement = TOKEN;
  const cascade = parseCascade(doc);
  return matrixTable(cascade, resolvePdfOptions({ paper: 'A4', orientation: 'landscape' }), WIDTH)!;
}

describe('matrix column widths', () => {
  it('caps the column of an over-long word and breaks no other word', () => {
    const plain = table(false).columns;
    const spec = table(true);
    const long = spec.columns;
    expect(long).toHaveLength(plain.length);
    expect(long.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(WIDTH + 0.01);
    const widest = Math.max(...long);
    expect(widest).toBeLessThanOrEqual(0.15 * WIDTH + 0.01);
    const at = long.indexOf(widest);
    for (const row of spec.rows)
      for (const cell of row)
        for (const p of cell.paras) {
          if (p.text === TOKEN) continue;
          const words = wrapLines(p.text, long[cell.column]! - 2 * PAD, p.size, p.bold === true).flatMap((l) => l.split(' '));
          expect(words, p.text).toEqual(p.text.split(/\s+/));
        }
    // The token breaks at the cell's width; an ordinary word in the same column does not.
    const lines = wrapLines(TOKEN, long[at]! - 2 * PAD, 7);
    expect(lines.join('')).toBe(TOKEN);
    expect(lines.length).toBeGreaterThan(2);
    expect(
      wrapLines('Meningkatnya kualitas pelayanan', long[at]! - 2 * PAD, 7)
        .join(' ')
        .split(' '),
    ).toContain('Meningkatnya');
  });
});
