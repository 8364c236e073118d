/**
 * Cells of the table sections: a header cell and a body cell in the sections' type sizes.
 *
 * @module
 */
import type { Cell } from './table.js';

/** Body text size, in points. */
export const BODY = 8.5;
/** Header text size, in points. */
export const HEAD = 8.5;

/** A bold header cell, spanning `colspan` columns (and `rowspan` header rows), on an optional fill. */
export const head = (column: number, text: string, colspan = 1, fill?: string, rowspan = 1, size = HEAD): Cell => ({
  column,
  colspan,
  ...(rowspan === 1 ? {} : { rowspan }),
  paras: [{ text, size, bold: true }],
  ...(fill === undefined ? {} : { fill }),
});

/** A body cell of one paragraph; a bold one is repeated atop its continued part. */
export const body = (column: number, text: string, bold = false): Cell => ({ column, paras: [{ text, size: BODY, bold, heading: bold }] });
