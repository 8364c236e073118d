/**
 * `pokin diff OLD NEW`: what changed between two versions of a tree (two files, or two workspace
 * folders: `diff-input.ts`), as text, JSON, JSON Lines, CSV or an HTML page. The matching and the
 * changes are `diffCascades` of `@pokin/core`.
 *
 * @module
 */
import {
  DIFF_LABELS,
  diffCascades,
  diffLevelNames,
  diffValueText,
  localize,
  type CascadeDiff,
  type DiffChange,
  type DiffLevelNames,
  type Locale,
} from '@pokin/core';
import type { Colors } from '../color.js';
import { EXIT_INPUT, EXIT_OK, type CommandContext } from '../context.js';
import { diffReport } from '../messages/index.js';
import { openSink } from '../output/sink.js';
import { csvStyle, toCsv, toJson, toJsonLine, type Cell, type CsvStyle } from '../output/table.js';
import { terminalSafe } from '../output/terminal.js';
import { readDiffVersions } from './diff-input.js';

/** Output formats of `diff`. */
export type DiffFormat = 'text' | 'json' | 'jsonl' | 'csv' | 'html';

/** Flags of `diff`. */
export interface DiffFlags {
  readonly format: DiffFormat;
  /** `-o`: write to this file instead of stdout. */
  readonly output?: string;
  /** `--csv-profile`: `rfc4180`, `excel` or `excel-id`. */
  readonly csvProfile?: string;
  /** `--similarity`: the Dice threshold for matching by statement. */
  readonly similarity?: number;
}

/**
 * Columns of `diff --format csv`, the fields of a JSON Lines row in snake case: the header with
 * `--locale en`, which scripts read; in Bahasa Indonesia each has its heading (`diffReport.columns`).
 */
export const DIFF_CSV_COLUMNS = [
  'kind',
  'old_id',
  'new_id',
  'matched_by',
  'level',
  'tier',
  'statement',
  'indicator',
  'field',
  'year',
  'link',
  'from',
  'to',
] as const;

/** Runs `diff`. */
export async function diffCommand(ctx: CommandContext, oldFile: string, newFile: string, flags: DiffFlags): Promise<number> {
  const versions = await readDiffVersions(ctx, oldFile, newFile);
  if (versions === undefined) return EXIT_INPUT;
  const { old, next } = versions;
  const diff = diffCascades(old.version, next.version, flags.similarity === undefined ? {} : { similarity: flags.similarity });
  for (const p of diff.unmatchedPrevious)
    ctx.errLine(ctx.ce.yellow(`pokin: ${ctx.say(diffReport.danglingPrevious(terminalSafe(p.id), terminalSafe(p.previous)))}`));
  const names = pathNames(diff, oldFile, newFile);
  const style = csvStyle(flags.csvProfile);
  const sink = openSink(ctx, flags.output, flags.format === 'csv' && style.bom);
  switch (flags.format) {
    case 'json':
      sink.write(
        toJson({ old: { file: oldFile, ...diff.old }, new: { file: newFile, ...diff.new }, summary: diff.summary, changes: diff.changes }),
      );
      break;
    case 'jsonl':
      for (const c of diff.changes) sink.write(toJsonLine(c));
      break;
    case 'csv':
      sink.write(csvReport(diff, diffLevelNames(old.levels, next.levels, ctx.locale), ctx.locale, style));
      break;
    case 'html': {
      const { renderDiffHtml } = await import('@pokin/html');
      const levels = { levels: next.levels, oldLevels: old.levels };
      sink.write(renderDiffHtml(diff, { locale: ctx.locale, ...levels, ...(names === undefined ? {} : { names }) }));
      break;
    }
    default:
      sink.write(textReport(ctx, sink.c, diff, diffLevelNames(old.levels, next.levels, ctx.locale), names));
  }
  await sink.close(versions.files);
  return EXIT_OK;
}

/**
 * The CSV: with `--locale en` the stable form (snake_case columns, the JSON's values); in Bahasa
 * Indonesia, for people reading it in Excel, Indonesian headings and words (kind, match, field,
 * level label, polarity and link status), as the HTML report writes them.
 */
function csvReport(diff: CascadeDiff, levels: DiffLevelNames, locale: Locale, style: CsvStyle): string {
  if (locale === 'en') return toCsv(DIFF_CSV_COLUMNS, diff.changes.map(csvRow), style);
  const rows = diff.changes.map((c) => ({
    ...csvRow(c),
    kind: localize(DIFF_LABELS.kind[c.kind], locale),
    matched_by: c.matchedBy === null ? null : localize(DIFF_LABELS.matchedBy[c.matchedBy], locale),
    level: levels.level(c),
    field: c.field === null ? null : localize(DIFF_LABELS.field[c.field], locale),
    from: diffValueText(c, levels.value(c, 'from'), locale),
    to: diffValueText(c, levels.value(c, 'to'), locale),
  }));
  const header = DIFF_CSV_COLUMNS.map((c) => localize(diffReport.columns[c], locale));
  return toCsv(DIFF_CSV_COLUMNS, rows, style, header);
}

