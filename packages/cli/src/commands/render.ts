/**
 * `pokin render FILE --to FORMAT [-o OUT]`: one tree to SVG, HTML, CSV, PNG, JSON or YAML, or
 * `--to all` (SVG, HTML, CSV and PNG) into a folder. Everything is rendered in memory first; the
 * files are then written whole (temporary file, then rename) or not at all.
 *
 * @module
 */
import { stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { EXIT_OK, type CommandContext } from '../context.js';
import { CliUsageError, InputError } from '../errors.js';
import { expandInputs } from '../input/expand.js';
import { describeFsError, loadInput } from '../input/load.js';
import { writeFilesAtomic, type OutputFile } from '../output/write.js';
import { svgToPng } from '../png.js';
import { targets, type RenderFlags } from '../renderers.js';

/** The formats `--to all` writes. */
export const ALL_FORMATS = ['svg', 'html', 'csv', 'png'] as const;

/** Flags of `render`. */
export interface RenderCommandFlags extends RenderFlags {
  readonly to: string;
  readonly output?: string;
  readonly scale?: number;
}

/** Runs `render`. */
export async function renderCommand(ctx: CommandContext, file: string, flags: RenderCommandFlags): Promise<number> {
  const available = targets(ctx.io.renderers);
  const names = [...available.keys(), 'png', 'all'];
  const to = flags.to.toLowerCase();
  if (!names.includes(to)) throw new CliUsageError(`--to: unknown format "${flags.to}"; use ${names.join(', ')}`);
  if (to === 'all' && (flags.output === undefined || flags.output === '-')) throw new CliUsageError('--to all writes several files: name a folder with -o, e.g. -o out/');

  const toStdout = flags.output === undefined || flags.output === '-';
  if (toStdout && to === 'png' && ctx.io.stdout.isTTY === true) {
    throw new CliUsageError('--to png is binary: write it to a file with -o FILE.png, or redirect stdout');
  }
  const [item] = await expandInputs([file], ctx.io.cwd);
  if (item !== undefined && 'error' in item) throw item.error;
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
      svg ??= (await renderString('svg')).text;
      rendered.push({ name, extension: 'png', data: await svgToPng(svg, { scale: flags.scale }) });
    } else {
      const { text, extension } = await renderString(name);
      if (name === 'svg') svg = text;
      rendered.push({ name, extension, data: text });
    }
  }

  if (toStdout) {
    ctx.out(rendered[0]!.data);
    return EXIT_OK;
  }

  const output = flags.output!;
  const out = resolve(ctx.io.cwd, output);
  const isFolder = to === 'all' || /[\\/]$/.test(output) || (await stat(out).then((s) => s.isDirectory(), () => false));
  const files: OutputFile[] = rendered.map((r) => ({ path: isFolder ? join(out, `${stem}.${r.extension}`) : out, data: r.data }));
  try {
    await writeFilesAtomic(files);
  } catch (e) {
    throw new InputError(output, `cannot write: ${describeFsError(e)}`, {}, 'write-error');
  }
  return EXIT_OK;
}
