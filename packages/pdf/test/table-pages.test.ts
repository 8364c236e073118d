/**
 * Table pagination, on a canvas that only records what is written where: a cell spanning rows
 * (a result over its indicator rows) never has its statement cut at a page's foot, and a
 * paragraph (one indicator) is never split over two pages.
 */
import { describe, expect, it } from 'vitest';
import type { Canvas } from '../src/draw/canvas.js';
import { drawTable, type Cell, type TableSpec } from '../src/tables/table.js';

interface Written {
  readonly page: number;
  readonly text: string;
}

/** A table drawn on pages 200 points tall; the texts written, page by page. */
function draw(spec: TableSpec, top = 20): Written[] {
  const out: Written[] = [];
  let page = 1;
  const fake = {
    tag: () => ({}),
    mark: (_t: unknown, f: () => void) => f(),
    tagged: (_t: unknown, _p: unknown, f: () => void) => f(),
    artifact: (f: () => void) => f(),
    endTag: () => undefined,
    rect: () => undefined,
    text: (text: string) => out.push({ page, text }),
  } as unknown as Canvas;
  drawTable(fake, spec, {
    left: 0,
    top,
    bottom: 200,
    newPage: () => {
      page++;
      return 0;
    },
  });
  return out;
}

const para = (text: string, heading = false) => ({ text, size: 8, heading });
const words = (prefix: string, n: number): string => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');
/** Pages of the lines that have a word starting with `prefix`. */
const pagesOf = (w: Written[], prefix: string): number[] => [
  ...new Set(w.filter((x) => x.text.split(' ').some((word) => word.startsWith(prefix))).map((x) => x.page)),
];

describe('table pagination', () => {
  it('moves a result to the next page rather than cut its statement mid-line', () => {
    const rows: Cell[][] = [
      [
        { column: 0, paras: [para('baris1')] },
        { column: 1, paras: [para('isi')] },
      ],
      [
        { column: 0, rowspan: 2, paras: [para(words('kata', 12), true)] },
        { column: 1, paras: [para('iksatu')] },
      ],
      [{ column: 1, paras: [para('ikdua')] }],
    ];
    // Below the first row there is no room for the statement's six lines.
    const w = draw({ columns: [60, 60], header: [], rows, continued: '(lanjutan)' }, 140);
    expect(pagesOf(w, 'baris1')).toEqual([1]);
    expect(pagesOf(w, 'kata')).toEqual([2]);
    expect(pagesOf(w, 'iksatu')).toEqual([2]);
  });

  it('keeps each paragraph of a cell on one page, the heading and "IK:" repeated on each part', () => {
    const paras = [
      para('IO1 Meningkatnya kinerja', true),
      para('IK:', true),
      ...Array.from({ length: 12 }, (_, n) => ({ text: words(`i${n}x`, 14), size: 8, indent: 8, marker: '•' })),
    ];
    const rows: Cell[][] = Array.from({ length: 6 }, (_, r) => [
      ...(r === 0 ? [{ column: 0, rowspan: 6, paras }] : []),
      { column: 1, paras: [para(`baris${r}`)] },
    ]);
    const header = [[{ column: 0, paras: [para('Kinerja')] }]];
    const w = draw({ columns: [90, 40], header, rows, continued: '(lanjutan)' });
    const all = [...new Set(w.map((x) => x.page))];
    expect(all.length).toBeGreaterThan(2);
    for (let n = 0; n < 12; n++) expect(pagesOf(w, `i${n}x`), `IK ${n}`).toHaveLength(1);
    for (const p of all) {
      expect(pagesOf(w, 'IK:')).toContain(p);
      expect(pagesOf(w, 'IO1')).toContain(p);
    }
  });
});
