/**
 * `pokin render FILE --to FORMAT [-o OUT]`: one tree to SVG, HTML, CSV, PNG, JSON or YAML, or
 * `--to all` (SVG, HTML, CSV, PNG, PDF and XLSX) into a folder. Everything is rendered in memory first; the
 * files are then written whole (temporary file, then rename) or not at all.
 *
 * @module
 */
import { realPath, statFile } from '../fs-async.js';
import { basename, extname, join, resolve } from 'node:path';
import { EXIT_OK, type CommandContext } from '../context.js';
import { CliUsageError, InputError } from '../errors.js';
import { expandInputs } from '../input/expand.js';
import { loadInput, prepareLoad } from '../input/load.js';
import { input as inputMessages, report, resolveLocale, safety, same, say, usage, type Text } from '../messages/index.js';
import { writeFailure } from '../output/sink.js';
import { WriteFileError, WriteRefusedError, writeFilesAtomic, type OutputFile } from '../output/write.js';
import { DEFAULT_MAX_PNG_PIXELS, DEFAULT_MAX_PNG_TEXT, PngTooLargeError, PngTooMuchTextError, svgToPng } from '../png.js';
import { targets, type RenderFlags } from '../renderers.js';
import { findUnwritable } from '../output/unwritable.js';
import { printNotes } from './shared.js';

/** The formats `--to all` writes. */
export const ALL_FORMATS = ['svg', 'html', 'csv', 'png', 'pdf', 'xlsx'] as const;

/** Flags of `render`. */
export interface RenderCommandFlags extends RenderFlags {
  /** `--to`; without it, the format of `-o`'s extension. */
  readonly to?: string;
  readonly output?: string;
  readonly scale?: number;
  /** True when `--scale` was given on the command line (not the default), so it is never lowered. */
  readonly scaleGiven?: boolean;
  readonly maxPngPixels?: number;
  /** `--max-png-text`: the most characters of text a PNG draws. */
  readonly maxPngText?: number;
  /** `--write-special`: write to a device or a pipe, or through a symbolic link, given with -o. */
  readonly writeSpecial?: boolean;
}

/**
 * The PNG at `--scale`, within `--max-png-pixels`. A default scale too large for the tree is lowered
 * to the largest that fits, with a note on stderr; a scale the user asked for is refused instead.
 */
async function drawPng(ctx: CommandContext, svg: string, flags: RenderCommandFlags, all: boolean): Promise<Uint8Array> {
  const options = {
    scale: flags.scale ?? 2,
    maxPixels: flags.maxPngPixels ?? DEFAULT_MAX_PNG_PIXELS,
    maxText: flags.maxPngText ?? DEFAULT_MAX_PNG_TEXT,
  };
  try {
    return await svgToPng(svg, options);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    if (e instanceof PngTooMuchTextError)
      throw pngRefusal(ctx, flags, all, safety.pngTooMuchText(e.characters, e.maxText, localeOf(ctx, flags)));
    if (!(e instanceof PngTooLargeError)) throw new CliUsageError(same(`--${e.message}`));
    if (flags.scaleGiven !== true && e.maxScale > 0) {
      ctx.errLine(ctx.ce.dim(ctx.say(report.pngScaled(options.scale, e.maxScale, usage.area(options.maxPixels)))));
      return svgToPng(svg, { ...options, scale: e.maxScale });
    }
    const what = flags.scaleGiven === true ? `--scale ${options.scale}` : '--to png';
    const reason = usage.pngArea(e.width, e.height, e.width * e.height, options.maxPixels);
    throw new CliUsageError(usage.pngRefused(what, reason, e.maxScale));
  }
}

function localeOf(ctx: CommandContext, flags: RenderCommandFlags) {
  return flags.locale ?? resolveLocale([], ctx.io.env);
}

/** A PNG refused for its size; with `--to all`, saying how to render the other formats. */
function pngRefusal(ctx: CommandContext, flags: RenderCommandFlags, all: boolean, why: Text): CliUsageError {
  const locale = localeOf(ctx, flags);
  return new CliUsageError(`--to ${all ? 'all' : 'png'}: ${say(why, locale)}${all ? `; ${say(safety.allWithoutPng(), locale)}` : ''}`);
}

