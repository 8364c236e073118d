/**
 * `@pokin/pdf`: a pohon kinerja as a print-grade, paged, vector PDF with Arimo embedded: a cover,
 * the Langkah 1 and 2 tables, the tree (one page when it fits at a readable size, else a page
 * plan with breadcrumbs and "lanjutan di halaman N" marks), the Langkah 4 worksheet and the review.
 *
 * @packageDocumentation
 */
export { pdfRenderer, renderPdf, renderPdfWithPlan } from './render.js';
export type { PageSection, PdfDocumentResult, PdfPlan } from './render.js';
export { DEFAULT_CREATION_DATE, PAPER_SIZES, resolvePdfOptions } from './options.js';
export type { Orientation, Paper, PdfFonts, PdfOptions, PdfSections, PdfSettings } from './options.js';
export type { Continuation, TreePage } from './plan.js';
export type { PageBox, TreePageGeometry } from './draw/tree.js';
export type { Frame } from './draw/page.js';
export { renderPerjanjianKinerjaPdf } from './positions/pk.js';
export type { PerjanjianKinerjaPdfOptions } from './positions/pk.js';
export { renderPetaCascadingPdf } from './positions/peta.js';
export type { PetaCascadingPdfOptions } from './positions/peta.js';
export { renderLkjipPdf } from './tables/lkjip.js';
export type { LkjipPdfOptions } from './tables/lkjip.js';
