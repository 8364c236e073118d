/**
 * How workbook cells read as text and values for core's table reader, and the messages for cells
 * pokin does not read (formulas, dates, error values).
 *
 * @module
 */
import { trimCell, type CellCodec } from '@pokin/core';
import { cellRef } from '../xml.js';
import { t, type XlsxIssue } from './errors.js';
import { QuotedText, type CellValue, type SpecialCell } from './sheet.js';

const shown = (c: CellValue): string => (c instanceof QuotedText ? c.text : typeof c === 'boolean' ? (c ? 'TRUE' : 'FALSE') : String(c));

/** The codec of workbook cells: text is trimmed unless it has the quote prefix; numbers stay numbers. */
export const XLSX_CODEC: CellCodec<CellValue> = {
  isEmpty: (c) => c === undefined,
  text(c) {
    if (c instanceof QuotedText) return { value: c.text, trimmed: false };
    const s = shown(c);
    const value = trimCell(s);
    return { value, trimmed: value.length !== s.length };
  },
  value(c) {
    if (typeof c === 'number') return c;
    if (c instanceof QuotedText) return c.text;
    return trimCell(shown(c));
  },
  show: shown,
};

/** The issue of a formula, date or error value in a cell pokin reads. */
export function specialIssue(sheet: string, row: number, s: SpecialCell, column?: string): XlsxIssue {
  const cell = cellRef(row, s.column);
  const at = column === undefined ? { sheet, cell } : { sheet, cell, column };
  if (s.kind === 'formula') {
    return {
      code: 'formula',
      ...at,
      text: t(
        `sel berisi rumus (${s.shown.slice(0, 40)}); pokin membaca nilai, bukan rumus: salin sel lalu tempel sebagai nilai (Tempel Spesial > Nilai)`,
        `the cell holds a formula (${s.shown.slice(0, 40)}); pokin reads values, not formulas: copy the cells and paste them as values (Paste Special > Values)`,
      ),
    };
  }
  if (s.kind === 'date') {
    return {
      code: 'date',
      ...at,
      text: t(
        'sel berisi tanggal, padahal di sini seharusnya angka atau teks: format selnya sebagai Angka atau Teks lalu ketik ulang nilainya',
        'the cell holds a date where a number or text belongs: format the cell as Number or Text and type the value again',
      ),
    };
  }
  return {
    code: 'error-value',
    ...at,
    text: t(`sel berisi nilai galat ${s.shown}: perbaiki sel ini di Excel`, `the cell holds the error value ${s.shown}: fix it in Excel`),
  };
}
