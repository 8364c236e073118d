/**
 * SVG to PNG with resvg, using only the Arimo font shipped in the package (system fonts off), so a
 * PNG has its text on a machine with no fonts installed. Arimo is metric-compatible with Arial and
 * Liberation Sans, the family the SVG renderer measures with.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importModule } from './import-module.js';

/** The font family the PNG is drawn with. */
export const PNG_FONT_FAMILY = 'Arimo';

/** Paths of the Arimo regular and bold TTF files: the package's `dist/fonts/`, else `@expo-google-fonts/arimo`. */
export function fontFiles(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const shipped = [join(here, 'fonts', 'Arimo-Regular.ttf'), join(here, 'fonts', 'Arimo-Bold.ttf')];
  if (shipped.every((f) => existsSync(f))) return shipped;
  try {
    const pkg = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/arimo/package.json'));
    const fallback = [join(pkg, '400Regular', 'Arimo_400Regular.ttf'), join(pkg, '700Bold', 'Arimo_700Bold.ttf')];
    if (fallback.every((f) => existsSync(f))) return fallback;
  } catch {
    // fall through
  }
  throw new Error('the Arimo font files are missing from @pokin/cli (dist/fonts/); reinstall the package');
}

/** Options of {@link svgToPng}. */
export interface PngOptions {
  /**
   * Zoom factor: 2 draws every SVG pixel as 2x2 PNG pixels.
   * @default 2
   */
  readonly scale?: number;
  /**
   * Background colour (the SVG's own background shows through where it has none).
   * @default 'white'
   */
  readonly background?: string;
  /**
   * The largest PNG, in pixels (width x height), that is drawn; a larger one is refused with a
   * {@link PngTooLargeError} before any memory is taken for it. A PNG takes 4 bytes a pixel to
   * draw, so the default needs about 64 MB, and about a second.
   * @default 16_000_000
   */
  readonly maxPixels?: number;
  /**
   * The most characters of text a PNG draws; more is refused with a {@link PngTooMuchTextError}
   * before resvg reads the SVG. resvg turns every character into a path as it reads, about 50
   * microseconds each, so text, not pixels, decides how long a large tree takes (a tree of 500
   * results holds about 100,000 characters: 5 seconds; a 1 MB statement took a minute).
   * @default 20_000
   */
  readonly maxText?: number;
}

/** The default of {@link PngOptions.maxPixels}: 16 megapixels. */
export const DEFAULT_MAX_PNG_PIXELS = 16_000_000;

/** The default of {@link PngOptions.maxText}: 20,000 characters (about a second of drawing). */
export const DEFAULT_MAX_PNG_TEXT = 20_000;

/** An SVG with more text than {@link PngOptions.maxText}; says how much. */
export class PngTooMuchTextError extends RangeError {
  override name = 'PngTooMuchTextError';
  /** Characters of text in the SVG. */
  readonly characters: number;
  /** The limit. */
  readonly maxText: number;

  constructor(characters: number, maxText: number) {
    super(`the PNG would draw ${formatCount(characters)} characters of text, over the limit of ${formatCount(maxText)}`);
    this.characters = characters;
    this.maxText = maxText;
  }
}

/**
 * Characters of text an SVG draws: what stands between the tags inside its `<text>` elements,
 * spaces left out (an entity such as `&amp;` counts as its length, an overestimate). One pass
 * over the string.
 */
export function countSvgText(svg: string): number {
  let total = 0;
  let at = 0;
  for (;;) {
    const start = svg.indexOf('<text', at);
    if (start === -1) return total;
    let end = svg.indexOf('</text>', start);
    if (end === -1) end = svg.length;
    let inTag = false;
    for (let i = start; i < end; i++) {
      const c = svg.charCodeAt(i);
      if (c === 60) inTag = true;
      else if (c === 62) inTag = false;
      else if (!inTag && c > 32) total++;
    }
    at = end + 1;
  }
}

/** Width and height of the root `<svg>` element, when it states them in plain numbers. */
function statedSize(svg: string): { width: number; height: number } | undefined {
  const open = svg.indexOf('<svg');
  if (open === -1) return undefined;
  const close = svg.indexOf('>', open);
  const tag = svg.slice(open, close === -1 ? open + 4096 : Math.min(close, open + 4096));
  const width = /\swidth="([0-9.]+)"/.exec(tag)?.[1];
  const height = /\sheight="([0-9.]+)"/.exec(tag)?.[1];
  if (width === undefined || height === undefined) return undefined;
  const size = { width: Number(width), height: Number(height) };
  return Number.isFinite(size.width) && Number.isFinite(size.height) ? size : undefined;
}

