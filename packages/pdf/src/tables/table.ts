/**
 * A table printed over as many pages as it needs: header rows repeated on every page, rows kept
 * whole where they fit, and a cell that spans rows across a page break, or a row taller than a
 * page, continued on the next page with "(lanjutan)", its heading repeated and the lines it had
 * no room for.
 *
 * @module
 */
import type { Canvas } from '../draw/canvas.js';
import { MUTED } from '../draw/page.js';
import { HEADER_FILL, PAD, continuedHeight, drawCell, keepHeight, lay, type Laid } from './table-cell.js';

/** A paragraph of a cell. */
export interface Para {
  readonly text: string;
  readonly size: number;
  readonly bold?: boolean;
  readonly color?: string;
  /** Left indent in points (a list). */
  readonly indent?: number;
  /** A bullet or number hung in the indent. */
  readonly marker?: string;
  /** Space above, in points. */
  readonly gapBefore?: number;
  /** Repeated at the top of a continued part of the cell; it stays on the page of the next paragraph. */
  readonly heading?: boolean;
}

/** A cell, starting in the row it is listed in. */
export interface Cell {
  readonly column: number;
  readonly colspan?: number;
  readonly rowspan?: number;
  readonly paras: readonly Para[];
  readonly fill?: string;
}

/** A table: column widths in points, header rows, body rows (the cells starting in each). */
export interface TableSpec {
  readonly columns: readonly number[];
  readonly header: readonly (readonly Cell[])[];
  readonly rows: Iterable<readonly Cell[]>;
  /** Text of the continuation mark, e.g. "(lanjutan)". */
  readonly continued: string;
  /** Text of a table with no rows. */
  readonly empty?: string;
}

/** Where the table may draw: a page's area, and how to get the next page's. */
export interface TableFlow {
  readonly left: number;
  /** Current top on the current page. */
  top: number;
  readonly bottom: number;
  /** Starts a new page and returns the top of its content area. */
  newPage(): number;
}

