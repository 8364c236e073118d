/**
 * One cell of a printed table: its paragraphs wrapped into lines at its width, and drawn part by
 * part when it runs over a page break (the continued part repeats "(lanjutan)" and the cell's
 * heading lines before the lines still to draw).
 *
 * @module
 */
import { measureText, wrapLines } from '../layout-source.js';
import type { Canvas, Tag } from '../draw/canvas.js';
import { INK, MUTED } from '../draw/page.js';
import type { Cell, Para } from './table.js';

/** Cell padding, in points. */
export const PAD = 4;
const LINE = 1.25;
const GRID = '#9aa0a6';
/** Fill of a header cell. */
export const HEADER_FILL = '#eceff1';
/** Size of the continuation mark, in points. */
const MARK = 7;

interface Line {
  readonly text: string;
  readonly size: number;
  readonly bold: boolean;
  readonly color: string;
  readonly x: number;
  readonly marker: string | undefined;
  /** Space above this line. */
  readonly gap: number;
  readonly heading: boolean;
  /** Whether this is the first line of its paragraph. */
  readonly first: boolean;
  /** Whether its paragraph stays on the page of the next one (a heading does). */
  readonly keep: boolean;
}

/** A cell laid out in its column, with where its drawing has got to. */
export interface Laid {
  readonly cell: Cell;
  readonly row: number;
  readonly end: number;
  readonly x: number;
  readonly width: number;
  readonly lines: readonly Line[];
  readonly height: number;
  /** Index of the next line to draw. */
  next: number;
  /** Top of the part on the current page. */
  top: number;
  /** Whether the part on this page continues one on an earlier page. */
  continued: boolean;
  /** Its structure element (`TH` or `TD`) in the tagged PDF, once its row has begun. */
  tag: Tag | undefined;
}

const lineHeight = (l: Pick<Line, 'size'>): number => l.size * LINE;

function layLines(paras: readonly Para[], width: number): Line[] {
  const lines: Line[] = [];
  for (const p of paras) {
    const indent = p.indent ?? 0;
    const wrapped = wrapLines(p.text, Math.max(8, width - indent), p.size, p.bold === true);
    wrapped.forEach((text, i) =>
      lines.push({
        text,
        size: p.size,
        bold: p.bold === true,
        color: p.color ?? INK,
        x: indent,
        marker: i === 0 ? p.marker : undefined,
        gap: i === 0 ? (p.gapBefore ?? 0) : 0,
        heading: p.heading === true,
        first: i === 0,
        keep: p.heading === true,
      }),
    );
  }
  return lines;
}

const linesHeight = (lines: readonly Line[]): number => lines.reduce((h, l) => h + l.gap + lineHeight(l), 0) + 2 * PAD;

/**
 * End (exclusive) of the block of lines starting at line `i`: its paragraph and, while a
 * paragraph keeps with the next, the next one. A block is drawn whole on one page.
 */
function blockEnd(lines: readonly Line[], i: number): number {
  let j = i;
  for (;;) {
    j++;
    while (j < lines.length && !lines[j]!.first) j++;
    if (j >= lines.length || !lines[j - 1]!.keep) return j;
  }
}

/**
 * The heading lines a continued part of `c` repeats: every heading but a list's title ("IK:")
 * whose list has all been drawn.
 */
function repeated(c: Laid): Line[] {
  const { lines } = c;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.heading) continue;
    let j = i + 1;
    while (j < lines.length && !lines[j]!.first) j++;
    if (j < lines.length && !lines[j]!.heading) {
      let k = j;
      while (k < lines.length && !lines[k]!.heading) k++;
      if (c.next >= k) continue;
    }
    out.push(lines[i]!);
  }
  return out;
}

/** Height the first part of `c` needs so as not to break its first block (its heading and what it keeps with). */
export function keepHeight(c: Laid): number {
  return linesHeight(c.lines.slice(0, blockEnd(c.lines, 0)));
}

/** Lays out `cell` of body or header row `row`. */
export function lay(cell: Cell, row: number, columns: readonly number[], xs: readonly number[]): Laid {
  const span = cell.colspan ?? 1;
  let width = 0;
  for (let c = cell.column; c < cell.column + span; c++) width += columns[c] ?? 0;
  const lines = layLines(cell.paras, width - 2 * PAD);
  return {
    cell,
    row,
    end: row + (cell.rowspan ?? 1) - 1,
    x: xs[cell.column]!,
    width,
    lines,
    height: linesHeight(lines),
    next: 0,
    top: 0,
    continued: false,
    tag: undefined,
  };
}

/**
 * Draws the lines of `c` that fit between `top` and `bottom`, from `c.next` (after the repeated
 * heading and mark when continued): whole blocks (a paragraph, with the next one when it keeps
 * with it), so no indicator is split over two pages; only a block taller than the whole part is
 * broken at a line.
 */
export function drawCell(canvas: Canvas, c: Laid, top: number, bottom: number, continued: string, fill: string | undefined): void {
  canvas.rect(c.x, top, c.width, bottom - top, fill, GRID, 0.5);
  let y = top + PAD;
  const put = (l: Pick<Line, 'gap' | 'size' | 'marker' | 'bold' | 'color' | 'text' | 'x'>): boolean => {
    const h = l.gap + lineHeight(l);
    if (y + h > bottom - PAD + 0.01) return false;
    y += l.gap;
    const base = y + l.size * 0.93;
    if (l.marker !== undefined) canvas.text(l.marker, c.x + PAD + l.x - l.size * 0.9, base, { size: l.size, bold: l.bold, color: l.color });
    canvas.text(l.text, c.x + PAD + l.x, base, { size: l.size, bold: l.bold, color: l.color });
    y += lineHeight(l);
    return true;
  };
  if (c.continued && c.next > 0) {
    // The mark only where it fits the column (not in a narrow number column: its heading repeats).
    if (measureText(continued, MARK) <= c.width - 2 * PAD)
      put({ text: continued, size: MARK, bold: false, color: MUTED, x: 0, marker: undefined, gap: 0 });
    for (const l of repeated(c)) if (!put(l)) return;
    while (c.next < c.lines.length && c.lines[c.next]!.heading) c.next++;
  }
  let drawn = false;
  while (c.next < c.lines.length) {
    const end = blockEnd(c.lines, c.next);
    let h = 0;
    for (let i = c.next; i < end; i++) h += c.lines[i]!.gap + lineHeight(c.lines[i]!);
    if (y + h > bottom - PAD + 0.01) {
      // Nothing of this part drawn yet: the block is taller than the room, so it is broken at a line.
      if (!drawn) while (c.next < c.lines.length && put(c.lines[c.next]!)) c.next++;
      return;
    }
    for (; c.next < end; c.next++) put(c.lines[c.next]!);
    drawn = true;
  }
}

/** Height a continued part needs: the mark, the heading lines, the lines still to draw. */
export function continuedHeight(c: Laid): number {
  let h = MARK * LINE + 2 * PAD;
  for (const l of repeated(c)) h += l.gap + lineHeight(l);
  for (let i = c.next; i < c.lines.length; i++) if (!c.lines[i]!.heading) h += c.lines[i]!.gap + lineHeight(c.lines[i]!);
  return h;
}
