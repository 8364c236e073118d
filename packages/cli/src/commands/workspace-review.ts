/**
 * `pokin review FOLDER --workspace [--as-of DATE]`: the review of a workspace: each document's review, then the
 * workspace rules (references across documents, crosscutting, the Pemda tree). Each finding is
 * printed under its document's file, with its line.
 *
 * @module
 */
import { WORKSPACE_RULES, reviewWorkspace, type RuleEntry } from '@pokin/core';
import { checkRuleSettings, loadReviewConfig, withPlugins } from '../config.js';
import { EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, type CommandContext } from '../context.js';
import { workspace as words } from '../messages/index.js';
import { openSink } from '../output/sink.js';
import { csvStyle, toCsv, toJson, toJsonLine } from '../output/table.js';
import { terminalSafe } from '../output/terminal.js';
import { ruleIds } from '../review-api.js';
import { REVIEW_CSV_COLUMNS, csvRows, parseRuleFlags, summary, textReport, toRow, type ReviewFlags, type ReviewRow } from './review.js';
import { parseAsOf } from './shared.js';
import { loadWorkspaceArgs } from './workspace-input.js';

/** Runs `review --workspace`. */
export async function workspaceReviewCommand(ctx: CommandContext, args: readonly string[], flags: ReviewFlags): Promise<number> {
  if (flags.asOf !== undefined) parseAsOf(flags.asOf);
  const config = await loadReviewConfig(ctx.io.cwd, flags.config);
  const rules: Record<string, RuleEntry> = { ...config.rules };
  const known = [...ruleIds(config.plugins), ...WORKSPACE_RULES.map((r) => r.meta.id)];
  for (const [id, setting] of Object.entries(parseRuleFlags(flags.rule, known))) {
    const prev = rules[id];
    rules[id] = Array.isArray(prev) && setting !== 'off' ? [setting, prev[1]] : setting;
  }
  checkRuleSettings(config, rules, WORKSPACE_RULES);
  const loaded = await loadWorkspaceArgs(ctx, args);
  if (loaded === undefined) return EXIT_INPUT;
  const { workspace: ws, inputs } = loaded;
  const asOf = flags.asOf === undefined ? {} : { asOf: flags.asOf };
  const findings = withPlugins(config, () => reviewWorkspace(ws, { locale: flags.locale, rules, plugins: config.plugins, ...asOf }));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const style = csvStyle(flags.csvProfile);
  const sink = openSink(ctx, flags.output, flags.format === 'csv' && style.bom);
  const rows: ReviewRow[] = [];
  for (const f of findings) rows.push(toRow(inputs.get(f.document)!, f));
  if (flags.format === 'json') sink.write(toJson(rows));
  else if (flags.format === 'jsonl') for (const row of rows) sink.write(toJsonLine(row));
  else if (flags.format === 'csv') sink.write(toCsv(REVIEW_CSV_COLUMNS, [], style) + csvRows(rows, style));
  else {
    const pemda = ws.pemda;
    sink.write(
      `${sink.c.bold(terminalSafe(ctx.say(words.heading(ws.title, ws.documents.length, ws.cascade.size))))}  ${sink.c.dim(
        terminalSafe(ctx.say(pemda === undefined ? words.noPemda() : words.pemda(pemda.id))),
      )}\n\n`,
    );
    for (const d of ws.documents)
      sink.write(
        textReport(
          ctx,
          sink.c,
          inputs.get(d.id)!,
          findings.filter((f) => f.document === d.id),
        ),
      );
    sink.write(summary(ctx, sink.c, counts, ws.documents.length, ws.cascade.size, 0));
  }
  await sink.close(loaded.files);
  if (counts.error > 0 || (flags.strict === true && counts.warning > 0)) return EXIT_FINDINGS;
  return EXIT_OK;
}
