/**
 * One worksheet as SpreadsheetML (`xl/worksheets/sheetN.xml`), built row by row: cells (text as
 * shared strings, numbers as numbers, never a formula), merged ranges, column widths, frozen
 * panes, an autofilter, dropdowns and the print setup (A4 landscape, repeated header rows, page
 * numbers in the footer).
 *
 * @module
 */
import { cellRef, columnName, xmlText } from './xml.js';

/** The shared string table of a workbook. */
export class SharedStrings {
  readonly #index = new Map<string, number>();
  readonly #xml: string[] = [];
  /** Uses of strings, for the `count` attribute. */
  #count = 0;

  /** The index of a string, added on first use. */
  id(s: string): number {
    this.#count++;
    let i = this.#index.get(s);
    if (i === undefined) {
      i = this.#xml.length;
      this.#index.set(s, i);
      const space = /^\s|\s$/.test(s) ? ' xml:space="preserve"' : '';
      this.#xml.push(`<si><t${space}>${xmlText(s)}</t></si>`);
    }
    return i;
  }

  /** `xl/sharedStrings.xml`. */
  toXml(): string {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.#count}" uniqueCount="${this.#xml.length}">${this.#xml.join('')}</sst>`;
  }
}

/** A cell to write: text, a number, or nothing (a styled empty cell). */
export interface Cell {
  /** 0-based column. */
  readonly c: number;
  readonly v: string | number | undefined;
  /** Style index from the workbook's `StyleSheet`. */
  readonly s: number;
}

/** A dropdown (list data validation) over a range. */
export interface Dropdown {
  readonly range: string;
  readonly values: readonly string[];
}

/** The print setup of a sheet. */
export interface PrintSetup {
  /** Rows repeated at the top of every printed page (1-based, inclusive). */
  readonly titleRows?: readonly [number, number];
  /** Fit all columns on the page width. */
  readonly fitWidth?: boolean;
  /** Footer text, with Excel's codes (`&P` page, `&N` pages). */
  readonly footer?: string;
}

/** Builds one sheet. */
export class SheetBuilder {
  /** Sheet name (at most 31 characters, none of `[]:*?/\`). */
  readonly name: string;
  readonly #strings: SharedStrings;
  /** Chunks of row XML, each many rows joined. */
  readonly #rows: string[] = [];
  /** Rows not yet folded into a chunk. */
  #pending: string[] = [];
  readonly #merges: string[] = [];
  #widths: number[] = [];
  #freeze: { rows: number; columns: number } | undefined;
  #filter: string | undefined;
  #dropdowns: Dropdown[] = [];
  #maxRow = 0;
  #maxCol = 0;
  /** Print setup; `undefined` for none. */
  print: PrintSetup | undefined;

  constructor(name: string, strings: SharedStrings) {
    this.name = name;
    this.#strings = strings;
  }

  /** Appends row `r` (0-based, increasing) with cells in column order; `height` in points. */
  row(r: number, cells: readonly Cell[], height?: number): void {
    // Built as an array and joined: a flat string, not a rope of pieces that lives until the end
    // (millions of rope nodes made the collector's work grow faster than the sheet).
    const parts: string[] = [`<row r="${r + 1}"${height === undefined ? '' : ` ht="${height}" customHeight="1"`}>`];
    for (const cell of cells) {
      const ref = cellRef(r, cell.c);
      const s = cell.s === 0 ? '' : ` s="${cell.s}"`;
      if (cell.v === undefined) parts.push(`<c r="${ref}"${s}/>`);
      else if (typeof cell.v === 'number') parts.push(`<c r="${ref}"${s}><v>${cell.v}</v></c>`);
      else parts.push(`<c r="${ref}"${s} t="s"><v>${this.#strings.id(cell.v)}</v></c>`);
      if (cell.c > this.#maxCol) this.#maxCol = cell.c;
    }
    parts.push('</row>');
    this.#pending.push(parts.join(''));
    if (this.#pending.length >= 2048) this.#fold();
    if (r > this.#maxRow) this.#maxRow = r;
  }

  /** Folds the pending rows into one chunk string. */
  #fold(): void {
    this.#rows.push(this.#pending.join(''));
    this.#pending = [];
  }

  /** Merges a range given by 0-based corners (a range of one cell is ignored). */
  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r1 === r2 && c1 === c2) return;
    this.#merges.push(`<mergeCell ref="${cellRef(r1, c1)}:${cellRef(r2, c2)}"/>`);
  }

