/**
 * The layout a viewer shows: laid out again (with a cache that keeps every measured text) after
 * each fold or unfold, its boxes by id, its extent, and the standalone layout of the same view
 * that the exports draw.
 *
 * @module
 */
import type { Cascade, Locale } from '@pokin/core';
import { createLayoutCache, layoutWithSettings, type LayoutCache, type LayoutSettings } from '@pokin/core/layout';
import { layoutCascade, resolveSvgOptions, type SvgLayout, type SvgOptions } from '@pokin/svg';

type Box = SvgLayout['boxes'][number];

/** The current layout of one viewer. */
export class Scene {
  layout: SvgLayout | undefined;
  boxes = new Map<string, Box>();
  /** The drawing's settings and the texts measured with them, kept from one fold to the next. */
  #settings: LayoutSettings | undefined;
  #cache: LayoutCache = createLayoutCache();

  /** New settings (another cascade, language or drawing options): nothing measured is kept. */
  reset(options: SvgOptions, locale: Locale, idPrefix: string): void {
    this.#settings = resolveSvgOptions({ ...options, locale, idPrefix });
    this.#cache = createLayoutCache();
  }

  /** Lays out `cascade` with `collapsed` folded. */
  lay(cascade: Cascade, collapsed: ReadonlySet<string>): SvgLayout | undefined {
    if (!this.#settings) return undefined;
    const layout = layoutWithSettings(cascade, { ...this.#settings, collapsed }, this.#cache);
    this.layout = layout;
    this.boxes = new Map(layout.boxes.map((b) => [b.id, b] as const));
    return layout;
  }

  /** The drawing's extent. */
  extent(): { x: number; y: number; width: number; height: number } {
    return { x: 0, y: 0, width: this.layout?.width ?? 0, height: this.layout?.height ?? 0 };
  }
}

/** The layout of what is unfolded, with the package's default id prefix (for a standalone file). */
export function standaloneLayout(
  what: string,
  cascade: Cascade | undefined,
  options: SvgOptions,
  locale: Locale,
  collapsed: ReadonlySet<string>,
): SvgLayout {
  if (!cascade) throw new Error(`@pokin/viewer ${what}: no cascade is shown`);
  return layoutCascade(cascade, { ...options, locale, collapsed });
}
