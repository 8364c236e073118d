/**
 * `pokin review FILE...`: the reviu pohon kinerja of one or many trees.
 *
 * @module
 */
import type { Cascade, Locale } from '@pokin/core';
import { EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, type CommandContext } from '../context.js';
import type { Colors } from '../color.js';
import { CliUsageError, type Place } from '../errors.js';
import { prepareLoad, type LoadedInput } from '../input/load.js';
import { report, usage } from '../messages/index.js';
import { openSink } from '../output/sink.js';
import { csvLines, csvStyle, toCsv, toJson, toJsonLine, type Cell, type CsvStyle } from '../output/table.js';
import { terminalSafe } from '../output/terminal.js';
import type { RuleEntry } from '@pokin/core';
import { loadReviewConfig } from '../config.js';
import { ruleIds, runReview, type Finding, type RuleSetting, type Severity } from '../review-api.js';
import { forEachInput, parseAsOf, problemRule } from './shared.js';

/** Output formats of `review`. */
export type ReviewFormat = 'text' | 'json' | 'jsonl' | 'csv';

/** Flags of `review`. */
export interface ReviewFlags {
  readonly format: ReviewFormat;
  readonly strict?: boolean;
  readonly locale: Locale;
  readonly rule?: readonly string[];
  /** `-o`: write to this file instead of stdout. */
  readonly output?: string;
  /** `--csv-profile`: `rfc4180`, `excel` or `excel-id` (`;` and a BOM). */
  readonly csvProfile?: string;
  /** A review config file (rules and plug-ins); default: `pokin.config.json`/`.js` found upwards. */
  readonly config?: string;
  /** `--as-of YYYY-MM-DD`: the day the capaian rules look from (default today). */
  readonly asOf?: string;
}

/**
 * Columns of `review --format csv`: the fields of a JSON row. The first six came first and keep
 * their places; `line` is the row for a CSV input.
 */
export const REVIEW_CSV_COLUMNS = [
  'file',
  'agency',
  'result',
  'rule',
  'severity',
  'message',
  'indicator',
  'path',
  'line',
  'column',
  'url',
] as const;

/** One row of `review --format json`. */
export interface ReviewRow {
  readonly file: string;
  readonly agency: string | null;
  readonly result: string | null;
  /** The result's level key (json and jsonl only; the CSV keeps its columns). */
  readonly level?: string | null;
  /** The result's tier: `strategis`, `urusan`, `taktis` or `operasional` (json and jsonl only). */
  readonly tier?: string | null;
  /** The result's statement (json and jsonl only). */
  readonly statement?: string | null;
  readonly indicator: string | null;
  readonly rule: string;
  /**
   * Of a file that could not be read or parsed (`rule` `parse-error` or `read-error`): the stable
   * code of the problem, core's issue code such as `unknown-parent`, `duplicate-id` or
   * `unknown-key` (json and jsonl only). Null for review findings, whose `rule` says it.
   */
  readonly code?: string | null;
  readonly severity: Severity;
  readonly message: string;
  readonly path: string | null;
  readonly line: number | null;
  readonly column: number | null;
  readonly url: string | null;
}

const SETTINGS: readonly RuleSetting[] = ['off', 'error', 'warning', 'info'];

/** Parses `--rule id=setting` flags, checking ids against the review's rules. */
export function parseRuleFlags(flags: readonly string[] = [], known: readonly string[] = ruleIds()): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const flag of flags) {
    const m = /^([^=\s]+)\s*=\s*(\S+)$/.exec(flag);
    if (m === null) throw new CliUsageError(usage.ruleSyntax(flag));
    const [, id, setting] = m as unknown as [string, string, string];
    if (known.length > 0 && !known.includes(id)) throw new CliUsageError(usage.unknownRule(id, known));
    if (!SETTINGS.includes(setting as RuleSetting)) throw new CliUsageError(usage.unknownSetting(id, setting));
    out[id] = setting as RuleSetting;
  }
  return out;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Runs `review`. */