  /** Column widths in characters, from column A. */
  widths(widths: readonly number[]): void {
    this.#widths = widths.slice();
  }

  /** Freezes the first `rows` rows and `columns` columns. */
  freeze(rows: number, columns = 0): void {
    this.#freeze = { rows, columns };
  }

  /** An autofilter over the header row `headerRow` (0-based) and the rows below it, columns 0 .. `lastColumn`. */
  autofilter(headerRow: number, lastColumn: number): void {
    this.#filter = `${cellRef(headerRow, 0)}:${cellRef(Math.max(headerRow, this.#maxRow), lastColumn)}`;
  }

  /** The autofilter range, for the workbook's hidden `_FilterDatabase` name. */
  get filterRange(): string | undefined {
    return this.#filter;
  }

  /** Adds a dropdown (skipped when its list would exceed Excel's 255 characters). */
  dropdown(d: Dropdown): void {
    if (d.values.join(',').length <= 255 && !d.values.some((v) => v.includes(',') || v.includes('"'))) this.#dropdowns.push(d);
  }

  /** The sheet's XML. */
  toXml(): string {
    const parts: string[] = [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    ];
    if (this.print?.fitWidth === true) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    parts.push(`<dimension ref="A1:${cellRef(this.#maxRow, this.#maxCol)}"/>`);
    const f = this.#freeze;
    if (f !== undefined && (f.rows > 0 || f.columns > 0)) {
      const pane = f.columns > 0 && f.rows > 0 ? 'bottomRight' : f.rows > 0 ? 'bottomLeft' : 'topRight';
      parts.push(
        `<sheetViews><sheetView workbookViewId="0"><pane${f.columns > 0 ? ` xSplit="${f.columns}"` : ''}${f.rows > 0 ? ` ySplit="${f.rows}"` : ''} topLeftCell="${cellRef(f.rows, f.columns)}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`,
      );
    } else parts.push('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
    parts.push('<sheetFormatPr defaultRowHeight="13"/>');
    if (this.#widths.length > 0) {
      parts.push(
        `<cols>${this.#widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`,
      );
    }
    // Joined, not spread: a sheet has more rows than a call takes arguments.
    this.#fold();
    parts.push(`<sheetData>${this.#rows.join('')}</sheetData>`);
    if (this.#filter !== undefined) parts.push(`<autoFilter ref="${this.#filter}"/>`);
    if (this.#merges.length > 0) parts.push(`<mergeCells count="${this.#merges.length}">${this.#merges.join('')}</mergeCells>`);
    if (this.#dropdowns.length > 0) {
      parts.push(`<dataValidations count="${this.#dropdowns.length}">`);
      for (const d of this.#dropdowns) {
        parts.push(
          `<dataValidation type="list" errorStyle="information" allowBlank="1" showErrorMessage="1" sqref="${d.range}"><formula1>${xmlText(`"${d.values.join(',')}"`)}</formula1></dataValidation>`,
        );
      }
      parts.push('</dataValidations>');
    }
    parts.push('<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.6" header="0.3" footer="0.3"/>');
    if (this.print !== undefined) {
      const fit = this.print.fitWidth === true ? ' fitToWidth="1" fitToHeight="0"' : '';
      parts.push(`<pageSetup paperSize="9" orientation="landscape"${fit}/>`);
      if (this.print.footer !== undefined) parts.push(`<headerFooter><oddFooter>${xmlText(this.print.footer)}</oddFooter></headerFooter>`);
    }
    parts.push('</worksheet>');
    return parts.join('');
  }

  /** Column letters of a 0-based column (re-exported for the sheet builders). */
  static column(index: number): string {
    return columnName(index);
  }
}
