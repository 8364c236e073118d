import { describe, expect, it } from 'vitest';
import { TIER_LABELS } from '@pokin/core';
import type { Cascade, ResultDocument } from '@pokin/core';
import { HTML_LABELS, renderHtml } from '@pokin/html';
import { generateCascade } from '@pokin/core/testing';
import { layoutWorksheet } from '../src/sections/worksheet-layout.js';
import { bkpsdm, cascadeOf, readGrid } from './support.js';

const worksheetOnly = { sections: { context: false, csf: false, review: false } } as const;

/** Rows a result's primary cell must span: one per leaf below it, a crosscutting child counting one. */
function expectedRows(c: Cascade, id: string): number {
  const kids = c.children(id);
  if (kids.length === 0) return 1;
  return kids.reduce((sum, k) => sum + (k.parent === id ? expectedRows(c, k.id) : 1), 0);
}

/** The results of the crosscutting fixture, permenpan-89. */
function crossDoc(): ResultDocument[] {
  return [
    { id: 'G1', level: 'goal', statement: 'Goal' },
    { id: 'UO1', level: 'ultimate-outcome', statement: 'UO one', parent: 'G1' },
    { id: 'IO1', level: 'intermediate-outcome', statement: 'IO one', parent: 'UO1' },
    { id: 'IM1', level: 'immediate-outcome', statement: 'IM one', parent: 'IO1' },
    { id: 'OP1', level: 'output', statement: 'Output one', parent: 'IM1', indicators: [{ statement: 'Jumlah satu' }] },
    { id: 'OP2', level: 'output', statement: 'Output two', parent: 'IM1' },
    { id: 'UO2', level: 'ultimate-outcome', statement: 'UO two', parent: 'G1' },
    { id: 'IO2', level: 'intermediate-outcome', statement: 'IO two', parent: 'UO2' },
    { id: 'IM2', level: 'immediate-outcome', statement: 'IM two', parent: 'IO2' },
    {
      id: 'OP3',
      level: 'output',
      statement: 'Output three',
      parent: 'IM2',
      contributesTo: ['IM1'],
      indicators: [{ statement: 'Jumlah tiga' }],
    },
  ];
}

describe('the BKPSDM worksheet', () => {
  const c = bkpsdm();
  const html = renderHtml(c, worksheetOnly);
  const grid = readGrid(html, 'worksheet');

  it('has one body row per output (20) and 5 columns (the unused optional outcome level hidden)', () => {
    expect(grid.rows).toBe(20);
    expect(grid.widths).toEqual(new Array(20).fill(5));
    expect(grid.overlaps).toBe(0);
  });

  it('gives every result one cell whose rowspan is the number of its leaves', () => {
    const resultCells = grid.cells.filter((cell) => cell.attributes['data-result'] !== undefined);
    expect(resultCells.map((cell) => cell.attributes['data-result'])).toEqual(c.results().map((r) => r.id));
    for (const cell of resultCells) {
      const id = cell.attributes['data-result']!;
      expect(cell.rowspan, id).toBe(c.leaves(id).length);
      expect(cell.column, id).toBe(
        ['goal', 'ultimate-outcome', 'intermediate-outcome', 'immediate-outcome', 'output'].indexOf(c.result(id)!.level),
      );
    }
  });

  it('groups the level headers under tier headers from TIER_LABELS', () => {
    expect(html).toContain(`<th scope="col" class="tier-strategis">${TIER_LABELS.strategis.id}</th>`);
    expect(html).toContain(`<th scope="colgroup" colspan="2" class="tier-taktis">${TIER_LABELS.taktis.id}</th>`);
    expect(html).toContain('<colgroup span="2" class="tier-taktis"></colgroup>');
    expect(html).toMatch(/<th scope="col" class="tier-operasional" data-level="output">Output<\/th>/);
    expect(html).not.toContain('data-level="outcome"');
  });

  it('lists the indicators inside the result cell after an "IK:" label', () => {
    const g1 = html.slice(html.indexOf('id="pokin-r-G1"'), html.indexOf('</td>', html.indexOf('id="pokin-r-G1"')));
    expect(g1).toContain('<p class="statement">Meningkatnya Kualitas Tata Kelola Manajemen ASN</p>');
    expect(g1).toContain('<p class="ik-label">IK:</p><ul class="ik"><li>Hasil Penilaian Mandiri Penerapan Sistem Merit</li>');
    expect(g1.match(/<li>/g)).toHaveLength(4);
  });

  it('has a caption and a header that repeats when printed', () => {
    expect(html).toContain('<caption>Langkah 4: Melengkapi kinerja yang ingin diwujudkan dengan indikator kinerja</caption>');
    expect(html).toContain('thead { display: table-header-group; }');
  });
});

