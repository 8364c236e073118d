/**
 * Font metrics as data, for {@link createFontMetricsMeasurer}.
 *
 * @module
 */

/**
 * Advance widths of one font family in two weights, for contiguous code point ranges.
 * `advances.normal` and `advances.bold` list one entry per code point of `ranges`, in order, in
 * font units (`unitsPerEm` per em); `-1` marks a code point the font has no glyph for.
 */
export interface FontMetrics {
  /** Family name, e.g. `Arimo`. */
  readonly family: string;
  /** Font units per em, e.g. 2048. */
  readonly unitsPerEm: number;
  /** Inclusive code point ranges `[first, last]`, ascending. */
  readonly ranges: readonly (readonly [number, number])[];
  /** Advance widths per weight, one per code point of `ranges`, `-1` when missing. */
  readonly advances: { readonly normal: readonly number[]; readonly bold: readonly number[] };
}
