/**
 * `pokin review FILE...`: the reviu pohon kinerja of one or many trees.
 *
 * @module
 */
import type { Locale, RuleEntry } from '@pokin/core';
import { checkRuleSettings, loadReviewConfig, withPlugins } from '../config.js';
import { EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, type CommandContext } from '../context.js';
import { CliUsageError } from '../errors.js';
import { prepareLoad } from '../input/load.js';
import { usage, workspace as words } from '../messages/index.js';
import { openSink } from '../output/sink.js';
import { csvStyle, toCsv, toJson, toJsonLine } from '../output/table.js';
import { ruleIds, runReview, type RuleSetting, type Severity } from '../review-api.js';
import { csvRows, summary, textReport, toRow } from './review-report.js';
import { workspaceFolders } from './workspace-input.js';
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
  checkRuleSettings(config, rules);
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
    const findings = withPlugins(config, () => runReview(input.cascade, flags.locale, rules, config.plugins, flags.asOf));
    reviewed++;
    resultsSeen += input.cascade.size;
    for (const f of findings) counts[f.severity]++;
    if (flags.format === 'text') sink.write(textReport(ctx, sink.c, input, findings));
    // Rows are made a thousand at a time, so a file with 100,000 findings never holds them all twice.
    else for (let i = 0; i < findings.length; i += 1000) await write(findings.slice(i, i + 1000).map((f) => toRow(input, f)));
  });

  if (flags.format === 'json') sink.write(jsonRowsWritten === 0 ? '[]\n' : '\n]\n');
  // A folder holding pokin.workspace.yaml is a workspace: each file alone misses the links between them.
  for (const folder of await workspaceFolders(ctx, files)) ctx.errLine(ctx.ce.yellow(`pokin: ${ctx.say(words.isWorkspace(folder))}`));
  if (flags.format === 'text') sink.write(summary(ctx, sink.c, counts, reviewed, resultsSeen, broken));
  await sink.close(inputs);
  if (broken > 0) return EXIT_INPUT;
  if (counts.error > 0 || (flags.strict === true && counts.warning > 0)) return EXIT_FINDINGS;
  return EXIT_OK;
}

export { csvRows, parsePath, summary, textReport, toRow } from './review-report.js';
