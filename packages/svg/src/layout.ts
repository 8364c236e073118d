/**
 * {@link layoutCascade}: the layout step of {@link renderSvg} on its own, from `@pokin/core/layout`.
 *
 * @module
 */
import type { Cascade } from '@pokin/core';
import { layoutWithSettings, type TreeLayout } from '@pokin/core/layout';
import { resolveSvgOptions, type SvgOptions } from './options.js';

/** The diagram as {@link layoutCascade} computes it: `@pokin/core/layout`'s `TreeLayout`. */
export type SvgLayout = TreeLayout;

/**
 * Lays out a cascade: wraps and measures every text, sizes the boxes, positions them as a
 * tidy tree (rows aligned by depth; the leaves of one parent stacked in a column when
 * `stackLeaves` is on), and routes the connectors. Pure: the same input gives the same model.
 *
 * @param cascade - the cascade to draw.
 * @param options - the same options as {@link renderSvg}.
 * @throws `UsageError` when the primary tree is deeper than `MAX_LAYOUT_DEPTH`.
 */
export function layoutCascade(cascade: Cascade, options: SvgOptions = {}): SvgLayout {
  return layoutWithSettings(cascade, resolveSvgOptions(options));
}
