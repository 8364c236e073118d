/**
 * `pokin export FILE...`: one long table of every indicator and year across many documents, for
 * a spreadsheet, pandas or DuckDB.
 *
 * @module
 */
import { realisationAsOf, type Cascade, type Value } from '@pokin/core';
import { EXIT_INPUT, EXIT_OK, type CommandContext } from '../context.js';
import { openSink } from '../output/sink.js';
import { csvStyle, toCsv, toJsonLine } from '../output/table.js';
import { forEachInput } from './shared.js';

/** Output formats of `export`. */
export type ExportFormat = 'csv' | 'jsonl';

/** Flags of `export`. */
export interface ExportFlags {
  /** `--format`; undefined: by the extension of `--to` (`.jsonl`), else `csv`. */
  readonly format?: ExportFormat;
  /** `--to`: write to this file instead of stdout. */
  readonly to?: string;
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

/** The format of a run: `--format`, else `.jsonl` of `--to`, else CSV. */
export function exportFormat(flags: ExportFlags): ExportFormat {
  return flags.format ?? (flags.to !== undefined && /\.jsonl$/i.test(flags.to) ? 'jsonl' : 'csv');
}

/** Runs `export`: every readable input is exported; an unreadable one is named on stderr and the run exits 2. */
export async function exportCommand(ctx: CommandContext, files: readonly string[], flags: ExportFlags): Promise<number> {
  const format = exportFormat(flags);
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
  const sink = openSink(ctx, flags.to, format === 'csv' && style.bom);
  if (format === 'jsonl') for (const row of rows) sink.write(toJsonLine(row));
  else sink.write(toCsv(EXPORT_COLUMNS, rows, style));
  await sink.close(inputs);
  return broken > 0 ? EXIT_INPUT : EXIT_OK;
}
