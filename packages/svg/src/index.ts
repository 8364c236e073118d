/**
 * `@pokin/svg`: a pohon kinerja as a standalone SVG tree diagram, the way agencies print it in
 * their Renstra. Pipeline: options resolved once -> {@link layoutCascade} (the positioned model
 * of `@pokin/core/layout`) -> the serializer, which writes that model as markup.
 *
 * @packageDocumentation
 */
export { renderSvg, svgRenderer } from './render.js';
export { layoutCascade } from './layout.js';
export { serializeSvg } from './serialize.js';
export type { SvgLayout } from './layout.js';
export { resolveSvgOptions } from './options.js';
export type { SvgColors, SvgGaps, SvgOptions, SvgSettings } from './options.js';
export type { SvgAchievementOptions } from './capaian.js';
// The layout's public names, re-exported from `@pokin/core/layout` for code written against earlier versions.
export {
  ARIMO_METRICS,
  DEFAULT_COLORS,
  DEFAULT_FONT_FAMILY,
  DEFAULT_GAPS,
  MAX_LAYOUT_DEPTH,
  REPLACEMENT_CHARACTER,
  arimoMeasurer,
  createCanvasMeasurer,
  createFontMetricsMeasurer,
  normalizeText,
  sanitizeXmlText,
  wrapText,
} from '@pokin/core/layout';
export type {
  CanvasTextContext,
  FontMetrics,
  FontMetricsMeasurerOptions,
  FontWeight,
  LayoutBox,
  LayoutConnector,
  LayoutLegendItem,
  LayoutLine,
  LayoutText,
  TextMeasurer,
  TextRole,
  TierColors,
} from '@pokin/core/layout';
