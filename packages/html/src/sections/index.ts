/**
 * The sections, by name: the renderer dispatches from this table in {@link HTML_SECTIONS} order.
 *
 * @module
 */
import type { HtmlSection } from '../options.js';
import { contextSection } from './context.js';
import { csfSection } from './csf.js';
import { matrixSection } from './matrix.js';
import { reviewSection } from './review.js';
import type { SectionBuilder } from './shared.js';
import { worksheetSection } from './worksheet.js';

/** One builder per section. */
export const SECTION_BUILDERS: Readonly<Record<HtmlSection, SectionBuilder>> = Object.freeze({
  context: contextSection,
  csf: csfSection,
  worksheet: worksheetSection,
  matrix: matrixSection,
  review: reviewSection,
});

export type { SectionBuilder } from './shared.js';
