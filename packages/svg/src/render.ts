/**
 * The entry points: {@link renderSvg} and the {@link svgRenderer} plug-in. The pipeline: options
 * resolved once (`options.ts`), the cascade laid out into the public {@link SvgLayout} model
 * (`layout.ts`), the model serialised (`serialize.ts`).
 *
 * @module
 */
import { assertCascade, type Cascade, type Renderer } from '@pokin/core';
import { layoutWithSettings } from '@pokin/core/layout';
import { capaianLegend, capaianNotes } from './capaian.js';
import { agencyOf, joinNotes, otherAgencyMarks, ownerNotes } from './owner.js';
import { resolveSvgOptions, type SvgOptions } from './options.js';
import { serializeSvg } from './serialize.js';

/**
 * Renders a cascade as one standalone SVG document (UTF-8, with an XML declaration): a top-down
 * tree of boxes coloured by tier, statements wrapped to the box width, indicators (IK) under them,
 * elbow connectors from parent to child, dashed crosscutting connectors, a title and a tier legend.
 * With `achievement`, each box is filled by its capaian band, prints its capaian, and a band legend follows.
 * With `showOwner`, each box prints its owner (before any `boxNote`), and a result of another agency is marked (see {@link SvgOptions.showOwner}).
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
  assertCascade(cascade, '@pokin/svg renderSvg');
  const settings = resolveSvgOptions(options);
  if (options?.achievement === undefined && !settings.showOwner) return serializeSvg(layoutWithSettings(cascade, settings));
  const { locale } = settings;
  const legendSize = Math.round(settings.fontSize * 0.85);
  const capaian = options?.achievement === undefined ? undefined : capaianNotes(cascade, options.achievement, locale);
  const own = agencyOf(cascade, settings.resultAgency);
  // The owner line and the capaian keep the caller's box note (a workspace's agency note) beside them.
  const note = settings.showOwner ? ownerNotes(own, locale, settings.boxNote, capaian?.note) : joinNotes(settings.boxNote, capaian?.note);
  const layout = layoutWithSettings(cascade, { ...settings, boxNote: note });
  const first = capaian === undefined ? { markup: '', height: 0, width: 0 } : capaianLegend(layout, capaian, locale, legendSize);
  if (!settings.showOwner) return serializeSvg(layout, first);
  const marks = otherAgencyMarks(cascade, own, layout, locale, legendSize, layout.height + first.height, settings.measurer);
  return serializeSvg(layout, {
    markup: first.markup + marks.markup,
    height: first.height + marks.height,
    width: Math.max(first.width, marks.width),
  });
}

/** The SVG renderer as a {@link Renderer} plug-in (`pokin render --to svg`). */
export const svgRenderer: Renderer<SvgOptions> = Object.freeze({
  name: 'svg',
  mediaType: 'image/svg+xml',
  extension: 'svg',
  render: renderSvg,
});
