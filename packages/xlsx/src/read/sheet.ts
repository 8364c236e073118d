/**
 * One sheet's cells, row by row, as they stream out of the zip: values (text, numbers, booleans),
 * the cells that need a word with the user (formulas, dates, error values), and merged ranges.
 *
 * @module
 */
import { parseRef, unescapeOoxml } from '../xml.js';
import { fail, t } from './errors.js';
import type { StyleInfo } from './parts.js';
import { attr, local, parsePart } from './xml.js';
import type { ZipReader } from './zip.js';

/** Text with Excel's quote prefix: kept exactly as typed (no trimming). */
export class QuotedText {
  constructor(readonly text: string) {}
}

/** A cell's value. */
export type CellValue = string | number | boolean | QuotedText;

/** A cell that holds something other than a plain value. */
export interface SpecialCell {
  /** 0-based column. */
  readonly column: number;
  readonly kind: 'formula' | 'date' | 'error';
  /** The formula, or the error value, as written. */
  readonly shown: string;
}

/** A merged range, 0-based and inclusive. */
export interface MergedRange {
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
  readonly ref: string;
}

/** Called for each row that holds a value: 0-based row, values by column (holes for empty cells). */
export type RowHandler = (row: number, values: (CellValue | undefined)[], specials: readonly SpecialCell[] | undefined) => void;

/** A fraction as the percentage a percent format shows, without the float noise of `* 100` (0.895 to 89.5, not 89.49999999999999). */
export const asPercent = (fraction: number): number => Number((fraction * 100).toPrecision(12));

/** Reads a sheet, handing each non-empty row to `onRow`; returns the merged ranges. */
export function readSheet(
  zip: ZipReader,
  path: string,
  name: string,
  strings: readonly string[],
  styles: StyleInfo,
  maxCells: number,
  onRow: RowHandler,
): MergedRange[] {
  const merges: MergedRange[] = [];
  let row = -1;
  let col = -1;
  let values: (CellValue | undefined)[] = [];
  let specials: SpecialCell[] | undefined;
  let type: string | undefined;
  let style = 0;
  let v = '';
  let f: string | undefined;
  let inline = '';
  let into: 'v' | 'f' | 'is' | undefined;
  let inIs = false;
  let phonetic = 0;
  let cells = 0;
  let any = false;

  const endRow = () => {
    if (any) onRow(row, values, specials);
    values = [];
    specials = undefined;
    any = false;
  };
  const endCell = () => {
    let value: CellValue | undefined;
    let special: SpecialCell['kind'] | undefined;
    switch (type) {
      case 's': {
        const s = strings[Number(v)];
        value = s === undefined || s === '' ? undefined : s;
        break;
      }
      case 'inlineStr':
        value = inline === '' ? undefined : unescapeOoxml(inline);
        break;
      case 'str':
        value = v === '' ? undefined : unescapeOoxml(v);
        break;
      case 'b':
        value = v === '1' || v === 'true';
        break;
      case 'e':
        special = 'error';
        value = v;
        break;
      case 'd':
        special = 'date';
        value = v;
        break;
      default:
        if (v !== '') {
          value = Number(v);
          if (styles.dates.has(style)) special = 'date';
          // What the planner typed and sees: "83%" is stored as 0.83 in a percent format.
          else if (styles.percents.has(style)) value = asPercent(value);
        }
    }
    if (f !== undefined) special = 'formula';
    if (typeof value === 'string' && styles.quoted.has(style)) value = new QuotedText(value);
    if (value === undefined && special === undefined) return;
    if (++cells > maxCells) {
      fail(
        'limit',
        t(
          `ditolak: lembar "${name}" berisi lebih dari ${maxCells} sel terisi`,
          `refused: sheet "${name}" holds more than ${maxCells} filled cells`,
        ),
        { sheet: name },
      );
    }
    values[col] = value;
    if (special !== undefined)
      (specials ??= []).push({
        column: col,
        kind: special,
        shown: special === 'formula' ? `=${f}` : value instanceof QuotedText ? value.text : String(value),
      });
    any = true;
  };

  parsePart(zip, path, {
    open(tag) {
      switch (local(tag.name)) {
        case 'row': {
          const r = attr(tag, 'r');
          row = r === undefined ? row + 1 : Number(r) - 1;
          col = -1;
          break;
        }
        case 'c': {
          const ref = attr(tag, 'r');
          const at = ref === undefined ? undefined : parseRef(ref);
          col = at === undefined ? col + 1 : at.column;
          type = attr(tag, 't');
          style = Number(attr(tag, 's') ?? 0);
          v = '';
          f = undefined;
          inline = '';
          break;
        }
        case 'v':
          into = 'v';
          break;
        case 'f':
          into = 'f';
          f = attr(tag, 't') === 'shared' && attr(tag, 'ref') === undefined ? '(shared)' : '';
          break;
        case 'is':
          inIs = true;
          break;
        case 't':
          if (inIs && phonetic === 0) into = 'is';
          break;
        case 'rPh':
          phonetic++;
          break;
        case 'mergeCell': {
          const ref = attr(tag, 'ref') ?? '';
          const [a, b] = ref.split(':');
          const p = a === undefined ? undefined : parseRef(a);
          const q = b === undefined ? p : parseRef(b);
          if (p !== undefined && q !== undefined)
            merges.push({
              r1: Math.min(p.row, q.row),
              c1: Math.min(p.column, q.column),
              r2: Math.max(p.row, q.row),
              c2: Math.max(p.column, q.column),
              ref,
            });
          break;
        }
      }
    },
    close(tagName) {
      switch (local(tagName)) {
        case 'c':
          endCell();
          into = undefined;
          break;
        case 'row':
          endRow();
          break;
        case 'v':
        case 'f':
          into = undefined;
          break;
        case 't':
          if (into === 'is') into = undefined;
          break;
        case 'is':
          inIs = false;
          break;
        case 'rPh':
          phonetic--;
          break;
      }
    },
    text(s) {
      if (into === 'v') v += s;
      else if (into === 'f') f = (f ?? '') + s;
      else if (into === 'is') inline += s;
    },
  });
  endRow();
  return merges;
}
