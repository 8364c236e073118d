/**
 * The default fonts: Arimo (the font the SVG is measured with and names), regular and bold, read
 * once from `@expo-google-fonts/arimo` on first use. Pass `fonts` in the options to embed other
 * bytes, e.g. in a browser.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PdfFonts } from './options.js';

let arimo: PdfFonts | undefined;

/** Arimo Regular and Bold as TrueType bytes (read from the installed package, once). */
export function arimoFonts(): PdfFonts {
  if (arimo === undefined) {
    const require = createRequire(import.meta.url);
    const read = (path: string): Uint8Array => new Uint8Array(readFileSync(path));
    arimo = Object.freeze({
      regular: read(require.resolve('@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf')),
      bold: read(require.resolve('@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf')),
    });
  }
  return arimo;
}
