/**
 * The options of {@link renderSvg}: the tree layout's options (`@pokin/core/layout`), under the
 * names this package has always exported.
 *
 * @module
 */
import { optionChecks, type Agency, type ResultRecord } from '@pokin/core';
import type { SvgAchievementOptions } from './capaian.js';
import { resolveLayoutOptions, type LayoutColors, type LayoutGaps, type LayoutOptions, type LayoutSettings } from '@pokin/core/layout';

/** Options of {@link renderSvg} and {@link layoutCascade}: the layout options of `@pokin/core/layout`, and `achievement`. Every field is optional. */
export interface SvgOptions extends LayoutOptions {
  /**
   * Colour each box by its capaian band for this year (and period), print its capaian in the box
   * and add a band legend (`renderSvg` only).
   * @default none (boxes coloured by tier)
   */
  readonly achievement?: SvgAchievementOptions;
  /**
   * Print the owner (penanggung jawab: position and unit) at the bottom of each box, and mark a
   * result whose `owner.agency` is not the document's agency with a dashed inner border and the
   * words "Instansi lain" / "Other agency" and that agency's name, with a legend line for the
   * border (`renderSvg` only).
   * @default false
   */
  readonly showOwner?: boolean;
  /**
   * The agency each result belongs to, against which `showOwner` tells whether its owner is
   * another agency's: in a workspace's combined tree, the agency of the document the result comes
   * from (`resultAgencies` of `@pokin/core`), not the Pemda's. Return `undefined` for a result
   * without one (every named `owner.agency` then counts as another agency's).
   * @default the document's agency (`cascade.agency`) for every result
   */
  readonly resultAgency?: (result: ResultRecord) => Readonly<Agency> | undefined;
}
/** {@link SvgOptions} with every default applied. */
export interface SvgSettings extends LayoutSettings {
  /** See {@link SvgOptions.showOwner}. */
  readonly showOwner: boolean;
  /** See {@link SvgOptions.resultAgency}; `undefined` for the default. */
  readonly resultAgency: ((result: ResultRecord) => Readonly<Agency> | undefined) | undefined;
}
/** Colours of the diagram; every field optional in {@link SvgOptions.colors}. */
export type SvgColors = LayoutColors;
/** Spacing of the diagram in pixels; every field optional in {@link SvgOptions.gaps}. */
export type SvgGaps = LayoutGaps;

/**
 * Applies the defaults to user options, once, at the entry of the renderer.
 *
 * @throws `UsageError` (from `@pokin/core`) on a value of the wrong type, an unknown locale, or a
 * size that is not a finite number of at least 0. A size below its minimum is raised to it.
 */
export function resolveSvgOptions(options: SvgOptions = {}): SvgSettings {
  const caller = '@pokin/svg renderSvg';
  const checks = optionChecks(caller);
  const showOwner = checks.flag('showOwner', options.showOwner, false);
  const { resultAgency } = options;
  if (resultAgency !== undefined && typeof resultAgency !== 'function') checks.fail('resultAgency must be a function');
  return { ...resolveLayoutOptions(options, caller), showOwner, resultAgency };
}