describe('layout', () => {
  it('shows a crosscutting result again under its second parent, marked, as a one-row leaf', () => {
    const c = cascadeOf(crossDoc());
    const html = renderHtml(c, worksheetOnly);
    const grid = readGrid(html, 'worksheet');
    expect(grid.rows).toBe(4);
    expect(grid.widths).toEqual([5, 5, 5, 5]);
    const op3 = grid.cells.filter((cell) => cell.attributes['data-result'] === 'OP3');
    expect(op3).toHaveLength(2);
    const [copy, primary] = op3;
    expect(copy!.attributes).toMatchObject({ class: 'result crosscutting', 'data-crosscutting': '', 'data-parent': 'IM1' });
    expect(copy!.attributes.id).toBeUndefined();
    expect(primary!.attributes).toMatchObject({ class: 'result', id: 'pokin-r-OP3' });
    expect(html).toContain('<p class="mark"><a href="#pokin-r-OP3" title="');
    expect(html).toContain('<span aria-hidden="true">\u2197</span> lintas</a>');
    expect(renderHtml(c, { ...worksheetOnly, locale: 'en' })).toContain('<span aria-hidden="true">\u2197</span> crosscutting</a>');
    for (const cell of grid.cells) {
      const id = cell.attributes['data-result'];
      if (id !== undefined && cell.attributes['data-crosscutting'] === undefined) expect(cell.rowspan, id).toBe(expectedRows(c, id));
    }
    expect(grid.cells.find((cell) => cell.attributes['data-result'] === 'IM1')!.rowspan).toBe(3);
  });

  it('fills levels a branch skips with a gap cell, so columns stay aligned', () => {
    const results = [
      ...crossDoc().slice(0, 4),
      { id: 'OC1', level: 'outcome', statement: 'Outcome', parent: 'IM1' },
      { id: 'OP9', level: 'output', statement: 'Output under outcome', parent: 'OC1' },
      { id: 'OP1', level: 'output', statement: 'Output skipping outcome', parent: 'IM1' },
      { id: 'OP2', level: 'output', statement: 'Output skipping outcome', parent: 'IM1' },
    ];
    const html = renderHtml(cascadeOf(results), worksheetOnly);
    const grid = readGrid(html, 'worksheet');
    expect(grid.widths).toEqual([6, 6, 6]);
    expect(grid.overlaps).toBe(0);
    const gaps = grid.cells.filter((cell) => cell.attributes.class === 'gap');
    expect(gaps).toEqual([
      expect.objectContaining({ row: 1, column: 4, rowspan: 1, colspan: 1 }),
      expect.objectContaining({ row: 2, column: 4, rowspan: 1, colspan: 1 }),
    ]);
    expect(html).toContain('data-level="outcome"');
  });

  it('spans one gap over a skipped level for all rows of the branch below it', () => {
    const results: ResultDocument[] = [
      { id: 'IM1', level: 'immediate-outcome', statement: 'IM', parent: null },
      { id: 'OC1', level: 'outcome', statement: 'Outcome', parent: 'IM1' },
      { id: 'OP0', level: 'output', statement: 'o', parent: 'OC1' },
      { id: 'IM2', level: 'immediate-outcome', statement: 'IM', parent: null },
      { id: 'OP1', level: 'output', statement: 'a', parent: 'IM2' },
      { id: 'OP2', level: 'output', statement: 'b', parent: 'IM2' },
    ];
    const layout = layoutWorksheet(cascadeOf(results), 'all');
    expect(layout.columns.map((l) => l.key)).toEqual(['immediate-outcome', 'outcome', 'output']);
    const rows = [...layout.rows()];
    expect(rows[1]!.map((cell) => [cell.kind, cell.column])).toEqual([
      ['result', 0],
      ['gap', 1],
      ['result', 2],
    ]);
    expect(rows[2]!.map((cell) => [cell.kind, cell.column])).toEqual([
      ['gap', 1],
      ['result', 2],
    ]);
    expect(layout.rowCount).toBe(3);
  });

  it('puts a gap before a root below the top level and after a leaf above the last level', () => {
    const results: ResultDocument[] = [
      { id: 'G1', level: 'goal', statement: 'Goal' },
      { id: 'UO1', level: 'ultimate-outcome', statement: 'Leaf above the last level', parent: 'G1' },
      { id: 'IO9', level: 'intermediate-outcome', statement: 'A root below the top', parent: null },
      { id: 'IM9', level: 'immediate-outcome', statement: 'x', parent: 'IO9' },
      { id: 'OP9', level: 'output', statement: 'y', parent: 'IM9' },
    ];
    const grid = readGrid(renderHtml(cascadeOf(results), worksheetOnly), 'worksheet');
    expect(grid.widths).toEqual([5, 5]);
    const gaps = grid.cells.filter((cell) => cell.attributes.class === 'gap');
    expect(gaps).toEqual([
      expect.objectContaining({ row: 0, column: 2, colspan: 3, rowspan: 1 }),
      expect.objectContaining({ row: 1, column: 0, colspan: 2, rowspan: 1 }),
    ]);
  });

  it('hides unused levels as hideUnusedLevels says', () => {
    const results: ResultDocument[] = [
      { id: 'IM1', level: 'immediate-outcome', statement: 'Root below the top' },
      { id: 'OP1', level: 'output', statement: 'o', parent: 'IM1' },
    ];
    const c = cascadeOf(results);
    const keys = (hide: 'optional' | 'all' | 'none') => layoutWorksheet(c, hide).columns.map((l) => l.key);
    expect(keys('optional')).toEqual(['goal', 'ultimate-outcome', 'intermediate-outcome', 'immediate-outcome', 'output']);
    expect(keys('all')).toEqual(['immediate-outcome', 'output']);
    expect(keys('none')).toEqual(['goal', 'ultimate-outcome', 'intermediate-outcome', 'immediate-outcome', 'outcome', 'output']);
    const grid = readGrid(renderHtml(c, { ...worksheetOnly, hideUnusedLevels: 'none' }), 'worksheet');
    expect(grid.cells.map((cell) => [cell.attributes.class, cell.column, cell.colspan])).toEqual([
      ['gap', 0, 3],
      ['result', 3, 1],
      ['gap', 4, 1],
      ['result', 5, 1],
    ]);
  });

  it('groups tier headers by runs of adjacent columns in a custom scheme', () => {
    const levels = [
      { key: 'a', label: { id: 'A', en: 'A' }, tier: 'strategis' as const },
      { key: 'b', label: { id: 'B', en: 'B' }, tier: 'taktis' as const },
      { key: 'c', label: { id: 'C', en: 'C' }, tier: 'taktis' as const },
      { key: 'd', label: { id: 'D', en: 'D' }, tier: 'strategis' as const },
    ];
    const results: ResultDocument[] = [
      { id: 'A', level: 'a', statement: 'a' },
      { id: 'B', level: 'b', statement: 'b', parent: 'A' },
      { id: 'C', level: 'c', statement: 'c', parent: 'B' },
      { id: 'D', level: 'd', statement: 'd', parent: 'C' },
    ];
    const layout = layoutWorksheet(cascadeOf(results, { levels }), 'optional');
    expect(layout.tierGroups).toEqual([
      { tier: 'strategis', span: 1 },
      { tier: 'taktis', span: 2 },
      { tier: 'strategis', span: 1 },
    ]);
  });

  it('shows ids with showIds and leaves out indicators with showIndicators: false', () => {
    const c = cascadeOf(crossDoc());
    expect(renderHtml(c, { ...worksheetOnly, showIds: true })).toContain('<p class="statement"><span class="id">OP1</span> Output one</p>');
    const bare = renderHtml(c, { ...worksheetOnly, showIndicators: false });
    expect(bare).not.toContain('class="ik-label"');
    expect(bare).not.toContain('Jumlah satu');
  });

  it('writes no IK label for a result without indicators', () => {
    const html = renderHtml(cascadeOf([{ id: 'G1', level: 'goal', statement: 'Goal' }]), worksheetOnly);
    expect(html).not.toContain('class="ik-label"');
  });

  it('lays out 20,000 leaves under one result', () => {
    const levels = [
      { key: 'top', label: { id: 'Top', en: 'Top' }, tier: 'strategis' as const },
      { key: 'mid', label: { id: 'Mid', en: 'Mid' }, tier: 'taktis' as const, optional: true },
      { key: 'end', label: { id: 'End', en: 'End' }, tier: 'operasional' as const },
    ];
    const results: ResultDocument[] = [{ id: 'R', level: 'top', statement: 'r' }];
    for (let i = 0; i < 20_000; i++) results.push({ id: `L${i}`, level: 'end', statement: 's', parent: 'R' });
    const layout = layoutWorksheet(cascadeOf(results, { levels }), 'optional');
    expect(layout.rowCount).toBe(20_000);
    let count = 0;
    for (const _ of layout.rows()) count++;
    expect(count).toBe(20_000);
  });
});

