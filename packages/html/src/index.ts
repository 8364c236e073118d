/**
 * `@pokin/html`: a pokin cascade as HTML tables: the Langkah 1 context, the Langkah 2 CSF, the
 * Langkah 4 worksheet (a column per level under tier headers, each result in one cell spanning
 * the rows of its descendants) and the review. A whole document with print CSS, or a fragment.
 *
 * @packageDocumentation
 */
export { renderHtml, htmlRenderer } from './render.js';
export { renderDiffHtml } from './diff.js';
export type { DiffHtmlOptions } from './diff.js';
export { HTML_SECTIONS } from './options.js';
export type { HtmlOptions, HtmlPaper, HtmlSection, HtmlSignatory, HtmlUnusedLevels } from './options.js';
export { htmlStylesheet } from './styles.js';
export { renderLkjipHtml } from './lkjip.js';
export type { LkjipHtmlOptions } from './lkjip.js';
export type { HtmlStylesheetOptions } from './styles.js';
export { LABELS as HTML_LABELS } from './labels.js';
export type { Label as HtmlLabel } from './labels.js';
export { renderCrosscuttingHtml, renderPerjanjianKinerja, renderPetaCascading } from './positions/index.js';
export type { CrosscuttingHtmlOptions, PageOptions, PerjanjianKinerjaOptions, PetaCascadingOptions } from './positions/index.js';
