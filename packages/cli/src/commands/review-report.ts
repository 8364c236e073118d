/**
 * What `review` prints: a finding as a table row (CSV, JSON, JSON Lines), and the text report with
 * its summary line.
 *
 * @module
 */
import type { Cascade } from '@pokin/core';
import type { Colors } from '../color.js';
import type { CommandContext } from '../context.js';
import type { Place } from '../errors.js';
import type { LoadedInput } from '../input/load.js';
import { report } from '../messages/index.js';
import { csvLines, type Cell, type CsvStyle } from '../output/table.js';
import { terminalSafe } from '../output/terminal.js';
import type { Finding, Severity } from '../review-api.js';
import { REVIEW_CSV_COLUMNS, type ReviewRow } from './review.js';

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

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
  if (place?.cell !== undefined) return terminalSafe(`${input.file} ${place.cell}`);
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
            ? `[${ctx.say(report.indicatorTag(f.indicatorIndex + 1))}] `
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
