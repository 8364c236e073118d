/**
 * `pokin init [FILE]`: writes a starter tree for a period, in Bahasa Indonesia, for a level scheme:
 * YAML with the schema modeline pointing at the installed package's schema, or a CSV or `.xlsx`
 * table with a target column for each year (the `.xlsx` with dropdowns for level and direction). Never writes over a file unless `--force`.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseCascade } from '@pokin/core';
import { parse } from 'yaml';
import { EXIT_OK, type CommandContext } from '../context.js';
import { CliUsageError, InputError } from '../errors.js';
import { nextFrom } from '../init/from.js';
import { SAMPLE_AGENCY, starterYaml, type StarterScheme } from '../init/starter.js';
import { input as inputMessages, report, usage } from '../messages/index.js';
import { writeFailure } from '../output/sink.js';
import { writeFilesAtomic } from '../output/write.js';

/** Flags of `init`. */
export interface InitFlags {
  /** `yaml`, `csv` or `xlsx`; default: from the file's extension. */
  readonly to?: string;
  /** `permenpan-89` (default) or `renstra`. */
  readonly levels?: string;
  /** `2025-2029`; default: five years from next year. */
  readonly period?: string;
  /** Name of the agency. */
  readonly agency?: string;
  /** Overwrite an existing file. */
  readonly force?: boolean;
  /** CSV: `rfc4180` (default), `excel` or `excel-id`. */
  readonly csvProfile?: string;
  /** `--from OLD`: start from last period's tree, each result naming the one it continues. */
  readonly from?: string;
}

const FORMATS = ['yaml', 'csv', 'xlsx'] as const;
const BY_EXTENSION: Readonly<Record<string, (typeof FORMATS)[number]>> = {
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.csv': 'csv',
  '.xlsx': 'xlsx',
};

/** Parses `2025-2029` (or `2025`, five years from it). */
export function parsePeriod(text: string | undefined, now = new Date()): { start: number; end: number } {
  if (text === undefined) {
    const start = now.getFullYear() + 1;
    return { start, end: start + 4 };
  }
  const m = /^\s*(\d{4})\s*(?:[-–/]\s*(\d{4})\s*)?$/.exec(text);
  const start = Number(m?.[1]);
  const end = m?.[2] === undefined ? start + 4 : Number(m[2]);
  if (m === null || start < 1900 || end > 2200 || end < start || end - start > 20) throw new CliUsageError(usage.badPeriod(text));
  return { start, end };
}

/**
 * The `$schema` of the modeline for a file written in `folder`: the schema of the `@pokin/core` this
 * CLI runs with, relative to the folder (`./node_modules/@pokin/core/schema.json` after an install
 * in the project), or a `file:` URL when no relative path reaches it (another drive on Windows).
 */
export function schemaReference(folder: string): string {
  const local = resolve(folder, 'node_modules', '@pokin', 'core', 'schema.json');
  if (existsSync(local)) return './node_modules/@pokin/core/schema.json';
  let schema: string;
  try {
    schema = createRequire(import.meta.url).resolve('@pokin/core/schema.json');
  } catch {
    return './node_modules/@pokin/core/schema.json';
  }
  const rel = relative(folder, schema);
  if (isAbsolute(rel)) return pathToFileURL(schema).href;
  const posix = rel.split(sep).join('/');
  return posix.startsWith('.') ? posix : `./${posix}`;
}

/** Runs `init`. */
export async function initCommand(ctx: CommandContext, file: string | undefined, flags: InitFlags): Promise<number> {
  const target = file ?? 'pokin.yaml';
  const implied = BY_EXTENSION[extname(target).toLowerCase()];
  const to = flags.to ?? implied;
  if (to === undefined) throw new CliUsageError(usage.outputExtensionUnknown(target, [...FORMATS]));
  if (implied !== undefined && implied !== to) throw new CliUsageError(usage.extensionMismatch(to, target, extname(target).slice(1)));
  const scheme = (flags.levels ?? 'permenpan-89') as StarterScheme;
  const { start, end } = parsePeriod(flags.period);
  const path = resolve(ctx.io.cwd, target);
  if (flags.force !== true && existsSync(path)) throw new InputError(target, inputMessages.exists(), {}, 'write-error');

  const schema = schemaReference(dirname(path));
  const yaml =
    flags.from === undefined
      ? starterYaml({ schema, agency: flags.agency ?? SAMPLE_AGENCY, start, end, scheme })
      : (await nextFrom(ctx, flags.from, flags.period === undefined ? undefined : { start, end }, () => ({ start, end }), schema)).yaml;
  let data: string | Uint8Array = yaml;
  if (to === 'xlsx') {
    // The results sheet alone: the table pokin reads back, with dropdowns for level and direction.
    const { renderXlsx } = await import('@pokin/xlsx');
    data = renderXlsx(parseCascade(parse(yaml)), { sheets: ['results'], locale: ctx.locale });
  } else if (to === 'csv') {
    const { renderCsv } = await import('@pokin/csv');
    const profile = flags.csvProfile ?? 'rfc4180';
    data = renderCsv(parseCascade(parse(yaml)), { shape: 'results', profile: profile as 'rfc4180', locale: ctx.locale });
  }
  try {
    await writeFilesAtomic([{ path, data }]);
  } catch (e) {
    throw writeFailure(target, e);
  }
  ctx.errLine(`pokin: ${ctx.say(report.wrote([target]))}`);
  // A worksheet keeps the agency where Excel does not show it: the sample name would reach the PK.
  if (to === 'xlsx' && flags.from === undefined && flags.agency === undefined) ctx.errLine(ctx.say(report.initAgency(SAMPLE_AGENCY)));
  // A CSV does not name its level scheme: reviewing a Renstra one needs --levels.
  ctx.errLine(ctx.say(report.initNext(target, to !== 'yaml', to === 'csv' && scheme !== 'permenpan-89' ? ` --levels ${scheme}` : '')));
  return EXIT_OK;
}