/**
 * Places the layout's cells on a grid as the HTML table algorithm does: each cell at its column,
 * covering its rows. Returns how many cells overlapped and how many slots stayed empty.
 */
function coverage(layout: ReturnType<typeof layoutWorksheet>): { overlaps: number; holes: number; rows: number; cells: ResultCellSeen[] } {
  const width = layout.columns.length;
  const covered: number[][] = [];
  const cells: ResultCellSeen[] = [];
  let r = 0;
  for (const row of layout.rows()) {
    let prev = -1;
    for (const cell of row) {
      // Cells of a row come left to right.
      expect(cell.column).toBeGreaterThan(prev);
      prev = cell.column;
      const colspan = cell.kind === 'gap' ? cell.colspan : 1;
      for (let dr = 0; dr < cell.rowspan; dr++)
        for (let dc = 0; dc < colspan; dc++) (covered[r + dr] ??= new Array<number>(width).fill(0))[cell.column + dc]! += 1;
      if (cell.kind === 'result' && !cell.crosscutting)
        cells.push({ id: cell.result.id, row: r, rowspan: cell.rowspan, continued: cell.continued });
    }
    r++;
  }
  let overlaps = 0;
  let holes = 0;
  for (let i = 0; i < r; i++)
    for (const x of covered[i] ?? new Array<number>(width).fill(0)) {
      if (x === 0) holes++;
      else if (x > 1) overlaps++;
    }
  return { overlaps, holes, rows: r + Math.max(0, covered.length - r), cells };
}

