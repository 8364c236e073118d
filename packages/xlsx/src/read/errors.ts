/**
 * {@link XlsxReadError}: what `parseXlsx` throws, each problem at its sheet and cell, in Bahasa
 * Indonesia and English.
 *
 * @module
 */
import { PokinError, type LocalizedText, type Locale, type TableIssueCode } from '@pokin/core';

/** Kinds of problem in a workbook. */
export type XlsxIssueCode =
  /** The bytes are not a zip file (so not an .xlsx). */
  | 'not-zip'
  /** A password-protected (encrypted) workbook. */
  | 'encrypted'
  /** A legacy binary .xls workbook. */
  | 'legacy-xls'
  /** Over a limit: bytes once unzipped (a zip bomb), entries, or cells. */
  | 'limit'
  /** A part of the package is missing or is not well-formed XML. */
  | 'corrupt'
  /** No sheet in a layout pokin reads. */
  | 'no-sheet'
  /** A cell holds a formula with no saved value (a file no spreadsheet has calculated); a formula with one reads as that value. */
  | 'formula'
  /** A date where a number or text belongs. */
  | 'date'
  /** A cell holds an error value (`#N/A`, `#REF!`), typed or given by its formula. */
  | 'error-value'
  /** Two merged ranges overlap. */
  | 'merge-overlap'
  | TableIssueCode;

/** One problem in a workbook. */
export interface XlsxIssue {
  readonly code: XlsxIssueCode;
  /** The sheet, when the problem lies in one. */
  readonly sheet?: string;
  /** The cell (`C12`), or a range (`B4:B9`), when the problem lies in one. */
  readonly cell?: string;
  /** The column header, when the cell lies under one. */
  readonly column?: string;
  /** What is wrong. */
  readonly text: LocalizedText;
}

/** Where an issue is: `lembar "Tabel Kinerja", sel C12 (kolom "Satuan")`. */
export function formatXlsxPlace(issue: Pick<XlsxIssue, 'sheet' | 'cell' | 'column'>, locale: Locale = 'id'): string {
  const en = locale === 'en';
  const parts: string[] = [];
  if (issue.sheet !== undefined) parts.push(`${en ? 'sheet' : 'lembar'} "${issue.sheet}"`);
  if (issue.cell !== undefined)
    parts.push(
      `${en ? 'cell' : 'sel'} ${issue.cell}${issue.column === undefined ? '' : ` (${en ? 'column' : 'kolom'} "${issue.column}")`}`,
    );
  return parts.join(', ');
}

/** One line per issue: place, then what is wrong. */
export function formatXlsxIssue(issue: XlsxIssue, locale: Locale = 'id'): string {
  const place = formatXlsxPlace(issue, locale);
  const text = locale === 'en' ? issue.text.en : issue.text.id;
  return place === '' ? text : `${place}: ${text}`;
}

/** A workbook that does not read as a cascade. `issues` lists every problem found. */
export class XlsxReadError extends PokinError {
  override name = 'XlsxReadError';
  readonly issues: readonly XlsxIssue[];
  /** Kind of the first problem. */
  readonly code: XlsxIssueCode;

  constructor(issues: readonly XlsxIssue[]) {
    const n = issues.length;
    const lines = issues.slice(0, 50).map((i) => `  ${formatXlsxIssue(i, 'en')}`);
    if (n > 50) lines.push(`  ... and ${n - 50} more`);
    super(`@pokin/xlsx parseXlsx: ${n} problem${n === 1 ? '' : 's'} in the workbook\n${lines.join('\n')}`);
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i })));
    this.code = issues[0]?.code ?? 'corrupt';
  }
}

/** A text in both languages. */
export const t = (id: string, en: string): LocalizedText => ({ id, en });

/** Throws one issue. */
export function fail(code: XlsxIssueCode, text: LocalizedText, at: { sheet?: string; cell?: string } = {}): never {
  throw new XlsxReadError([{ code, ...at, text }]);
}
