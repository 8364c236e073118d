/**
 * PNG export through the browser's canvas: the SVG of the current view drawn into an image, the
 * image onto a canvas, the canvas encoded as PNG.
 *
 * @module
 */
import { serializeSvg, type SvgLayout } from '@pokin/svg';

/** Largest canvas side browsers reliably allocate (Chromium and Firefox allow more, Safari less). */
const MAX_SIDE = 16_384;
/** Largest canvas area (Safari's limit of 16,777,216 pixels). */
const MAX_AREA = 16_777_216;

/** The largest scale, at most `wanted`, at which a drawing of `width` x `height` fits a canvas. */
export function pngScale(width: number, height: number, wanted: number): number {
  const bySide = MAX_SIDE / Math.max(width, height, 1);
  const byArea = Math.sqrt(MAX_AREA / Math.max(width * height, 1));
  return Math.max(0.01, Math.min(wanted, bySide, byArea));
}

/**
 * Draws a layout as a PNG at `scale` times its size (lowered so the canvas stays within what
 * browsers allocate). Rejects when the browser cannot decode or encode the image.
 */
export async function layoutToPng(doc: Document, layout: SvgLayout, scale: number): Promise<Blob> {
  const k = pngScale(layout.width, layout.height, scale);
  const url = URL.createObjectURL(new Blob([serializeSvg(layout)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = doc.createElement('canvas');
    canvas.width = Math.max(1, Math.round(layout.width * k));
    canvas.height = Math.max(1, Math.round(layout.height * k));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('@pokin/viewer exportPng: the browser gave no 2D canvas');
    ctx.scale(k, k);
    ctx.drawImage(img, 0, 0, layout.width, layout.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('@pokin/viewer exportPng: the canvas could not be encoded'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers a file for download: `title` (made safe for a file name) with `extension`. */
export function downloadBlob(doc: Document, blob: Blob, title: string, extension: string): void {
  const a = doc.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'pokin'}.${extension}`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