interface ResultCellSeen {
  readonly id: string;
  readonly row: number;
  readonly rowspan: number;
  readonly continued: boolean;
}

describe('cells taller than HTML allows (rowspan above 65,534)', () => {
  // `coverage` lists the primary cells and their continuations (crosscutting copies are one row).
  it('splits a tall cell into parts of at most maxRowspan rows, in the same column, one after the other', () => {
    const results: ResultDocument[] = [
      { id: 'G1', level: 'goal', statement: 'Goal' },
      { id: 'UO1', level: 'ultimate-outcome', statement: 'UO', parent: 'G1' },
      { id: 'IO1', level: 'intermediate-outcome', statement: 'IO', parent: 'UO1' },
      { id: 'IM1', level: 'immediate-outcome', statement: 'IM', parent: 'IO1' },
    ];
    for (let i = 0; i < 7; i++) results.push({ id: `OP${i}`, level: 'output', statement: `Output ${i}`, parent: 'IM1' });
    const layout = layoutWorksheet(cascadeOf(results), 'optional', 3);
    const seen = coverage(layout);
    expect(seen).toMatchObject({ overlaps: 0, holes: 0, rows: 7 });
    for (const id of ['G1', 'UO1', 'IO1', 'IM1']) {
      expect(seen.cells.filter((c) => c.id === id).map((c) => [c.row, c.rowspan, c.continued])).toEqual([
        [0, 3, false],
        [3, 3, true],
        [6, 1, true],
      ]);
    }
  });

  it('splits tall gap cells too, and keeps the table whole for generated cascades with a small cap', () => {
    const levels = [
      { key: 'top', label: { id: 'Top', en: 'Top' }, tier: 'strategis' as const },
      { key: 'mid', label: { id: 'Mid', en: 'Mid' }, tier: 'taktis' as const, optional: true },
      { key: 'end', label: { id: 'End', en: 'End' }, tier: 'operasional' as const },
      { key: 'leaf', label: { id: 'Leaf', en: 'Leaf' }, tier: 'operasional' as const },
    ];
    // E skips the optional level: one gap cell beside it spans E's five rows.
    const results: ResultDocument[] = [
      { id: 'R', level: 'top', statement: 'r' },
      { id: 'E', level: 'end', statement: 'e', parent: 'R' },
    ];
    for (let i = 0; i < 5; i++) results.push({ id: `L${i}`, level: 'leaf', statement: 's', parent: 'E' });
    const rows = [...layoutWorksheet(cascadeOf(results, { levels }), 'none', 2).rows()];
    const gaps = rows.flatMap((row, r) => row.filter((c) => c.kind === 'gap').map((c) => [r, c.rowspan]));
    expect(gaps).toEqual([
      [0, 2],
      [2, 2],
      [4, 1],
    ]);
    for (const seed of [1, 2, 3, 4, 5]) {
      for (const cap of [1, 2, 5, 17]) {
        const c = generateCascade({ results: 300, seed, maxChildren: 6, crosscutting: 0.1, optionalLevels: 0.5 });
        const seen = coverage(layoutWorksheet(c, 'none', cap));
        expect(seen.overlaps).toBe(0);
        expect(seen.holes).toBe(0);
        expect(Math.max(...seen.cells.map((x) => x.rowspan))).toBeLessThanOrEqual(cap);
        // Each result's primary cell: its parts follow each other down one column.
        const parts = new Map<string, ResultCellSeen[]>();
        for (const x of seen.cells) parts.set(x.id, [...(parts.get(x.id) ?? []), x]);
        expect(parts.size).toBe(c.size);
        let split = 0;
        for (const list of parts.values()) {
          expect(list.filter((x) => !x.continued).length).toBe(1);
          expect(list[0]!.continued).toBe(false);
          for (let k = 1; k < list.length; k++) expect(list[k]!.row).toBe(list[k - 1]!.row + list[k - 1]!.rowspan);
          if (list.length > 1) split++;
        }
        if (cap < 5) expect(split).toBeGreaterThan(0);
      }
    }
  });

  it('renders 70,000 leaves under one result with no rowspan above 65,534 and the table still aligned', () => {
    const results: ResultDocument[] = [{ id: 'G1', level: 'goal', statement: 'Goal' }];
    for (let i = 0; i < 70_000; i++) results.push({ id: `U${i}`, level: 'ultimate-outcome', statement: 'u', parent: 'G1' });
    const html = renderHtml(cascadeOf(results), { ...worksheetOnly, hideUnusedLevels: 'all' });
    const grid = readGrid(html, 'worksheet');
    expect(grid.rows).toBe(70_000);
    expect(grid.overlaps).toBe(0);
    expect(new Set(grid.widths)).toEqual(new Set([2]));
    const g1 = grid.cells.filter((c) => c.attributes['data-result'] === 'G1');
    expect(g1.map((c) => [c.row, c.rowspan])).toEqual([
      [0, 65_534],
      [65_534, 4_466],
    ]);
    expect(g1[0]!.attributes.id).toBe('pokin-r-G1');
    expect(g1[1]!.attributes).toMatchObject({ class: 'result continued', 'data-continued': '' });
    expect(g1[1]!.attributes.id).toBeUndefined();
    expect(html).toContain(
      `<a href="#pokin-r-G1" title="${HTML_LABELS.continuedTitle.id}"><span aria-hidden="true">\u2191</span> ${HTML_LABELS.continued.id}</a>`,
    );
  });
});
