/**
 * The entry points: {@link renderSvg} and the {@link svgRenderer} plug-in. The pipeline: options
 * resolved once (`options.ts`), the cascade laid out into the public {@link SvgLayout} model
 * (`layout.ts`), the model serialised (`serialize.ts`).
 *
 * @module
 */
import type { Cascade, Renderer } from '@pokin/core';
import { layoutWithSettings } from '@pokin/core/layout';
import { resolveSvgOptions, type SvgOptions } from './options.js';
import { serializeSvg } from './serialize.js';

/**
 * Renders a cascade as one standalone SVG document (UTF-8, with an XML declaration): a top-down
 * tree of boxes coloured by tier, statements wrapped to the box width, indicators (IK) under them,
 * elbow connectors from parent to child, dashed crosscutting connectors, a title and a tier legend.
 *
 * Pure and deterministic: the same cascade and options give the same string. All text is escaped.
 *
 * @example
 * ```ts
 * import { parseCascade } from '@pokin/core';
 * import { renderSvg } from '@pokin/svg';
 * const svg = renderSvg(parseCascade(doc), { locale: 'en' });
 * ```
 */
export function renderSvg(cascade: Cascade, options?: SvgOptions): string {
  return serializeSvg(layoutWithSettings(cascade, resolveSvgOptions(options)));
}

/** The SVG renderer as a {@link Renderer} plug-in (`pokin render --to svg`). */
export const svgRenderer: Renderer<SvgOptions> = Object.freeze({
  name: 'svg',
  mediaType: 'image/svg+xml',
  extension: 'svg',
  render: renderSvg,
});