export async function reviewCommand(ctx: CommandContext, files: readonly string[], flags: ReviewFlags): Promise<number> {
  if (flags.asOf !== undefined) parseAsOf(flags.asOf);
  const config = await loadReviewConfig(ctx.io.cwd, flags.config);
  // --rule flags override the config's settings (and keep its options).
  const rules: Record<string, RuleEntry> = { ...config.rules };
  for (const [id, setting] of Object.entries(parseRuleFlags(flags.rule, ruleIds(config.plugins)))) {
    const prev = rules[id];
    rules[id] = Array.isArray(prev) && setting !== 'off' ? [setting, prev[1]] : setting;
  }
  await prepareLoad(ctx.load, ctx.io); // a bad --levels stops here, before the CSV header is written
  const counts = { error: 0, warning: 0, info: 0 };
  let broken = 0;
  let reviewed = 0;
  let resultsSeen = 0;
  const style = csvStyle(flags.csvProfile);
  const sink = openSink(ctx, flags.output, flags.format === 'csv' && style.bom);
  const inputs: string[] = [];
  // JSON is written as the rows come, one file at a time: the same text as one JSON.stringify of
  // every row (2-space indent), without holding a national sweep's findings as one string.
  let jsonRowsWritten = 0;
  // Each chunk waits for a pipe's reader (sink.drain), so the report is never held in memory whole.
  const write = async (rows: readonly ReviewRow[]): Promise<void> => {
    if (flags.format === 'json') {
      let out = '';
      for (const row of rows) {
        out += `${jsonRowsWritten++ === 0 ? '[\n' : ',\n'}${toJson(row).trimEnd().replace(/^/gm, '  ')}`;
        if (out.length > 1 << 20) {
          sink.write(out);
          out = '';
          await sink.drain();
        }
      }
      if (out !== '') sink.write(out);
    } else if (flags.format === 'jsonl') for (const row of rows) sink.write(toJsonLine(row));
    else if (flags.format === 'csv') sink.write(csvRows(rows, style));
    await sink.drain();
  };
  if (flags.format === 'csv') sink.write(toCsv(REVIEW_CSV_COLUMNS, [], style));

  await forEachInput(ctx, files, async (outcome) => {
    inputs.push(outcome.ok ? outcome.input.file : outcome.file);
    if (!outcome.ok) {
      broken++;
      const rows: ReviewRow[] = outcome.problems.map((p) => ({
        file: p.file,
        agency: null,
        result: null,
        indicator: null,
        rule: problemRule(p),
        code: p.kind,
        severity: 'error',
        message: p.say(ctx.locale),
        path: p.place.field ?? p.place.columnName ?? null,
        line: p.place.line ?? p.place.row ?? null,
        column: p.place.column ?? null,
        url: null,
      }));
      await write(rows);
      return;
    }
    const { input } = outcome;
    const findings = runReview(input.cascade, flags.locale, rules, config.plugins, flags.asOf);
    reviewed++;
    resultsSeen += input.cascade.size;
    for (const f of findings) counts[f.severity]++;
    if (flags.format === 'text') sink.write(textReport(ctx, sink.c, input, findings));
    // Rows are made a thousand at a time, so a file with 100,000 findings never holds them all twice.
    else for (let i = 0; i < findings.length; i += 1000) await write(findings.slice(i, i + 1000).map((f) => toRow(input, f)));
  });

  if (flags.format === 'json') sink.write(jsonRowsWritten === 0 ? '[]\n' : '\n]\n');
  if (flags.format === 'text') sink.write(summary(ctx, sink.c, counts, reviewed, resultsSeen, broken));
  await sink.close(inputs);
  if (broken > 0) return EXIT_INPUT;
  if (counts.error > 0 || (flags.strict === true && counts.warning > 0)) return EXIT_FINDINGS;
  return EXIT_OK;
}

/** CSV lines of table rows. */
export function csvRows(rows: readonly ReviewRow[], style: CsvStyle): string {
  return csvLines(REVIEW_CSV_COLUMNS, rows as unknown as Readonly<Record<string, Cell>>[], style);
}

/** One table row of a finding. */
export function toRow(input: LoadedInput, f: Finding): ReviewRow {
  const place = locateFinding(input, f);
  const result = f.resultId === undefined ? undefined : input.cascade.result(f.resultId);
  return {
    file: input.file,
    agency: input.cascade.agency?.name ?? null,
    result: f.resultId ?? null,
    level: result?.level ?? null,
    tier: result === undefined ? null : input.cascade.tier(result.id),
    statement: result?.statement ?? null,
    indicator: f.indicatorId ?? null,
    rule: f.rule,
    code: null,
    severity: f.severity,
    message: f.message,
    path: f.path ?? null,
    line: place?.line ?? place?.row ?? null,
    column: place?.column ?? null,
    url: f.url ?? null,
  };
}

function locateFinding(input: LoadedInput, f: Finding): Place | undefined {
  if (input.locate === undefined) return undefined;
  if (f.path !== undefined && f.path !== '') return input.locate(parsePath(f.path));
  if (f.resultId !== undefined) {
    const i = input.cascade.indexOf(f.resultId);
    if (i < 0) return undefined;
    const segments: (string | number)[] = ['results', i];
    if (f.indicatorIndex !== undefined) segments.push('indicators', f.indicatorIndex);
    return input.locate(segments);
  }
  return undefined;
}

