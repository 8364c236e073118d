/**
 * One sheet's cells, row by row, as they stream out of the zip: values (text, numbers, booleans),
 * the cells that need a word with the user (dates, error values, formulas with no saved value),
 * and merged ranges. A formula is never run: a formula cell reads as the value Excel or
 * LibreOffice last calculated and saved beside it, as if it had been typed.
 *
 * @module
 */
import { cellRef, parseRef, unescapeOoxml } from '../xml.js';
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
  /** `formula`: a formula with no saved value (a file no spreadsheet has calculated); `date`; `error`: an error value, typed or a formula's. */
  readonly kind: 'formula' | 'date' | 'error';
  /** The formula (`=F5/E5*100`) of a `formula`, or the value as written. */
  readonly shown: string;
  /** The formula of a cell whose saved value is an error or a date, as written (`=F5/E5*100`). */
  readonly formula?: string;
  /** The first cell of a shared formula (`G5`), when the cell is one of the others: Excel writes the formula once, and `formula` is that cell's. */
  readonly sharedFrom?: string;
}

/** A merged range, 0-based and inclusive. */
export interface MergedRange {
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
  readonly ref: string;
}

/**
 * Called for each row that holds a value: 0-based row, values by column (holes for empty cells),
 * the cells that need a word, and the columns whose value is a formula's saved value.
 */
export type RowHandler = (
  row: number,
  values: (CellValue | undefined)[],
  specials: readonly SpecialCell[] | undefined,
  computed: readonly number[] | undefined,
) => void;

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
  let computed: number[] | undefined;
  let type: string | undefined;
  let style = 0;
  let v = '';
  let hasV = false;
  let f: string | undefined;
  /** The `si` of a shared formula's cell, and whether it is the first (which writes the formula). */
  let shared: { si: string; first: boolean } | undefined;
  /** The shared formulas' first cells and texts, by `si`. */
  const sharedFormulas = new Map<string, { cell: string; text: string }>();
  let inline = '';
  let into: 'v' | 'f' | 'is' | undefined;
  let inIs = false;
  let phonetic = 0;
  let cells = 0;
  let any = false;

  const endRow = () => {
    if (any) onRow(row, values, specials, computed);
    values = [];
    specials = undefined;
    computed = undefined;
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
    let formula: { text: string; from?: string } | undefined;
    if (f !== undefined) {
      formula = formulaOf(f);
      // openpyxl and other libraries write `<f>` with an empty `<v>`: nothing was ever calculated.
      const saved = type === 'inlineStr' || (hasV && (v !== '' || type === 'str'));
      if (!saved) {
        special = 'formula';
        value = undefined;
      } else if (special === undefined && value !== undefined) (computed ??= []).push(col);
    }
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
        shown: special === 'formula' ? formula!.text : value instanceof QuotedText ? value.text : String(value),
        ...(formula === undefined ? {} : { formula: formula.text }),
        ...(formula?.from === undefined ? {} : { sharedFrom: formula.from }),
      });
    any = true;
  };
  /** A cell's formula as written (`=F5/E5*100`); a shared formula's other cells name its first cell. */
  const formulaOf = (text: string): { text: string; from?: string } => {
    if (shared === undefined) return { text: `=${text}` };
    if (shared.first) {
      sharedFormulas.set(shared.si, { cell: cellRef(row, col), text });
      return { text: `=${text}` };
    }
    const first = sharedFormulas.get(shared.si);
    return first === undefined ? { text: `=${text}` } : { text: `=${first.text}`, from: first.cell };
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
          hasV = false;
          f = undefined;
          shared = undefined;
          inline = '';
          break;
        }
        case 'v':
          into = 'v';
          hasV = true;
          break;
        case 'f': {
          into = 'f';
          f = '';
          const si = attr(tag, 'si');
          if (attr(tag, 't') === 'shared' && si !== undefined) shared = { si, first: attr(tag, 'ref') !== undefined };
          break;
        }
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
