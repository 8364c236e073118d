/**
 * Page geometry and the parts every page has: margins, the running header, the footer with the
 * page number.
 *
 * @module
 */
import type { Locale } from '@pokin/core';
import { pageOf } from '../labels.js';
import { measureText, normalizeText } from '../layout-source.js';
import type { Canvas } from './canvas.js';

/** Margin around the page, in points (about 1 cm). */
export const MARGIN = 28;
/** Height of the running header band. */
export const HEADER = 22;
/** Height of the footer band. */
export const FOOTER = 18;
/** Size of the running header and footer text. */
export const CHROME_SIZE = 7.5;
/** Grey of secondary text and rules. */
export const MUTED = '#5f6368';
/** Text colour. */
export const INK = '#1b1b1b';

/** An area of a page, in points from the top left. */
export interface Frame {
  /** Left edge. */
  readonly left: number;
  /** Top edge. */
  readonly top: number;
  /** Width. */
  readonly width: number;
  /** Height. */
  readonly height: number;
}

/** The area between the header and the footer. */
export function contentFrame(canvas: Canvas): Frame {
  return { left: MARGIN, top: MARGIN + HEADER, width: canvas.width - 2 * MARGIN, height: canvas.height - 2 * MARGIN - HEADER - FOOTER };
}

/** Shortens text with an ellipsis to fit `width` at `size`. */
export function fitLine(text: string, width: number, size: number, bold = false): string {
  const t = normalizeText(text);
  if (measureText(t, size, bold) <= width) return t;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measureText(`${t.slice(0, mid)}…`, size, bold) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${t.slice(0, lo).trimEnd()}…`;
}

/**
 * The running header of every page after the cover: the title, then the agency when the title does
 * not already name it (`pokin init --agency` titles the tree "Pohon Kinerja <agency>").
 */
export function runningHeader(title: string, agency: string | undefined): string {
  if (agency === undefined || agency === '') return title;
  return title.toLocaleLowerCase('id').includes(agency.toLocaleLowerCase('id')) ? title : `${title} · ${agency}`;
}

/** Draws the running header (document title left, section right) and the footer (page number). */
export function drawChrome(canvas: Canvas, docTitle: string, section: string, page: number, total: number, locale: Locale): void {
  const right = canvas.width - MARGIN;
  const baseline = MARGIN + CHROME_SIZE;
  const sectionWidth = Math.min(measureText(section, CHROME_SIZE), (canvas.width - 2 * MARGIN) * 0.45);
  const sectionText = fitLine(section, sectionWidth, CHROME_SIZE);
  canvas.text(fitLine(docTitle, canvas.width - 2 * MARGIN - sectionWidth - 24, CHROME_SIZE, true), MARGIN, baseline, {
    size: CHROME_SIZE,
    bold: true,
    color: MUTED,
  });
  canvas.text(sectionText, right, baseline, { size: CHROME_SIZE, color: MUTED }, 'end', measureText(sectionText, CHROME_SIZE));
  canvas.line(MARGIN, baseline + 5, right, baseline + 5, '#c4c7c5', 0.5);
  const foot = canvas.height - MARGIN;
  canvas.line(MARGIN, foot - CHROME_SIZE - 5, right, foot - CHROME_SIZE - 5, '#c4c7c5', 0.5);
  const label = pageOf(page, total, locale);
  canvas.text(label, right, foot, { size: CHROME_SIZE, color: MUTED }, 'end', measureText(label, CHROME_SIZE));
}