/** Runs `render`. */
export async function renderCommand(ctx: CommandContext, file: string, flags: RenderCommandFlags): Promise<number> {
  const available = targets(ctx.io.renderers);
  const to = await chooseFormat(ctx, available, flags);
  if (to === 'all' && (flags.output === undefined || flags.output === '-')) throw new CliUsageError(usage.allNeedsFolder());

  const toStdout = flags.output === undefined || flags.output === '-';
  if (toStdout && to === 'png' && ctx.io.stdout.isTTY === true) throw new CliUsageError(usage.pngIsBinary());
  if (toStdout && (to === 'pdf' || to === 'xlsx') && ctx.io.stdout.isTTY === true) throw new CliUsageError(usage.binaryIsBinary(to));
  await prepareLoad(ctx.load, ctx.io);
  const [item] = await expandInputs([file], ctx.io.cwd);
  if (item !== undefined && 'error' in item) throw item.error;
  // A file expands to itself; a folder to the files below it.
  if (item !== undefined && item.file !== file) {
    throw new InputError(file, inputMessages.renderFolder(), {}, 'read-error');
  }
  const input = await loadInput(file, ctx.io, ctx.load);
  printNotes(ctx, input);
  const stem = file === '-' ? 'pokin' : basename(file, extname(file));

  const formats = to === 'all' ? [...ALL_FORMATS] : [to];
  const all = to === 'all';
  if (formats.includes('csv')) {
    // A CSV pokin writes is one pokin reads back: text it could not hold is refused, naming the field.
    const bad = findUnwritable(input.cascade);
    if (bad !== undefined) throw new InputError(file, safety.csvUnwritable(bad.codePoint), { field: bad.field }, 'write-error');
  }
  if (formats.includes('png')) {
    // Every box draws at least two characters (its level and its statement): a tree with more than
    // half as many results as the PNG text limit is refused before anything is rendered (a
    // national tree once took 17 minutes, then failed).
    const maxText = flags.maxPngText ?? DEFAULT_MAX_PNG_TEXT;
    if (input.cascade.size * 2 > maxText)
      throw pngRefusal(ctx, flags, all, safety.pngTooManyResults(input.cascade.size, maxText, localeOf(ctx, flags)));
    // Every statement is drawn whole: the characters of the statements alone are a lower bound.
    let statements = 0;
    for (const r of input.cascade.results()) {
      for (let i = 0; i < r.statement.length; i++) if (r.statement.charCodeAt(i) > 32) statements++;
    }
    if (statements > maxText) throw pngRefusal(ctx, flags, all, safety.pngTooMuchText(statements, maxText, localeOf(ctx, flags)));
  }
  const rendered: { name: string; extension: string; data: string | Uint8Array }[] = [];
  let svg: string | undefined;
  const renderString = async (name: string) => {
    const target = available.get(name)!;
    const renderer = await target.load();
    return { text: renderer.render(input.cascade, target.options(flags)), extension: renderer.extension || target.extension };
  };
  // The PNG is drawn right after the SVG, so a refusal comes before the other formats are rendered.
  const order = formats.includes('png')
    ? ['svg', 'png', ...formats.filter((f) => f !== 'svg' && f !== 'png')].filter((f) => formats.includes(f))
    : formats;
  for (const name of order) {
    if (name === 'png') {
      svg ??= String((await renderString('svg')).text);
      rendered.push({ name, extension: 'png', data: await drawPng(ctx, svg, flags, all) });
    } else {
      const { text, extension } = await renderString(name);
      if (name === 'svg' && typeof text === 'string') svg = text;
      rendered.push({ name, extension, data: text });
    }
  }

  rendered.sort((a, b) => formats.indexOf(a.name) - formats.indexOf(b.name));
  if (toStdout) {
    ctx.out(rendered[0]!.data);
    return EXIT_OK;
  }

  const output = flags.output;
  const out = resolve(ctx.io.cwd, output);
  const isFolder =
    to === 'all' ||
    /[\\/]$/.test(output) ||
    (await statFile(out).then(
      (s) => s.isDirectory(),
      () => false,
    ));
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
    const input = await realPath(resolve(ctx.io.cwd, file)).catch(() => resolve(ctx.io.cwd, file));
    for (const f of files) {
      const target = await realPath(f.path).catch(() => f.path);
      if (target === input)
        throw new InputError(shown.get(f.path) ?? output, inputMessages.isInputFile(extname(f.path).slice(1) || output), {}, 'write-error');
    }
  }
  try {
    await writeFilesAtomic(files, { special: flags.writeSpecial === true });
  } catch (e) {
    if (e instanceof WriteRefusedError)
      throw new InputError(shown.get(e.path) ?? output, say(e.why, flags.locale ?? resolveLocale([], ctx.io.env)), {}, 'write-error');
    const failed = e instanceof WriteFileError ? e.path : out;
    throw writeFailure(shown.get(failed) ?? output, e);
  }
  ctx.errLine(ctx.ce.dim(`pokin: ${ctx.say(report.wrote(files.map((f) => shown.get(f.path)!)))}`));
  return EXIT_OK;
}

/** File extensions that name a format besides the formats' own (`x.yml` is YAML). */
const EXTENSION_ALIASES: Readonly<Record<string, string>> = { yml: 'yaml', htm: 'html' };

/**
 * The format to render: `--to`, else the one `-o`'s extension names. `--to` and an extension that
 * names another format (`--to svg -o x.png`) is refused, so a file never holds what its name denies.
 */
async function chooseFormat(ctx: CommandContext, available: ReturnType<typeof targets>, flags: RenderCommandFlags): Promise<string> {
  const names = [...available.keys(), 'png', 'all'];
  const byExtension = new Map<string, string>(Object.entries(EXTENSION_ALIASES));
  for (const [name, target] of available) byExtension.set(target.extension, name);
  byExtension.set('png', 'png');
  const output = flags.output === '-' ? undefined : flags.output;
  const isFolder =
    output !== undefined &&
    (/[\\/]$/.test(output) ||
      (await statFile(resolve(ctx.io.cwd, output)).then(
        (s) => s.isDirectory(),
        () => false,
      )));
  const extension = output === undefined || isFolder ? '' : extname(output).slice(1).toLowerCase();
  const implied = byExtension.get(extension);
  if (flags.to === undefined) {
    if (output === undefined || isFolder) throw new CliUsageError(usage.noFormat(names));
    if (implied === undefined) throw new CliUsageError(usage.outputExtensionUnknown(output, names));
    return implied;
  }
  const to = flags.to.toLowerCase();
  if (!names.includes(to)) throw new CliUsageError(usage.unknownFormat('--to', flags.to, names));
  if (implied !== undefined && implied !== to && to !== 'all') throw new CliUsageError(usage.extensionMismatch(to, output!, extension));
  return to;
}
