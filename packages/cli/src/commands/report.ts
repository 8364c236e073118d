/**
 * `pokin report FILE --year Y [--as-of DATE] --to html|svg|csv|xlsx|pdf [-o OUT]`: the capaian of a
 * year as the LKjIP tables (HTML, .xlsx), the LKjIP table (PDF), the tree coloured by capaian band
 * (SVG), or the LKjIP rows (CSV).
 * Rendered in memory first, then written whole (temporary file, then rename) or not at all.
 *
 * @module
 */
import { resolve } from 'node:path';
import { achievement, lkjipRows, periodEndMonth, type Cascade, type Locale, type PeriodKey } from '@pokin/core';
import { EXIT_OK, type CommandContext } from '../context.js';
import { CliUsageError, InputError } from '../errors.js';
import { loadInput, prepareLoad } from '../input/load.js';
import { input as inputMessages, report, reportCsvWords, say, usage } from '../messages/index.js';
import type { ReportCsvColumn } from '../messages/report-csv.js';
import { writeFailure } from '../output/sink.js';
import { csvStyle, toCsv, type Cell, type CsvStyle } from '../output/table.js';
import { outputFormat, outsidePeriod, parseAsOf, parseYear, printNotes } from './shared.js';
import { WriteRefusedError, writeFilesAtomic } from '../output/write.js';

/** Output formats of `report`. */
export type ReportFormat = 'html' | 'svg' | 'csv' | 'xlsx' | 'pdf';

/** Flags of `report`. */
export interface ReportFlags {
  /** `--year`: the year of the capaian (required). */
  readonly year?: string;
  /** `--as-of YYYY-MM-DD`: count only the months that have ended by this day. */
  readonly asOf?: string;
  /** `--to`: the format; when absent, the one `-o`'s extension names, else HTML. */
  readonly to?: ReportFormat;
  /** `-o`: write to this file instead of stdout. */
  readonly output?: string;
  readonly locale: Locale;
  /** `--write-special`: write to a device or a pipe, or through a symbolic link. */
  readonly writeSpecial?: boolean;
  /** `--csv-profile` of `--to csv`: `rfc4180`, `excel` or `excel-id` (`;`, decimal commas and a BOM). */
  readonly csvProfile?: string;
}

/**
 * The period `--as-of` means for `year`: the last month that has ended by that day (`m09` for
 * 2026-09-30, `m08` for 2026-09-29); none (the whole year) for a day after the year.
 */
export function periodAsOf(asOf: string | undefined, year: string): PeriodKey | undefined {
  if (asOf === undefined) return undefined;
  const { year: y, month, day } = parseAsOf(asOf);
  if (y > Number(year)) return undefined;
  const lastDay = new Date(Date.UTC(y, month, 0)).getUTCDate();
  const ended = day === lastDay ? month : month - 1;
  if (y < Number(year) || ended < 1) throw new CliUsageError(usage.asOfTooEarly(asOf, year));
  return `m${String(ended).padStart(2, '0')}` as PeriodKey;
}

/**
 * Columns of `report --to csv`: one row per indicator, as in the LKjIP table. These names are the
 * header with `--locale en`, which scripts read; in Bahasa Indonesia each has its heading
 * (`reportCsvWords.columns`).
 */
export const REPORT_CSV_COLUMNS = [
  'result',
  'sasaran',
  'indicator',
  'unit',
  'target',
  'realisation',
  'capaian',
  'formula',
  'previous_realisation',
  'end_year',
  'end_target',
  'end_capaian',
  'supporting_factors',
  'inhibiting_factors',
  'follow_up',
] as const satisfies readonly ReportCsvColumn[];

/**
 * The LKjIP rows of `year` as CSV (numbers in the profile's decimal mark; capaian in percent, 2
 * decimals): in Bahasa Indonesia with the LKjIP table's headings and the formulas in words, in
 * English with the stable column names and formula keys.
 */
