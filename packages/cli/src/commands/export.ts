/**
 * `pokin export FILE...`: one long table of every indicator and year across many documents, for
 * a spreadsheet, pandas or DuckDB.
 *
 * @module
 */
import { realisationAsOf, type Cascade, type Value } from '@pokin/core';
import { EXIT_INPUT, EXIT_OK, type CommandContext } from '../context.js';
import { CliUsageError } from '../errors.js';
import { usage } from '../messages/index.js';
import { openSink } from '../output/sink.js';
import { csvStyle, toCsv, toJsonLine } from '../output/table.js';
import { forEachInput } from './shared.js';

/** Output formats of `export`. */
export type ExportFormat = 'csv' | 'jsonl';

/** Flags of `export`. */
export interface ExportFlags {
  /** `--format`; undefined: by `--to`, else by the extension of the output file (`.jsonl`), else `csv`. */
  readonly format?: ExportFormat;
  /** `--to`: the format (`csv`, `jsonl`), as for `render`; a path is still read as the output file, as before `-o` existed. */
  readonly to?: string;
  /** `-o`: write to this file instead of stdout. */
  readonly output?: string;
  /** `--csv-profile`: `rfc4180`, `excel` or `excel-id` (`;` and a BOM). */
  readonly csvProfile?: string;
}

/** The columns of the export, in order. */
export const EXPORT_COLUMNS = [
  'file',
  'document_id',
  'agency',
  'result_id',
  'level',
  'tier',
  'result_statement',
  'indicator_id',
  'indicator_statement',
  'unit',
  'direction',
  'year',
  'baseline_year',
  'baseline',
  'target',
  'realisation',
] as const;

/** One row of the export: one indicator in one year. */
export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | null>;

/**
 * The rows of one document: one per indicator and year (the years of its targets and
 * realisations, in order), or one row with an empty year for an indicator with neither. Results
 * without an indicator give no row (`pokin stats` and `pokin review` list them).
 */
export function exportRows(file: string, cascade: Cascade): ExportRow[] {
  const rows: ExportRow[] = [];
  const orNull = (v: Value | undefined): string | number | null => v ?? null;
  for (const r of cascade.results()) {
    for (const ik of r.indicators ?? []) {
      const targets: Readonly<Record<string, Value>> = ik.targets ?? {};
      const realisations = ik.realisations ?? {};
      const years = [...new Set([...Object.keys(targets), ...Object.keys(realisations)])].sort();
      const base = {
        file,
        document_id: cascade.id ?? null,
        agency: cascade.agency?.name ?? null,
        result_id: r.id,
        level: r.level,
        tier: cascade.tier(r.id),
        result_statement: r.statement,
        indicator_id: ik.id ?? null,
        indicator_statement: ik.statement,
        unit: ik.unit ?? null,
        direction: ik.polarity ?? null,
        baseline_year: ik.baseline?.year ?? null,
        baseline: orNull(ik.baseline?.value),
      };
      if (years.length === 0) rows.push({ ...base, year: null, target: null, realisation: null });
      for (const year of years)
        rows.push({
          ...base,
          year: Number(year),
          target: orNull(targets[year]),
          realisation: orNull(realisationAsOf(realisations[year], ik.yearValue).value),
        });
    }
  }
  return rows;
}

const FORMATS: readonly ExportFormat[] = ['csv', 'jsonl'];

/** The formats of `pokin render`, which `export --to` refuses rather than write a file of that name. */
const OTHER_FORMATS = ['svg', 'html', 'png', 'pdf', 'xlsx', 'json', 'yaml'] as const;

/**
 * Where and how a run writes: the file of `-o` (or of `--to`, the older spelling, when it is not a
 * format), and the format of `--format` or `--to`, else the file's extension (`.jsonl`), else CSV.
 * Throws {@link CliUsageError} for two files, two formats, a file named for another format, or
 * `--to` naming a format export does not write (`--to pdf`).
 */
export function exportTarget(flags: ExportFlags): { readonly path: string | undefined; readonly format: ExportFormat } {
  const toFormat = FORMATS.find((f) => f === flags.to?.toLowerCase());
  // `--to pdf` names a format of other commands: a user means the format, never a file called "pdf".
  const other = OTHER_FORMATS.find((f) => f === flags.to?.toLowerCase());
  if (other !== undefined) throw new CliUsageError(usage.exportOtherFormat(flags.to!, other));
  const toPath = flags.to !== undefined && toFormat === undefined ? flags.to : undefined;
  if (toPath !== undefined && flags.output !== undefined) throw new CliUsageError(usage.exportTwoFiles(toPath, flags.output));
  if (toFormat !== undefined && flags.format !== undefined && toFormat !== flags.format)
    throw new CliUsageError(usage.exportTwoFormats(toFormat, flags.format));
  const path = flags.output ?? toPath;
  const extension = path === undefined ? undefined : /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase();
  const named = flags.format ?? toFormat;
  const format = named ?? (extension === 'jsonl' ? 'jsonl' : 'csv');
  // A file named for a format export does not write (ik.xlsx would hold CSV that Excel refuses).
  if (path !== undefined && extension !== undefined && extension !== format && extension !== 'txt')
    throw new CliUsageError(usage.exportExtension(path, extension, format));
  return { path, format };
}

/** Runs `export`: every readable input is exported; an unreadable one is named on stderr and the run exits 2. */
export async function exportCommand(ctx: CommandContext, files: readonly string[], flags: ExportFlags): Promise<number> {
  const { path, format } = exportTarget(flags);
  const style = csvStyle(flags.csvProfile);
  const rows: ExportRow[] = [];
  const inputs: string[] = [];
  let broken = 0;
  await forEachInput(ctx, files, (outcome) => {
    if (!outcome.ok) {
      broken++;
      return;
    }
    inputs.push(outcome.input.file);
    rows.push(...exportRows(outcome.input.file, outcome.input.cascade));
  });
  const sink = openSink(ctx, path, format === 'csv' && style.bom);
  if (format === 'jsonl') for (const row of rows) sink.write(toJsonLine(row));
  else sink.write(toCsv(EXPORT_COLUMNS, rows, style));
  await sink.close(inputs);
  return broken > 0 ? EXIT_INPUT : EXIT_OK;
}
