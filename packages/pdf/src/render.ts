/**
 * `renderPdf`: assembles the document. Sections are drawn in reading order, each page
 * remembering its section; the cover (which lists the sections' pages) and the running headers
 * and page numbers (which need the page count) are drawn last, on the buffered pages.
 *
 * @module
 */
import { localize, type Cascade, type Locale, type Renderer } from '@pokin/core';
import { Canvas } from './draw/canvas.js';
import { drawCover, type ContentsEntry } from './draw/cover.js';
import { contentFrame, drawChrome, runningHeader } from './draw/page.js';
import { CRUMB_BAND, XREF_BAND, crosscuttingLinks, drawTreePage, type TreePageGeometry } from './draw/tree.js';
import { arimoFonts } from './fonts.js';
import { t, type LabelKey } from './labels.js';
import { normalizeText } from './layout-source.js';
import { resolvePdfOptions, type PdfOptions, type PdfSettings } from './options.js';
import { planTree, type TreePage } from './plan.js';
import { signatoryOf } from './signatory.js';
import { drawTableSections } from './tables/sections.js';
import { pagedParams, singlePageCandidates } from './tree-params.js';

/** The part of the document a page belongs to. */
export type PageSection =
  'cover' | 'contextSection' | 'csfSection' | 'treeSection' | 'worksheetSection' | 'matrixSection' | 'reviewSection';

/** Where every page and result went: what tests and tools check the drawing against. */
export interface PdfPlan {
  /** Number of pages. */
  readonly pageCount: number;
  /** The section of each page (index 0 is page 1). */
  readonly sections: readonly PageSection[];
  /** The tree's pages, each with what was drawn on it. */
  readonly treePages: readonly (TreePage & TreePageGeometry)[];
  /** Page width and height in points. */
  readonly pageSize: readonly [number, number];
}

/** A PDF with its plan. */
export interface PdfDocumentResult {
  /** The PDF file. */
  readonly bytes: Uint8Array;
  /** What went on which page. */
  readonly plan: PdfPlan;
}

/**
 * Renders the cascade as a PDF: cover, Langkah 1 and 2 tables, the tree (one page when it fits
 * at a readable size, else a page plan), the Langkah 4 worksheet, the cascading matrix (when the
 * document has targets, baselines, owners or budget codes) and, when asked, the review.
 * Pure and deterministic: the same cascade and options give the same bytes.
 *
 * @param cascade - the cascade to print.
 * @param options - see {@link PdfOptions}.
 * @returns the PDF file's bytes.
 * @throws `UsageError` (from `@pokin/core`) on invalid options.
 */
export function renderPdf(cascade: Cascade, options: PdfOptions = {}): Uint8Array {
  return renderPdfWithPlan(cascade, options).bytes;
}

/** {@link renderPdf}, also returning the plan of what went on which page. */
export function renderPdfWithPlan(cascade: Cascade, options: PdfOptions = {}): PdfDocumentResult {
  const settings = resolvePdfOptions(options);
  const { locale } = settings;
  const title = normalizeText(settings.title ?? cascade.title) || t('untitled', locale);
  const agency = cascade.agency?.name === undefined ? undefined : normalizeText(cascade.agency.name);
  const canvas = new Canvas(settings, settings.fonts ?? arimoFonts(), { title, subject: t('coverKind', locale), author: agency });
  const sections: PageSection[] = [];
  const contents: ContentsEntry[] = [];
  const start = (key: LabelKey): void => {
    contents.push({ title: t(key, locale), page: canvas.pageCount });
    canvas.bookmark(t(key, locale));
  };
  const addPage = (key: PageSection): void => {
    canvas.addPage();
    sections.push(key);
  };

  // The cover is drawn last (it lists the sections' pages) but read first: its element comes first.
  const coverTag = settings.sections.cover ? canvas.tag('Sect') : undefined;
  if (settings.sections.cover) addPage('cover');
  drawTableSections(canvas, cascade, settings, ['contextSection', 'csfSection'], addPage, start);
  let treePages: (TreePage & TreePageGeometry)[] = [];
  if (settings.sections.tree) treePages = drawTree(canvas, cascade, settings, addPage, start);
  drawTableSections(canvas, cascade, settings, ['worksheetSection', 'matrixSection', 'reviewSection'], addPage, start);

  const total = canvas.pageCount;
  const header = runningHeader(title, agency);
  sections.forEach((key, i) => {
    if (key === 'cover') return;
    canvas.switchTo(i);
    canvas.artifact(() => drawChrome(canvas, header, t(key, locale), i + 1, total, locale));
  });
  if (coverTag !== undefined) {
    canvas.switchTo(0);
    canvas.mark(coverTag, () => drawCover(canvas, cascade, title, settings, signatoryOf(cascade), contents));
    canvas.endTag(coverTag);
  }
  return { bytes: canvas.finish(), plan: { pageCount: total, sections, treePages, pageSize: [canvas.width, canvas.height] } };
}

function drawTree(
  canvas: Canvas,
  cascade: Cascade,
  settings: PdfSettings,
  addPage: (key: 'treeSection') => void,
  start: (key: 'treeSection') => void,
): (TreePage & TreePageGeometry)[] {
  const frame = contentFrame(canvas);
  // A rejected link counts nowhere: no band for references, no legend entry.
  const { drawn: crosscutting, accepted } = crosscuttingLinks(cascade);
  const first = { width: frame.width, height: frame.height - (crosscutting ? XREF_BAND : 0) };
  const pages = planTree({
    cascade,
    first,
    next: { width: first.width, height: first.height - CRUMB_BAND },
    minFontSize: settings.minFontSize,
    paged: pagedParams(settings, first.width),
    single: singlePageCandidates(settings),
    maxScale: 1.6,
  });
  // The dotted legend entry follows what the pages' layouts draw: a proposed link between two pages is a reference.
  const proposed = pages.some((p) => p.layout.connectors.some((c) => c.proposed));
  const firstNumber = canvas.pageCount + 1;
  const pageOf = new Map<string, number>();
  pages.forEach((p, i) => {
    p.number = firstNumber + i;
    for (const r of p.results) pageOf.set(r.id, p.number);
  });
  return pages.map((p, i) => {
    addPage('treeSection');
    if (i === 0) start('treeSection');
    // Each tree page is a figure; its alternative text reads the page's results in order.
    let geometry: TreePageGeometry | undefined;
    canvas.tagged(
      'Figure',
      undefined,
      () => {
        geometry = drawTreePage(canvas, p, frame, {
          cascade,
          locale: settings.locale,
          minFontSize: settings.minFontSize,
          pageOf,
          crosscutting,
          proposed,
          accepted,
        });
      },
      treeAlt(cascade, p, settings.locale),
    );
    return Object.assign(p, geometry!);
  });
}

/** The alternative text of a tree page: what it shows, then each result as "level: statement". */
function treeAlt(cascade: Cascade, page: TreePage, locale: Locale): string {
  const lines = page.results.map((r) => {
    const level = cascade.level(r.id);
    return `${level === undefined ? r.level : localize(level.label, locale)}: ${normalizeText(r.statement)}`;
  });
  return `${t('treeSection', locale)} (${page.results.length}). ${lines.join('; ')}`;
}

/** The PDF renderer as a `@pokin/core` renderer plug-in. */
export const pdfRenderer: Renderer<PdfOptions, Uint8Array> = Object.freeze({
  name: 'pdf',
  mediaType: 'application/pdf',
  extension: 'pdf',
  render: renderPdf,
});
