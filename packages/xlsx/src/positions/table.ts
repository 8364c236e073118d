/**
 * The one-table sheet of the position outputs (Perjanjian Kinerja annex, peta cascading): a
 * title and subtitle, header rows, body rows whose cells may span rows (merged), every text cell
 * quoted where it would read as a formula, printed A4 landscape with the header on every page.
 *
 * @module
 */
import type { Locale } from '@pokin/core';
import { SheetBuilder, type Cell, type SharedStrings } from '../sheet.js';
import type { CellStyle, StyleSheet } from '../styles.js';
import { heightOf, lineCount, needsQuote } from '../text.js';

/** A body cell: its value and the rows it spans (1 when omitted). */
export interface SpanCell {
  readonly c: number;
  readonly v: string | number | undefined;
  readonly rows?: number;
  readonly bold?: boolean;
}

/** A header cell; `group` cells span columns over a second header row. */
export interface HeadCell {
  readonly c: number;
  readonly v: string;
  /** Columns it spans (a group over the second header row). */
  readonly span?: number;
}

/** What one position table holds. */
export interface PositionTable {
  readonly name: string;
  readonly title: string;
  readonly subtitle: string | undefined;
  /** Column widths in characters. */
  readonly widths: readonly number[];
  /** First header row; a cell without `span` spans both header rows when there is a second. */
  readonly head: readonly HeadCell[];
  /** Second header row (the labels under the groups), if any. */
  readonly subhead?: readonly HeadCell[];
  /** Body rows: the cells starting in each row. */
  readonly rows: readonly (readonly SpanCell[])[];
  readonly locale: Locale;
}

const HEAD: CellStyle = { bold: true, fill: '#e8eaed', border: true, wrap: true, horizontal: 'center', vertical: 'center' };
const BODY: CellStyle = { border: true, wrap: true, vertical: 'top' };

/** Writes a position table as one sheet. */
export function positionSheet(t: PositionTable, styles: StyleSheet, strings: SharedStrings): SheetBuilder {
  const sheet = new SheetBuilder(t.name, strings);
  const style = (s: CellStyle, v?: string | number) => (typeof v === 'string' && needsQuote(v) ? styles.quotedId(s) : styles.id(s));
  const last = t.widths.length - 1;
  sheet.row(0, [{ c: 0, v: t.title, s: style({ bold: true, size: 13 }, t.title) }], 20);
  sheet.merge(0, 0, 0, last);
  if (t.subtitle !== undefined && t.subtitle !== '') {
    sheet.row(1, [{ c: 0, v: t.subtitle, s: style({ bold: true }, t.subtitle) }]);
    sheet.merge(1, 0, 1, last);
  }
  const two = t.subhead !== undefined && t.subhead.length > 0;
  const headCells = (list: readonly HeadCell[], r: number): Cell[] => {
    const out = new Map<number, Cell>();
    for (const h of list) {
      out.set(h.c, { c: h.c, v: h.v, s: style(HEAD, h.v) });
      for (let c = h.c + 1; c < h.c + (h.span ?? 1); c++) out.set(c, { c, v: undefined, s: style(HEAD) });
      if ((h.span ?? 1) > 1) sheet.merge(r, h.c, r, h.c + h.span! - 1);
      else if (two && r === 2) sheet.merge(2, h.c, 3, h.c);
    }
    return [...out.values()].sort((a, b) => a.c - b.c);
  };
  sheet.row(2, headCells(t.head, 2), 18);
  let r = 3;
  if (two) {
    const under = headCells(t.subhead, 3);
    const taken = new Set(under.map((c) => c.c));
    for (const h of t.head) if (h.span === undefined && !taken.has(h.c)) under.push({ c: h.c, v: undefined, s: style(HEAD) });
    sheet.row(
      3,
      under.sort((a, b) => a.c - b.c),
      18,
    );
    r = 4;
  }
  const top = r;
  // Cells covered by a span from an earlier row: written empty, bordered.
  const covered = new Map<number, number>();
  for (const cells of t.rows) {
    const row: Cell[] = [];
    let lines = 1;
    const starting = new Set(cells.map((c) => c.c));
    for (const cell of cells) {
      const s = cell.bold === true ? { ...BODY, bold: true } : BODY;
      row.push({ c: cell.c, v: cell.v, s: style(s, cell.v) });
      const span = cell.rows ?? 1;
      if (span > 1) {
        sheet.merge(r, cell.c, r + span - 1, cell.c);
        covered.set(cell.c, r + span - 1);
      }
      if (typeof cell.v === 'string') lines = Math.max(lines, Math.ceil(lineCount(cell.v, t.widths[cell.c]!) / span));
    }
    for (const [c, until] of covered) {
      if (until < r) covered.delete(c);
      else if (!starting.has(c)) row.push({ c, v: undefined, s: style(BODY) });
    }
    sheet.row(
      r++,
      row.sort((a, b) => a.c - b.c),
      heightOf(lines),
    );
  }
  sheet.widths(t.widths);
  sheet.freeze(top, 0);
  sheet.print = { titleRows: [3, top], fitWidth: true, footer: t.locale === 'en' ? '&CPage &P of &N' : '&CHalaman &P dari &N' };
  return sheet;
}
