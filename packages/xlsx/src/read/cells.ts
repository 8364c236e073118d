/**
 * How workbook cells read as text and values for core's table reader, and the messages for cells
 * pokin does not read (formulas with no saved value, dates, error values).
 *
 * @module
 */
import { trimCell, type CellCodec } from '@pokin/core';
import { cellRef } from '../xml.js';
import { t, type XlsxIssue } from './errors.js';
import { QuotedText, type CellValue, type SpecialCell } from './sheet.js';
import type { ReadNote } from './types.js';

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

/**
 * The note, once per sheet, of the cells read from formulas' saved values: `computed` holds the
 * columns of each row so read, in the sheet's order; `reads` picks the cells the layout reads.
 * None when there are none.
 */
export function formulaNote(
  sheet: string,
  computed: ReadonlyMap<number, readonly number[]>,
  reads: (row: number, column: number) => boolean = () => true,
): ReadNote[] {
  let count = 0;
  let first: string | undefined;
  for (const [row, columns] of computed)
    for (const column of columns)
      if (reads(row, column)) {
        first ??= cellRef(row, column);
        count++;
      }
  if (count === 0) return [];
  return [
    {
      sheet,
      text: t(
        `${count} sel berisi rumus dibaca dari nilai yang terakhir dihitung dan disimpan Excel atau LibreOffice (pertama: sel ${first}); pokin tidak menjalankan rumus`,
        `${count} cell${count === 1 ? '' : 's'} holding formulas ${count === 1 ? 'was' : 'were'} read as the value${count === 1 ? '' : 's'} Excel or LibreOffice last calculated and saved (first: cell ${first}); pokin does not run formulas`,
      ),
    },
  ];
}

/** What an error value of Excel's means and what to fix, in both languages. */
const ERROR_HINTS: Readonly<Record<string, readonly [string, string]>> = {
  '#DIV/0!': ['pembaginya nol atau sel kosong: isi sel pembaginya', 'it divides by zero or an empty cell: fill in the divisor'],
  '#REF!': ['rumus merujuk sel yang sudah dihapus: perbaiki rujukannya', 'the formula refers to a deleted cell: mend its reference'],
  '#N/A': [
    'nilai yang dicari (VLOOKUP, MATCH) tidak ditemukan: periksa nilai dan tabel rujukannya',
    'a lookup (VLOOKUP, MATCH) found nothing: check the value and the table it looks in',
  ],
  '#VALUE!': ['teks ikut dihitung sebagai angka: periksa sel yang dirujuk', 'text is used as a number: check the cells it refers to'],
  '#NAME?': [
    'nama fungsi atau rentang tidak dikenal: periksa ejaan rumusnya',
    'a function or range name is unknown: check how the formula is spelt',
  ],
  '#NUM!': ['hasil hitungannya bukan angka yang sah', 'the calculation gives no valid number'],
  '#NULL!': ['dua rentang dalam rumus tidak beririsan', 'two ranges in the formula do not intersect'],
};

/** A formula as a message quotes it: at most 60 characters, and the first cell of a shared formula. */
function quoteFormula(s: SpecialCell, en: boolean): string {
  const text = s.formula ?? s.shown;
  const short = text.length > 60 ? `${text.slice(0, 59)}…` : text;
  if (s.sharedFrom === undefined) return short;
  return en ? `${short}, shared from cell ${s.sharedFrom}` : `${short}, rumus bersama dari sel ${s.sharedFrom}`;
}

/** The issue of a formula with no saved value, a date or an error value in a cell pokin reads. */
export function specialIssue(sheet: string, row: number, s: SpecialCell, column?: string): XlsxIssue {
  const cell = cellRef(row, s.column);
  const at = column === undefined ? { sheet, cell } : { sheet, cell, column };
  if (s.kind === 'formula') {
    return {
      code: 'formula',
      ...at,
      text: t(
        `sel berisi rumus (${quoteFormula(s, false)}) tanpa nilai tersimpan: berkas ini ditulis oleh program dan belum pernah dihitung; pokin tidak menjalankan rumus. Buka berkas di Excel atau LibreOffice lalu simpan, atau salin sel lalu tempel sebagai nilai (Tempel Spesial > Nilai)`,
        `the cell holds a formula (${quoteFormula(s, true)}) with no saved value: a program wrote the file and nothing has calculated it; pokin does not run formulas. Open the file in Excel or LibreOffice and save it, or copy the cells and paste them as values (Paste Special > Values)`,
      ),
    };
  }
  if (s.kind === 'error' && s.formula !== undefined) {
    const hint = ERROR_HINTS[s.shown.toUpperCase()];
    return {
      code: 'error-value',
      ...at,
      text: t(
        `rumus (${quoteFormula(s, false)}) menghasilkan galat ${s.shown} di Excel${hint === undefined ? '' : `: ${hint[0]}`}; perbaiki rumus atau sel yang dirujuknya, simpan, lalu baca lagi`,
        `the formula (${quoteFormula(s, true)}) gives the error ${s.shown} in Excel${hint === undefined ? '' : `: ${hint[1]}`}; fix the formula or the cells it refers to, save, and read the file again`,
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
