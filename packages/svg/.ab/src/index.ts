/**
 * `@pokin/svg`: a pohon kinerja as a standalone SVG tree diagram, the way agencies print it in
 * their Renstra. Pipeline: cascade -> {@link layoutCascade} (a positioned model) -> serializer.
 *
 * @packageDocumentation
 */
export { renderSvg, svgRenderer } from './render.js';
export { MAX_LAYOUT_DEPTH, layoutCascade } from './layout.js';
export { DEFAULT_COLORS, DEFAULT_GAPS, resolveSvgOptions } from './options.js';
export type { SvgColors, SvgGaps, SvgOptions, SvgSettings, TierColors } from './options.js';
export { DEFAULT_FONT_FAMILY, arimoMeasurer, createCanvasMeasurer, createFontMetricsMeasurer } from './measure.js';
export type { CanvasTextContext, FontMetricsMeasurerOptions, FontWeight, TextMeasurer } from './measure.js';
export { ARIMO_METRICS } from './metrics/arimo.js';
export type { FontMetrics } from './metrics/types.js';
export { REPLACEMENT_CHARACTER, normalizeText, sanitizeXmlText, wrapText } from './text.js';
export type { LayoutBox, LayoutConnector, LayoutLegendItem, LayoutLine, LayoutText, SvgLayout, TextRole } from './model.js';