function csvRow(c: DiffChange): Record<string, Cell> {
  return {
    kind: c.kind,
    old_id: c.oldId,
    new_id: c.newId,
    matched_by: c.matchedBy,
    level: c.level,
    tier: c.tier,
    statement: c.statement,
    indicator: c.indicator,
    field: c.field,
    year: c.year,
    link: c.link,
    from: c.from,
    to: c.to,
  };
}

/**
 * The paths given, to name the two versions by when their ids (or titles) read the same: two
 * drafts of one document, two workspaces of one Pemda; `undefined` when the ids tell them apart.
 */
function pathNames(diff: CascadeDiff, oldFile: string, newFile: string): readonly [string, string] | undefined {
  return (diff.old.id ?? diff.old.title) === (diff.new.id ?? diff.new.title) ? [oldFile, newFile] : undefined;
}

/** The text report: a heading, the counts, one line per change, and a total per kind. */
function textReport(
  ctx: CommandContext,
  c: Colors,
  diff: CascadeDiff,
  levels: DiffLevelNames,
  names: readonly [string, string] | undefined,
): string {
  const r = diffReport;
  const safe = (v: string | number | null) => (v === null ? ctx.say(r.empty) : terminalSafe(String(v)));
  const [from, to] = names ?? [diff.old.id ?? diff.old.title, diff.new.id ?? diff.new.title];
  const lines = [c.bold(ctx.say(r.heading(terminalSafe(from), terminalSafe(to))))];
  const m = diff.summary.matched;
  lines.push(c.dim(ctx.say(r.counts(diff.old.results, diff.new.results, m.previous, m.id, m.statement))), '');
  if (diff.changes.length === 0) lines.push(ctx.say(r.none));
  const kinds = diff.changes.map((ch) => ctx.say(DIFF_LABELS.kind[ch.kind]));
  const width = Math.max(0, ...kinds.map((k) => k.length));
  diff.changes.forEach((ch, i) => {
    const kind = kinds[i]!.padEnd(width);
    const colour = ch.kind.endsWith('added') ? c.green : ch.kind.endsWith('removed') ? c.red : c.yellow;
    const id = terminalSafe(ch.newId ?? ch.oldId ?? '');
    const renamed = ch.oldId !== null && ch.newId !== null && ch.oldId !== ch.newId ? ` (${terminalSafe(ch.oldId)})` : '';
    const what = `${id}${renamed} ${c.dim(`[${terminalSafe(levels.level(ch))}]`)}`;
    const arrow = (from: string | number | null, to: string | number | null) => `${safe(from)} \u2192 ${safe(to)}`;
    let detail: string;
    switch (ch.kind) {
      case 'added':
      case 'removed':
        detail = terminalSafe(ch.statement);
        break;
      case 'moved': {
        const root = ctx.say(r.root);
        detail = `${ctx.say(r.parent)} ${ch.from === null ? root : safe(ch.from)} \u2192 ${ch.to === null ? root : safe(ch.to)}`;
        break;
      }
      case 'reworded':
        detail = arrow(ch.from, ch.to);
        break;
      case 'level-changed':
        detail = arrow(levels.value(ch, 'from'), levels.value(ch, 'to'));
        break;
      case 'indicator-added':
      case 'indicator-removed':
        detail = `${ctx.say(r.ik)} ${safe(ch.indicator)}: ${safe(ch.to ?? ch.from)}`;
        break;
      case 'indicator-changed':
        detail = `${ctx.say(r.ik)} ${safe(ch.indicator)}, ${ctx.say(DIFF_LABELS.field[ch.field!])}: ${arrow(diffValueText(ch, ch.from, ctx.locale), diffValueText(ch, ch.to, ctx.locale))}`;
        break;
      case 'target-changed':
        detail = `${ctx.say(r.ik)} ${safe(ch.indicator)}, ${safe(ch.year)}: ${arrow(ch.from, ch.to)}`;
        break;
      case 'link-added':
      case 'link-removed': {
        // The link's status, when its entry gives one: "ke pemda-2026#S3 (diusulkan)".
        const status = diffValueText(ch, ch.kind === 'link-added' ? ch.to : ch.from, ctx.locale);
        detail = `${ctx.say(r.linkTo)} ${safe(ch.link)}${status === null ? '' : ` (${safe(status)})`}`;
        break;
      }
      case 'link-changed':
        detail = `${ctx.say(r.linkTo)} ${safe(ch.link)}: ${arrow(diffValueText(ch, ch.from, ctx.locale), diffValueText(ch, ch.to, ctx.locale))}`;
        break;
    }
    lines.push(`  ${colour(kind)}  ${what}  ${detail}`);
  });
  const totals = Object.entries(diff.summary.changes)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${ctx.say(DIFF_LABELS.kind[k as DiffChange['kind']])}`);
  if (totals.length > 0) lines.push('', `${ctx.say(r.total)}: ${totals.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