/** A PNG over {@link PngOptions.maxPixels}; says how large it would be and the largest scale that fits. */
export class PngTooLargeError extends RangeError {
  override name = 'PngTooLargeError';
  /** Width of the PNG that was asked for, in pixels. */
  readonly width: number;
  /** Height of the PNG that was asked for, in pixels. */
  readonly height: number;
  /** The limit, in pixels. */
  readonly maxPixels: number;
  /** The largest scale (rounded down to 2 decimals) at which this SVG fits the limit; 0 when none does. */
  readonly maxScale: number;

  constructor(width: number, height: number, maxPixels: number, maxScale: number) {
    super(
      `the PNG would be ${formatCount(width)} x ${formatCount(height)} pixels (${formatArea(width * height)}), ` +
        `over the limit of ${formatArea(maxPixels)}`,
    );
    this.width = width;
    this.height = height;
    this.maxPixels = maxPixels;
    this.maxScale = maxScale;
  }
}

function formatCount(n: number): string {
  return Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : String(n);
}

/** `454 megapixels`, `1.5 megapixels`, or `250,000 pixels` below one megapixel. */
export function formatArea(pixels: number): string {
  if (!Number.isFinite(pixels)) return `${String(pixels)} pixels`;
  if (pixels < 1e6) return `${formatCount(pixels)} pixels`;
  const mp = pixels / 1e6;
  return `${mp >= 10 ? Math.round(mp).toLocaleString('en-US') : String(Math.round(mp * 10) / 10)} megapixels`;
}

/**
 * Size of the PNG an SVG of `width` x `height` user units gives at `scale`, and the largest scale
 * (rounded down to 2 decimals) that keeps it within `maxPixels`.
 */
function pngSize(
  width: number,
  height: number,
  scale: number,
  maxPixels = DEFAULT_MAX_PNG_PIXELS,
): { width: number; height: number; fits: boolean; maxScale: number } {
  const w = Math.ceil(width * scale);
  const h = Math.ceil(height * scale);
  const area = width * height;
  const maxScale = area > 0 && Number.isFinite(area) ? Math.floor(Math.sqrt(maxPixels / area) * 100) / 100 : 0;
  return { width: w, height: h, fits: Number.isFinite(w * h) && w * h <= maxPixels, maxScale };
}

/**
 * Rasterises an SVG string to PNG bytes with system fonts turned off.
 *
 * @throws RangeError when `scale` or `maxPixels` is not a positive finite number, or the scale
 * makes the PNG less than one pixel wide or high.
 * @throws {@link PngTooLargeError} when the PNG would be over `maxPixels`.
 * @throws {@link PngTooMuchTextError} when the SVG holds more than `maxText` characters of text.
 */
export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
  const scale = options.scale ?? 2;
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PNG_PIXELS;
  if (!(Number.isFinite(scale) && scale > 0)) throw new RangeError(`scale: expected a positive number, got ${String(scale)}`);
  if (!(Number.isFinite(maxPixels) && maxPixels > 0))
    throw new RangeError(`maxPixels: expected a positive number, got ${String(maxPixels)}`);
  const maxText = options.maxText ?? DEFAULT_MAX_PNG_TEXT;
  if (!(Number.isFinite(maxText) && maxText > 0)) throw new RangeError(`maxText: expected a positive number, got ${String(maxText)}`);
  // Both limits are checked before resvg reads the SVG: reading is where the time goes.
  // Text first: no scale makes too much text cheaper to draw.
  const characters = countSvgText(svg);
  if (characters > maxText) throw new PngTooMuchTextError(characters, maxText);
  const stated = statedSize(svg);
  if (stated !== undefined) {
    const size = pngSize(stated.width, stated.height, scale, maxPixels);
    if (!size.fits) throw new PngTooLargeError(size.width, size.height, maxPixels, size.maxScale);
  }
  const { Resvg } = (await importModule('@resvg/resvg-js')) as typeof import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: fontFiles(),
      defaultFontFamily: PNG_FONT_FAMILY,
      sansSerifFamily: PNG_FONT_FAMILY,
      serifFamily: PNG_FONT_FAMILY,
      monospaceFamily: PNG_FONT_FAMILY,
    },
    fitTo: { mode: 'zoom', value: scale },
    background: options.background ?? 'white',
    logLevel: 'off',
  });
  // resvg's width and height are the SVG's own size; check the scaled size before drawing, as
  // drawing allocates all of it at once (and panics past what its canvas can address).
  const size = pngSize(resvg.width, resvg.height, scale, maxPixels);
  if (!size.fits) throw new PngTooLargeError(size.width, size.height, maxPixels, size.maxScale);
  if (resvg.width * scale < 1 || resvg.height * scale < 1) {
    throw new RangeError(`scale: ${scale} makes the PNG less than one pixel wide or high; use a larger scale`);
  }
  return new Uint8Array(resvg.render().asPng());
}