/** Draws a table into the flow, adding pages as it needs. */
export function drawTable(canvas: Canvas, spec: TableSpec, flow: TableFlow): void {
  const xs: number[] = [];
  let x = flow.left;
  for (const w of spec.columns) {
    xs.push(x);
    x += w;
  }
  const header = spec.header.map((cells, r) => cells.map((c) => lay(c, r, spec.columns, xs)));
  // A header cell may span header rows (a column without a group above it): the rows are sized
  // by the one-row cells, and the last row it spans grows when the cell needs more.
  const headerHeights = header.map((cells) => Math.max(14, ...cells.filter((c) => c.end === c.row).map((c) => c.height)));
  for (const c of header.flat().filter((c) => c.end > c.row)) {
    const last = Math.min(c.end, headerHeights.length - 1);
    let sum = 0;
    for (let r = c.row; r <= last; r++) sum += headerHeights[r]!;
    if (c.height > sum) headerHeights[last]! += c.height - sum;
  }
  const headerHeight = headerHeights.reduce((a, b) => a + b, 0);
  // In the tagged PDF the header is a row of TH cells the first time, and an artifact (a
  // running header) where it is repeated.
  const table = canvas.tag('Table');
  let repeated = false;
  const drawHeader = (): void => {
    const tops: number[] = [];
    let y = flow.top;
    for (const h of headerHeights) {
      tops.push(y);
      y += h;
    }
    const draw = (c: Laid): void => {
      c.next = 0;
      const bottom = c.end + 1 < tops.length ? tops[c.end + 1]! : y;
      drawCell(canvas, c, tops[c.row]!, bottom, '', c.cell.fill ?? HEADER_FILL);
    };
    if (repeated) canvas.artifact(() => header.forEach((cells) => cells.forEach(draw)));
    else
      for (const cells of header) {
        const tr = canvas.tag('TR', table);
        for (const c of cells) canvas.tagged('TH', tr, () => draw(c));
      }
    repeated = true;
    flow.top = y;
  };

  // Lay out every body cell and size the rows: a row is as tall as its one-row cells; a cell
  // spanning rows adds what it lacks to its last row.
  const rows: Laid[][] = [];
  for (const cells of spec.rows) rows.push(cells.map((c) => lay(c, rows.length, spec.columns, xs)));
  const heights = rows.map((cells) => Math.max(14, ...cells.filter((c) => c.end === c.row).map((c) => c.height)));
  const spanning = rows
    .flat()
    .filter((c) => c.end > c.row)
    .sort((a, b) => a.end - b.end);
  for (const c of spanning) {
    let sum = 0;
    for (let r = c.row; r <= c.end; r++) sum += heights[r]!;
    if (c.height > sum) heights[c.end]! += c.height - sum;
  }

  // Whether the cells spanning rows that start in row `r` at `top` show at least their first
  // block (the heading, a result's statement, with what it keeps with) in the rows that fit on
  // the page: else their block would be cut at the page's foot.
  const startsWhole = (r: number, top: number): boolean =>
    rows[r]!.every((c) => {
      if (c.end === r) return true;
      let y = top;
      let k = r;
      for (; k <= c.end && y + heights[k]! <= flow.bottom + 0.01; k++) y += heights[k]!;
      return k > c.end || y - top >= keepHeight(c) - 0.01;
    });

  // A new page when the header and the first row do not fit; for a row about as tall as a page
  // (it will run over pages anyway), when its first lines do not.
  const first = heights[0] ?? 14;
  if (
    flow.top + headerHeight + (headerHeight + first > 0.8 * flow.bottom ? 60 : first) > flow.bottom ||
    (rows.length > 0 && !startsWhole(0, flow.top + headerHeight))
  )
    flow.top = flow.newPage();
  drawHeader();
  if (rows.length === 0) {
    const empty = spec.empty;
    if (empty !== undefined)
      canvas.tagged('P', undefined, () => canvas.text(empty, flow.left + PAD, flow.top + 12, { size: 8.5, color: MUTED }));
    flow.top += 18;
    canvas.endTag(table);
    return;
  }

  const open: Laid[] = [];
  // An empty cell (a gap in the worksheet, an empty matrix column) is drawn but not tagged: a TD
  // with nothing in it would double the document's structure for no reader's benefit.
  const close = (c: Laid, bottom: number): void => {
    if (c.tag === undefined) drawCell(canvas, c, c.top, bottom, spec.continued, c.cell.fill);
    else canvas.mark(c.tag, () => drawCell(canvas, c, c.top, bottom, spec.continued, c.cell.fill));
  };
  let onPage = 0;
  for (let r = 0; r < rows.length; r++) {
    let h = heights[r]!;
    if (flow.top + h > flow.bottom + 0.01 || !startsWhole(r, flow.top)) {
      // Page break (unless the row is alone on its page): the open cells end here and continue on
      // the next page; also when a cell starting in the row would have its first block cut.
      if (onPage > 0) {
        onPage = 0;
        for (const c of open) close(c, flow.top);
        flow.top = flow.newPage();
        drawHeader();
        for (const c of open) {
          c.top = flow.top;
          c.continued = true;
        }
        // The first row of the page makes room for what the continued cells repeat.
        for (const c of open) {
          let rest = 0;
          for (let k = r; k <= c.end; k++) rest += heights[k]!;
          const need = continuedHeight(c);
          if (need > rest) heights[r]! += need - rest;
        }
        h = heights[r]!;
      }
    }
    const tr = canvas.tag('TR', table);
    for (const c of rows[r]!) {
      c.top = flow.top;
      if (c.lines.length > 0) c.tag = canvas.tag('TD', tr);
      open.push(c);
    }
    onPage++;
    // A row taller than the rest of the page goes on over the next pages: each cell draws the
    // lines that fit, then continues under the repeated header with "(lanjutan)", its heading and
    // the rest of its lines; the row is then as tall as its longest remainder.
    while (flow.top + h > flow.bottom + 0.01) {
      const before = open.reduce((n, c) => n + c.next, 0);
      for (const c of open) close(c, flow.bottom);
      // Nothing more fitted (a page too short for even one line): the rest is cut at the foot.
      if (open.reduce((n, c) => n + c.next, 0) === before) break;
      flow.top = flow.newPage();
      drawHeader();
      h = 14;
      for (const c of open) {
        c.top = flow.top;
        c.continued = true;
        let later = 0;
        for (let k = r + 1; k <= c.end; k++) later += heights[k]!;
        h = Math.max(h, continuedHeight(c) - later);
      }
    }
    const bottom = Math.min(flow.top + h, flow.bottom);
    flow.top = bottom;
    for (let i = open.length - 1; i >= 0; i--) {
      const c = open[i]!;
      if (c.end === r) {
        close(c, flow.top);
        open.splice(i, 1);
      }
    }
  }
  flow.top += 10;
  canvas.endTag(table);
}
