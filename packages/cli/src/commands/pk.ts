/**
 * `pokin pk PATH...`: the Perjanjian Kinerja annexes of a year per position (Langkah 5), or with
 * `--peta` the peta cascading per position. One file reads alone; a folder (or several files) is
 * read as a workspace, so a Kepala Dinas's superior is the Pemda's owner.
 *
 * @module
 */
import { statFile } from '../fs-async.js';
import { resolve } from 'node:path';
import { perjanjianKinerja, type Cascade, type Locale } from '@pokin/core';
import { EXIT_INPUT, EXIT_OK, type CommandContext } from '../context.js';
import { CliUsageError, InputError } from '../errors.js';
import { usage, workspace as words } from '../messages/index.js';
import { checkPosition, noteUnowned, warnSameParties, warnSampleAgency } from './pk-checks.js';
import { SAMPLE_AGENCY } from '../init/starter.js';
import { forEachInput, outputFormat, outsidePeriod } from './shared.js';
import { loadWorkspaceArgs } from './workspace-input.js';
import { writeOutput } from './workspace-output.js';

/** Flags of `pk`. */
export interface PkFlags {
  readonly to?: string;
  readonly output?: string;
  readonly year?: string;
  readonly position?: string;
  readonly peta?: boolean;
  readonly locale: Locale;
}

/** The cascade to print: one file alone, or a workspace's combined cascade. */
async function cascadeOf(
  ctx: CommandContext,
  args: readonly string[],
): Promise<{ cascade: Cascade; files: readonly string[] } | undefined> {
  const folder =
    args.length === 1 &&
    args[0] !== '-' &&
    (await statFile(resolve(ctx.io.cwd, args[0]!)).then(
      (s) => s.isDirectory(),
      () => false,
    ));
  if (args.length > 1 || folder) {
    const loaded = await loadWorkspaceArgs(ctx, args);
    return loaded === undefined ? undefined : { cascade: loaded.workspace.cascade, files: loaded.files };
  }
  let found: Cascade | undefined;
  await forEachInput(ctx, args, (o) => {
    if (o.ok) found = o.input.cascade;
  });
  return found === undefined ? undefined : { cascade: found, files: args };
}

/** Extensions of `-o` and the format `pk` writes for each. */
const PK_EXTENSIONS: Readonly<Record<string, 'html' | 'pdf' | 'xlsx'>> = { html: 'html', htm: 'html', pdf: 'pdf', xlsx: 'xlsx' };

/** Runs `pk`. */
export async function pkCommand(ctx: CommandContext, args: readonly string[], flags: PkFlags): Promise<number> {
  const wanted = flags.to?.toLowerCase();
  if (wanted !== undefined && wanted !== 'html' && wanted !== 'pdf' && wanted !== 'xlsx') throw new CliUsageError(words.pkTo(flags.to!));
  // (an -o whose extension names no format of pk is refused: HTML written into a .svg opens nowhere)
  const to = outputFormat(wanted, flags.output, PK_EXTENSIONS, { fallback: 'html', strict: true });
  let year: number | undefined;
  if (flags.year !== undefined) {
    year = Number(flags.year);
    if (!/^\d{4}$/.test(flags.year) || year < 1900 || year > 2200) throw new CliUsageError(words.year(flags.year));
  }
  const got = await cascadeOf(ctx, args);
  if (got === undefined) return EXIT_INPUT;
  const { cascade } = got;
  // A PK and a peta are made per position: without an owner anywhere there is nothing to sign.
  const owned = cascade.results().some((r) => r.owner !== undefined || r.indicators.some((i) => i.owner !== undefined));
  if (!owned) throw new InputError(got.files[0] ?? args[0] ?? '-', words.noOwners(), {}, 'parse-error');
  // A PK signs the targets of a year of the plan: a year outside it would print only dashes.
  const outside = year === undefined ? undefined : outsidePeriod(cascade, year);
  if (outside !== undefined) throw new CliUsageError(usage.reportYearOutside(String(year), outside.start, outside.end));
  const span = cascade.period;
  // The positions and results the output leaves out, and the --position that selects nothing, said before any file is written.
  const agreements =
    flags.peta === true ? [] : checkPosition(perjanjianKinerja(cascade, year ?? span?.start ?? new Date().getFullYear()), flags.position);
  noteUnowned(ctx, cascade);
  warnSameParties(ctx, agreements);
  warnSampleAgency(ctx, cascade, SAMPLE_AGENCY);
  const options = {
    locale: flags.locale,
    ...(year === undefined ? {} : { year }),
    ...(flags.position === undefined ? {} : { position: flags.position }),
  };
  let data: string | Uint8Array;
  if (to === 'pdf') {
    const pdf = await import('@pokin/pdf');
    data =
      flags.peta === true
        ? pdf.renderPetaCascadingPdf(cascade, { locale: flags.locale })
        : pdf.renderPerjanjianKinerjaPdf(cascade, options);
  } else if (to === 'xlsx') {
    const xlsx = await import('@pokin/xlsx');
    data =
      flags.peta === true
        ? xlsx.renderPetaCascadingXlsx(cascade, { locale: flags.locale })
        : xlsx.renderPerjanjianKinerjaXlsx(cascade, options);
  } else {
    const html = await import('@pokin/html');
    data = flags.peta === true ? html.renderPetaCascading(cascade, options) : html.renderPerjanjianKinerja(cascade, options);
  }
  await writeOutput(ctx, flags.output, data, to, got.files);
  return EXIT_OK;
}
