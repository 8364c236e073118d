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
}

/** Rasterises an SVG string to PNG bytes with system fonts turned off. */
export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: fontFiles(),
      defaultFontFamily: PNG_FONT_FAMILY,
      sansSerifFamily: PNG_FONT_FAMILY,
      serifFamily: PNG_FONT_FAMILY,
      monospaceFamily: PNG_FONT_FAMILY,
    },
    fitTo: { mode: 'zoom', value: options.scale ?? 2 },
    background: options.background ?? 'white',
    logLevel: 'off',
  });
  return new Uint8Array(resvg.render().asPng());
}
