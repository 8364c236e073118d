/**
 * The page shell of the position and workspace documents (Perjanjian Kinerja annex, peta
 * cascading, crosscutting matrix): a whole HTML document with its own print stylesheet, and the
 * words they share in Bahasa Indonesia and English.
 *
 * @module
 */
import type { Locale } from '@pokin/core';
import { UsageError } from '@pokin/core';
import { documentShell } from '../shell.js';
import { h, type Child, type ElementNode, type HtmlNode } from '../tree.js';

/** Options the position and workspace documents share. */
export interface PageOptions {
  /**
   * Language of the labels.
   * @default 'id'
   */
  readonly locale?: Locale;
  /**
   * Paper and orientation of the printed page.
   * @default the document's own (A4 portrait for the Perjanjian Kinerja, A4 landscape for tables)
   */
  readonly paper?: 'A4' | 'A3';
}

/** A text in both languages. */
export type Words = { readonly id: string; readonly en: string };

/** Checks the shared options and returns the locale. */
export function pageLocale(fn: string, options: PageOptions | undefined): Locale {
  const locale = options?.locale ?? 'id';
  if (locale !== 'id' && locale !== 'en')
    throw new UsageError(`@pokin/html ${fn}: locale must be "id" or "en", got ${JSON.stringify(locale)}`);
  const paper = options?.paper ?? 'A4';
  if (paper !== 'A4' && paper !== 'A3') throw new UsageError(`@pokin/html ${fn}: paper must be "A4" or "A3", got ${JSON.stringify(paper)}`);
  return locale;
}

const CSS = (paper: string, orientation: 'portrait' | 'landscape') => `
.pokin-doc { font-family: "Liberation Sans", Arimo, Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.35; color: #111; max-width: ${orientation === 'portrait' ? '190mm' : '277mm'}; margin: 0 auto; padding: 8mm 0; }
.pokin-doc .annex { margin: 0 0 2em; }
.pokin-doc .annex + .annex { break-before: page; page-break-before: always; }
.pokin-doc h1, .pokin-doc h2 { text-align: center; margin: 0; font-size: 12pt; text-transform: uppercase; }
.pokin-doc h2 { font-size: 11pt; }
.pokin-doc .sub { text-align: center; margin: 0.1em 0; font-weight: bold; }
.pokin-doc .lead { margin: 1.2em 0 0.8em; }
.pokin-doc table { border-collapse: collapse; width: 100%; margin-top: 0.8em; }
.pokin-doc caption { caption-side: top; text-align: left; font-weight: bold; padding: 0 0 0.4em; }
.pokin-doc th, .pokin-doc td { border: 1px solid #444; padding: 4px 6px; vertical-align: top; text-align: left; }
.pokin-doc thead th { background: #e8e8e8; text-align: center; vertical-align: middle; }
.pokin-doc td.no, .pokin-doc td.target, .pokin-doc td.count { text-align: center; white-space: nowrap; }
.pokin-doc td.unit { white-space: nowrap; }
.pokin-doc td.empty { color: #777; text-align: center; }
.pokin-doc .status-disetujui { background: #e6f4e6; }
.pokin-doc .status-diusulkan { background: #fff6d6; }
.pokin-doc .status-ditolak { background: #fbe3e3; }
.pokin-doc .status-none { background: #f0f0f0; }
.pokin-doc .signatures { display: flex; justify-content: space-between; margin-top: 2.5em; break-inside: avoid; page-break-inside: avoid; }
.pokin-doc .signatures .party { width: 45%; text-align: center; display: flex; flex-direction: column; }
.pokin-doc .signatures p { margin: 0; }
.pokin-doc .signatures .space { flex: 1 0 5.5em; }
.pokin-doc .signatures .name { font-weight: bold; text-decoration: underline; }
.pokin-doc .crosscutting-matrix td.empty { background: #f4f4f4; }
.pokin-doc .legend { margin-top: 0.6em; font-size: 9pt; color: #333; }
@media print { .pokin-doc { padding: 0; max-width: none; } .pokin-doc thead { display: table-header-group; } .pokin-doc tr { break-inside: avoid; page-break-inside: avoid; } }
@page { size: ${paper} ${orientation}; margin: 15mm 15mm 15mm; @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; color: #444; } }
`;

/** A table of a position document: its header rows and its body rows. */
export function headedTable(head: Child, body: Child): ElementNode {
  return h('table', null, h('thead', null, head), h('tbody', null, body));
}

/** The head of a document page: its title, language and paper. */
export interface PageHead {
  readonly title: string;
  readonly locale: Locale;
  /** The paper size. @default 'A4' */
  readonly paper?: string | undefined;
  readonly orientation: 'portrait' | 'landscape';
}

/** A whole document: head with title and stylesheet, body with the given content. */
export function page(head: PageHead, ...body: Child[]): HtmlNode {
  const { title, locale, paper = 'A4', orientation } = head;
  return documentShell(locale, title, CSS(paper, orientation), h('body', null, h('main', { class: 'pokin-doc' }, ...body)));
}
