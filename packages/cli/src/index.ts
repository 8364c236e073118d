/**
 * `@pokin/cli`: the `pokin` command (review, render, stats) and its programmatic form, {@link run},
 * which runs the command line in-process and returns the exit code.
 *
 * @packageDocumentation
 */
export { run } from './run.js';
export type { OutputStream, RunIO } from './io.js';
export { EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, EXIT_OUTPUT } from './context.js';
export { computeStats } from './stats.js';
export type { CascadeStats, LevelStats } from './stats.js';
export {
  DEFAULT_MAX_PNG_PIXELS,
  DEFAULT_MAX_PNG_TEXT,
  PNG_FONT_FAMILY,
  PngTooLargeError,
  PngTooMuchTextError,
  countSvgText,
  fontFiles,
  svgToPng,
} from './png.js';
export type { PngOptions } from './png.js';
