/**
 * `@pokin/core/layout`: the tree layout every drawing renderer shares (`@pokin/svg`,
 * `@pokin/pdf`, `@pokin/viewer`). {@link layoutCascade} turns a cascade into a positioned
 * {@link TreeLayout}: boxes sized from their text, wrapped with real Arimo advance widths
 * (metric-compatible with Arial and Liberation Sans), placed as a tidy tree, with connectors, a
 * heading and a tier legend. A renderer only draws the model.
 *
 * A subpath of its own, so `@pokin/core` stays small for code that does not draw.
 *
 * @packageDocumentation
 */
export { MAX_LAYOUT_DEPTH } from './tree.js';
export { layoutCascade, layoutWithSettings } from './layout.js';
export { createLayoutCache } from './cache.js';
export type { LayoutCache } from './cache.js';
export { DEFAULT_COLORS, DEFAULT_GAPS, resolveLayoutOptions } from './options.js';
export type { BoxNote, LayoutColors, LayoutGaps, LayoutOptions, LayoutSettings, TierColors } from './options.js';
export { DEFAULT_FONT_FAMILY, arimoMeasurer, createCanvasMeasurer, createFontMetricsMeasurer } from './measure.js';
export type { CanvasTextContext, FontMetricsMeasurerOptions, FontWeight, TextMeasurer } from './measure.js';
export { ARIMO_METRICS } from './metrics/arimo.js';
export type { FontMetrics } from './metrics/types.js';
export { REPLACEMENT_CHARACTER, normalizeText, sanitizeXmlText, wrapText } from './text.js';
export type { LayoutBox, LayoutConnector, LayoutLegendItem, LayoutLine, LayoutRect, LayoutText, TextRole, TreeLayout } from './model.js';