/** `results[3].indicators[0].unit` to `['results', 3, 'indicators', 0, 'unit']`. */
export function parsePath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/** `pokin.yaml:12` for a line of a document, `pokin.csv row 5` for a row of a CSV; empty when unknown. */
function placeText(ctx: CommandContext, input: LoadedInput, place: Place | undefined): string {
  if (place?.line !== undefined) return terminalSafe(`${input.file}:${place.line}`);
  if (place?.row !== undefined) return terminalSafe(ctx.say(report.row(input.file, place.row)));
  return '';
}

function resultHeading(cascade: Cascade, id: string): string {
  const r = cascade.result(id);
  return terminalSafe(r === undefined ? id : `${id}  ${r.statement}`);
}

/** The text report of one file's findings. */
export function textReport(ctx: CommandContext, c: Colors, input: LoadedInput, findings: readonly Finding[]): string {
  const n = input.cascade.size;
  let out = `${c.underline(terminalSafe(input.file))}  ${c.dim(`${terminalSafe(input.cascade.title)} · ${ctx.say(report.results(n))}`)}\n`;
  if (findings.length === 0) return `${out}  ${c.green(ctx.say(report.noFindings()))}\n\n`;
  // Group by result, in document order; findings about the whole document first.
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.resultId ?? '';
    let list = groups.get(key);
    if (list === undefined) groups.set(key, (list = []));
    list.push(f);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : input.cascade.indexOf(a) - input.cascade.indexOf(b)));
  // A loop, not Math.max(...list): spreading 120,000 findings into a call overflows the stack.
  let width = 0;
  for (const f of findings) width = Math.max(width, f.rule.length);
  const sevWidth = Math.max(...(['error', 'warning', 'info'] as const).map((s) => ctx.say(report.severity(s)).length));
  const paint = { error: c.red, warning: c.yellow, info: c.blue };
  for (const key of keys) {
    // By severity, then the findings of one rule together: a rule repeated on one result shows its name once.
    const firstAt = new Map<string, number>();
    groups.get(key)!.forEach((f, i) => firstAt.has(f.rule) || firstAt.set(f.rule, i));
    const list = groups
      .get(key)!
      .slice()
      .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || firstAt.get(a.rule)! - firstAt.get(b.rule)!);
    if (key === '') out += `  ${c.bold(ctx.say(report.document()))}\n`;
    else {
      const place = locateFinding(input, { rule: '', severity: 'info', message: '', resultId: key });
      const shown = placeText(ctx, input, place);
      const where = shown === '' ? '' : `  ${c.dim(shown)}`;
      out += `  ${c.bold(resultHeading(input.cascade, key))}${where}\n`;
    }
    let prev: Finding | undefined;
    for (const f of list) {
      const repeat = prev !== undefined && prev.rule === f.rule && prev.severity === f.severity;
      prev = f;
      const sev = repeat ? ' '.repeat(sevWidth) : paint[f.severity](ctx.say(report.severity(f.severity)).padEnd(sevWidth));
      const ind =
        f.indicatorId !== undefined
          ? `[${terminalSafe(f.indicatorId)}] `
          : f.indicatorIndex !== undefined
            ? `[IK ${f.indicatorIndex + 1}] `
            : '';
      let at = '';
      if (key === '' && f.path !== undefined && f.path !== '') {
        const place = locateFinding(input, f);
        const shown = placeText(ctx, input, place);
        at = `  ${c.dim(`(${terminalSafe(f.path)}${shown === '' ? '' : `, ${shown}`})`)}`;
      }
      out += `    ${sev}  ${repeat ? ' '.repeat(width) : c.dim(f.rule.padEnd(width))}  ${ind}${terminalSafe(f.message)}${at}\n`;
    }
  }
  return `${out}\n`;
}

/** The last line: counts by severity, files and results. */
export function summary(
  ctx: CommandContext,
  c: Colors,
  counts: Record<Severity, number>,
  files: number,
  results: number,
  broken: number,
): string {
  const say = (text: Parameters<CommandContext['say']>[0]) => ctx.say(text);
  const parts = (['error', 'warning', 'info'] as const).map((s) => say(report.severityCount(s, counts[s])));
  if (files === 0 && broken > 0) return `${c.red('✖')} ${say(report.unreadable(broken))}\n`;
  const unread = broken > 0 ? c.red(`; ${say(report.unreadable(broken))}`) : '';
  const mark = counts.error > 0 || broken > 0 ? c.red('✖') : counts.warning > 0 ? c.yellow('⚠') : c.green('✔');
  return `${mark} ${parts.join(', ')} ${say(report.scope(files, results))}${unread}\n`;
}