export function reportCsv(cascade: Cascade, year: string, period: PeriodKey | undefined, style: CsvStyle, locale: Locale): string {
  const r = achievement(cascade, { year, ...(period === undefined ? {} : { period }) });
  const pct = (p: number | undefined) => (p === undefined ? null : Math.round(p * 100) / 100);
  const rows = lkjipRows(r).map((row): Record<string, Cell> => {
    const formula = row.indicator.formula ?? row.indicator.gap;
    return {
      result: row.resultId,
      sasaran: row.sasaran,
      indicator: row.indicator.indicator.statement,
      unit: row.indicator.indicator.unit ?? null,
      // Numbers stay numbers, written in the profile's decimal mark, as the capaian beside them.
      target: row.indicator.target ?? null,
      realisation: row.indicator.realisation ?? null,
      capaian: pct(row.indicator.percent),
      formula: formula === undefined ? null : say(reportCsvWords.formula[formula], locale),
      previous_realisation: row.indicator.previous ?? null,
      end_year: row.indicator.endYear ?? null,
      end_target: row.indicator.endTarget ?? null,
      end_capaian: pct(row.indicator.endPercent),
      supporting_factors: row.supporting ?? null,
      inhibiting_factors: row.inhibiting ?? null,
      follow_up: row.followUp ?? null,
    };
  });
  const header = REPORT_CSV_COLUMNS.map((c) => say(reportCsvWords.columns(c, year), locale));
  return `${style.bom ? '\ufeff' : ''}${toCsv(REPORT_CSV_COLUMNS, rows, style, header)}`;
}

/** Extensions of `-o` and the report format each names. */
const REPORT_EXTENSIONS: Readonly<Record<string, ReportFormat>> = {
  html: 'html',
  htm: 'html',
  svg: 'svg',
  csv: 'csv',
  xlsx: 'xlsx',
  pdf: 'pdf',
};

/** Runs `report`. */
export async function reportCommand(ctx: CommandContext, file: string, given: ReportFlags): Promise<number> {
  const flags = { ...given, to: outputFormat(given.to, given.output, REPORT_EXTENSIONS, { fallback: 'html', strict: false }) };
  const year = parseYear(flags.year);
  const period = periodAsOf(flags.asOf, year);
  const toStdout = flags.output === undefined || flags.output === '-';
  if (toStdout && (flags.to === 'pdf' || flags.to === 'xlsx') && ctx.io.stdout.isTTY === true)
    throw new CliUsageError(usage.binaryIsBinary(flags.to));
  await prepareLoad(ctx.load, ctx.io);
  const input = await loadInput(file, ctx.io, ctx.load);
  printNotes(ctx, input);
  const { cascade } = input;
  const span = outsidePeriod(cascade, year);
  if (span !== undefined) throw new CliUsageError(usage.reportYearOutside(year, span.start, span.end));
  const options = { year, locale: flags.locale, ...(period === undefined ? {} : { period }) };
  let data: string | Uint8Array;
  if (flags.to === 'pdf') data = (await import('@pokin/pdf')).renderLkjipPdf(cascade, options);
  else if (flags.to === 'xlsx') data = (await import('@pokin/xlsx')).renderLkjipXlsx(cascade, options);
  else if (flags.to === 'html') data = (await import('@pokin/html')).renderLkjipHtml(cascade, options);
  else if (flags.to === 'svg')
    data = (await import('@pokin/svg')).renderSvg(cascade, {
      locale: flags.locale,
      achievement: { ...options, ...(flags.asOf === undefined ? {} : { asOf: flags.asOf }) },
    });
  else data = reportCsv(cascade, year, period, csvStyle(flags.csvProfile), flags.locale);
  // A year measured from part of its periods reads like a whole year in the tables: say so.
  if (period === undefined) {
    const partial = partialIndicators(cascade, year);
    if (partial > 0) ctx.errLine(ctx.ce.yellow(`pokin: ${ctx.say(report.partialYear(partial, year))}`));
  }

  const output = flags.output;
  if (toStdout || output === undefined) {
    ctx.out(data);
    return EXIT_OK;
  }
  const path = resolve(ctx.io.cwd, output);
  if (file !== '-' && resolve(ctx.io.cwd, file) === path)
    throw new InputError(output, inputMessages.isInputFile(flags.to), {}, 'write-error');
  try {
    await writeFilesAtomic([{ path, data }], { special: flags.writeSpecial === true });
  } catch (e) {
    if (e instanceof WriteRefusedError) throw new InputError(output, say(e.why, flags.locale), {}, 'write-error');
    throw writeFailure(output, e);
  }
  ctx.errLine(ctx.ce.dim(`pokin: ${ctx.say(report.wrote([output]))}`));
  return EXIT_OK;
}

/** Indicators whose realisation of `year` is written by period and stops before the year's end. */
function partialIndicators(cascade: Cascade, year: string): number {
  let n = 0;
  for (const r of achievement(cascade, { year }).results)
    for (const ind of r.indicators) {
      const last = ind.periods.at(-1);
      if (last !== undefined && periodEndMonth(last.period) < 12) n++;
    }
  return n;
}
