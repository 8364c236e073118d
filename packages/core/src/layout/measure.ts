/**
 * Text measurement: the {@link TextMeasurer} contract and the default, data-driven measurer
 * that uses the real advance widths of Arimo (metric-compatible with Arial and Liberation Sans).
 *
 * @module
 */
import { ARIMO_METRICS } from './metrics/arimo.js';
import type { FontMetrics } from './metrics/types.js';

/** Font weights the renderer uses: statements are bold, everything else normal. */
export type FontWeight = 'normal' | 'bold';

/**
 * Measures the advance width of a single line of text, in CSS pixels. The renderer wraps every
 * text to the box width with it, so it must measure the font the SVG names in `font-family`
 * (or a wider one): a measurer that under-estimates lets text overflow its box.
 *
 * Implementations must be pure (same input, same width) so the output stays deterministic.
 *
 * A canvas measurer in a browser (see also {@link createCanvasMeasurer}):
 *
 * @example
 * ```ts
 * const ctx = document.createElement('canvas').getContext('2d')!;
 * const measurer: TextMeasurer = {
 *   measure(text, size, weight = 'normal') {
 *     ctx.font = `${weight} ${size}px Arimo, Arial, sans-serif`;
 *     return ctx.measureText(text).width;
 *   },
 * };
 * renderSvg(cascade, { measurer }); // @pokin/svg
 * ```
 */
export interface TextMeasurer {
  /**
   * Width in pixels of `text` (one line, no line breaks) set in `fontSizePx` pixels.
   *
   * @param text - the text; already free of control characters and line breaks.
   * @param fontSizePx - font size in CSS pixels.
   * @param fontWeight - `'normal'` (default) or `'bold'`.
   */
  measure(text: string, fontSizePx: number, fontWeight?: FontWeight): number;
}

/** Options of {@link createFontMetricsMeasurer}. */
export interface FontMetricsMeasurerOptions {
  /**
   * Width, in em, assumed for a character the metrics do not cover (emoji, CJK, scripts
   * the font lacks). Generous on purpose, so such text never overflows whatever font the viewer
   * falls back to.
   * @default 1.3
   */
  readonly fallbackEm?: number;
}

/**
 * A {@link TextMeasurer} from advance-width data ({@link FontMetrics}). Kerning is ignored, which
 * only over-estimates widths for Latin text (kerning pairs mostly tighten), so wrapping stays safe.
 */
export function createFontMetricsMeasurer(metrics: FontMetrics, options: FontMetricsMeasurerOptions = {}): TextMeasurer {
  const fallback = options.fallbackEm ?? 1.3;
  let max = 0;
  for (const [, last] of metrics.ranges) max = Math.max(max, last);
  const table = (advances: readonly number[]): Float64Array => {
    const t = new Float64Array(max + 1).fill(fallback);
    let i = 0;
    for (const [first, last] of metrics.ranges) {
      for (let cp = first; cp <= last; cp++, i++) {
        const a = advances[i] ?? -1;
        if (a >= 0) t[cp] = a / metrics.unitsPerEm;
      }
    }
    return t;
  };
  const tables: AdvanceTables = { normal: table(metrics.advances.normal), bold: table(metrics.advances.bold), max, fallback };
  const measurer: TextMeasurer = {
    measure: (text: string, fontSizePx: number, fontWeight: FontWeight = 'normal'): number =>
      measureRange(tables, text, 0, text.length, fontSizePx, fontWeight),
  };
  ADVANCE_TABLES.set(measurer, tables);
  return measurer;
}

/** Advance widths in em by UTF-16 code unit, up to `max`; `fallback` for anything above. */
export interface AdvanceTables {
  readonly normal: Float64Array;
  readonly bold: Float64Array;
  readonly max: number;
  readonly fallback: number;
}

/** Width of `text.slice(start, end)` from advance tables, measured in place (no slice). */
export function measureRange(
  tables: AdvanceTables,
  text: string,
  start: number,
  end: number,
  fontSizePx: number,
  fontWeight: FontWeight = 'normal',
): number {
  const t = fontWeight === 'bold' ? tables.bold : tables.normal;
  const max = tables.max;
  let em = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c <= max) {
      em += t[c]!;
    } else {
      // Astral characters count once (skip the low surrogate).
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
      em += tables.fallback;
    }
  }
  return em * fontSizePx;
}

// The measurers made from font metrics can measure a word in place: wrapping thousands of texts
// then makes no string per word. Kept beside the public interface rather than in it.
const ADVANCE_TABLES = new WeakMap<TextMeasurer, AdvanceTables>();

/** The advance tables behind a measurer made by {@link createFontMetricsMeasurer}, if it is one. */
export function advanceTablesOf(measurer: TextMeasurer): AdvanceTables | undefined {
  return ADVANCE_TABLES.get(measurer);
}

/**
 * The default measurer: real advance widths of Arimo Regular and Bold (the same metrics as Arial
 * and Liberation Sans) for Latin, Latin-1, Latin Extended, Greek, Cyrillic and common punctuation;
 * 1.3 em for anything else.
 */
export const arimoMeasurer: TextMeasurer = createFontMetricsMeasurer(ARIMO_METRICS);

/** The part of a `CanvasRenderingContext2D` that {@link createCanvasMeasurer} uses. */
export interface CanvasTextContext {
  /** CSS font shorthand. */
  font: string;
  /** Measures text in the current font. */
  measureText(text: string): { readonly width: number };
}

/**
 * A {@link TextMeasurer} for browsers that measures with a canvas 2D context, i.e. with the fonts
 * the page really has. Pass the same family list as the `fontFamily` option.
 *
 * @example
 * ```ts
 * const ctx = document.createElement('canvas').getContext('2d')!;
 * renderSvg(cascade, { measurer: createCanvasMeasurer(ctx) });
 * ```
 *
 * @param context - a canvas 2D context (or anything with `font` and `measureText`).
 * @param fontFamily - the CSS font family list; defaults to the renderer's default family.
 */
export function createCanvasMeasurer(context: CanvasTextContext, fontFamily = DEFAULT_FONT_FAMILY): TextMeasurer {
  return {
    measure(text: string, fontSizePx: number, fontWeight: FontWeight = 'normal'): number {
      context.font = `${fontWeight} ${fontSizePx}px ${fontFamily}`;
      return context.measureText(text).width;
    },
  };
}

/** The default `font-family` of the SVG: Arimo first, then the fonts with the same metrics. */
export const DEFAULT_FONT_FAMILY = "Arimo, Arial, 'Liberation Sans', Helvetica, sans-serif";
