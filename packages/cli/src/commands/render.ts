/**
 * `pokin render FILE --to FORMAT [-o OUT]`: one tree to SVG, HTML, CSV, PNG, JSON or YAML, or
 * `--to all` (SVG, HTML, CSV and PNG) into a folder. Everything is rendered in memory first; the
 * files are then written whole (temporary file, then rename) or not at all.
 *
 * @module
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { EXIT_OK, type CommandContext } from '../context.js';
import { CliUsageError, InputError } from '../errors.js';
import { expandInputs } from '../input/expand.js';
import { describeFsError, loadInput, prepareLoad } from '../input/load.js';
import { WriteFileError, writeFilesAtomic, type OutputFile } from '../output/write.js';
import { DEFAULT_MAX_PNG_PIXELS, PngTooLargeError, formatArea, svgToPng } from '../png.js';
import { targets, type RenderFlags } from '../renderers.js';

/** The formats `--to all` writes. */
export const ALL_FORMATS = ['svg', 'html', 'csv', 'png'] as const;

/** Flags of `render`. */
export interface RenderCommandFlags extends RenderFlags {
  readonly to: string;
  readonly output?: string;
  readonly scale?: number;
  /** True when `--scale` was given on the command line (not the default), so it is never lowered. */
  readonly scaleGiven?: boolean;
  readonly maxPngPixels?: number;
}

/**
 * The PNG at `--scale`, within `--max-png-pixels`. A default scale too large for the tree is lowered
 * to the largest that fits, with a note on stderr; a scale the user asked for is refused instead.
 */
async function drawPng(ctx: CommandContext, svg: string, flags: RenderCommandFlags): Promise<Uint8Array> {
  const options = { scale: flags.scale ?? 2, maxPixels: flags.maxPngPixels ?? DEFAULT_MAX_PNG_PIXELS };
  try {
    return await svgToPng(svg, options);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    if (!(e instanceof PngTooLargeError)) throw new CliUsageError(`--${e.message}`);
    if (flags.scaleGiven !== true && e.maxScale > 0) {
      ctx.errLine(ctx.ce.dim(`pokin: note: the tree is too large for a PNG at scale ${options.scale}; drawn at scale ${e.maxScale} to stay within ${formatArea(options.maxPixels)} (--max-png-pixels)`));
      return svgToPng(svg, { ...options, scale: e.maxScale });
    }
    const fix = e.maxScale > 0 ? `lower --scale to at most ${e.maxScale}, or raise --max-png-pixels` : 'raise --max-png-pixels, or render SVG instead';
    throw new CliUsageError(`${flags.scaleGiven === true ? `--scale ${options.scale}` : '--to png'}: refused: ${e.message}; ${fix}`);
  }
}

/** Runs `render`. */
export async function renderCommand(ctx: CommandContext, file: string, flags: RenderCommandFlags): Promise<number> {
  const available = targets(ctx.io.renderers);
  const names = [...available.keys(), 'png', 'all'];
  const to = flags.to.toLowerCase();
  if (!names.includes(to)) throw new CliUsageError(`--to: unknown format "${flags.to}"; use ${names.join(', ')}`);
  if (to === 'all' && (flags.output === undefined || flags.output === '-')) throw new CliUsageError('--to all writes several files: name a folder with -o, e.g. -o out/');

  const toStdout = flags.output === undefined || flags.output === '-';
  if (toStdout && (to === 'png' || to === 'pdf') && ctx.io.stdout.isTTY === true) {
    throw new CliUsageError(`--to ${to} is binary: write it to a file with -o FILE.${to}, or redirect stdout`);
  }
  await prepareLoad(ctx.load, ctx.io);
  const [item] = await expandInputs([file], ctx.io.cwd);
  if (item !== undefined && 'error' in item) throw item.error;
  // A file expands to itself; a folder to the files below it.
  if (item !== undefined && item.file !== file) {
    throw new InputError(file, 'is a folder: render draws one tree, from one file (review and stats read folders)', {}, 'read-error');
  }
  const input = await loadInput(file, ctx.io, ctx.load);
  const stem = file === '-' ? 'pokin' : basename(file, extname(file));

  const formats = to === 'all' ? [...ALL_FORMATS] : [to];
  const rendered: { name: string; extension: string; data: string | Uint8Array }[] = [];
  let svg: string | undefined;
  const renderString = async (name: string) => {
    const target = available.get(name)!;
    const renderer = await target.load();
    return { text: renderer.render(input.cascade, target.options(flags)), extension: renderer.extension || target.extension };
  };
  for (const name of formats) {
    if (name === 'png') {
      svg ??= String((await renderString('svg')).text);
      rendered.push({ name, extension: 'png', data: await drawPng(ctx, svg, flags) });
    } else {
      const { text, extension } = await renderString(name);
      if (name === 'svg' && typeof text === 'string') svg = text;
      rendered.push({ name, extension, data: text });
    }
  }

  if (toStdout) {
    ctx.out(rendered[0]!.data);
    return EXIT_OK;
  }

  const output = flags.output;
  const out = resolve(ctx.io.cwd, output);
  const isFolder = to === 'all' || /[\\/]$/.test(output) || (await stat(out).then((s) => s.isDirectory(), () => false));
  // Each file is named in errors the way the user would type it: the -o path, plus the file name.
  const shown = new Map<string, string>();
  const files: OutputFile[] = rendered.map((r) => {
    const name = `${stem}.${r.extension}`;
    const path = isFolder ? join(out, name) : out;
    shown.set(path, isFolder ? join(output, name) : output);
    return { path, data: r.data };
  });
  // Never write over the tree being read: `-o pokin.yaml`, or `--to all -o .` next to a CSV input.
  if (file !== '-') {
    const input = await realpath(resolve(ctx.io.cwd, file)).catch(() => resolve(ctx.io.cwd, file));
    for (const f of files) {
      const target = await realpath(f.path).catch(() => f.path);
      if (target === input) throw new InputError(shown.get(f.path) ?? output, `refused: this is the input file; write the ${extname(f.path).slice(1) || 'output'} elsewhere`, {}, 'write-error');
    }
  }
  try {
    await writeFilesAtomic(files);
  } catch (e) {
    const failed = e instanceof WriteFileError ? e.path : out;
    throw new InputError(shown.get(failed) ?? output, `cannot write: ${describeFsError(e instanceof WriteFileError ? e.cause : e)}`, {}, 'write-error');
  }
  return EXIT_OK;
}
