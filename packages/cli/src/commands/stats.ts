/**
 * `pokin stats FILE...`: results per level and tier, indicators, results without an indicator,
 * depth, leaves, crosscutting links; one table across many files.
 *
 * @module
 */
import { TIERS } from '@pokin/core';
import { EXIT_INPUT, EXIT_OK, type CommandContext } from '../context.js';
import { toCsv, toJson, type Cell } from '../output/table.js';
import { terminalSafe } from '../output/terminal.js';
import { computeStats, type CascadeStats } from '../stats.js';
import { forEachInput } from './shared.js';

/** Output formats of `stats`. */
export type StatsFormat = 'text' | 'json' | 'csv';

/** One entry of `stats --format json`: the statistics of a file, or why it could not be read. */
export type StatsRow = ({ readonly file: string; readonly error: null } & CascadeStats) | { readonly file: string; readonly error: string };

/** Runs `stats`. */
export async function statsCommand(ctx: CommandContext, files: readonly string[], format: StatsFormat): Promise<number> {
  const rows: StatsRow[] = [];
  let broken = 0;
  await forEachInput(ctx, files, (outcome) => {
    if (outcome.ok) rows.push({ file: outcome.input.file, error: null, ...computeStats(outcome.input.cascade) });
    else {
      broken++;
      rows.push({ file: outcome.file, error: outcome.problems.map((p) => p.format().replace(/^pokin: /, '')).join('; ') });
    }
  });
  if (format === 'json') ctx.out(toJson(rows));
  else if (format === 'csv') ctx.out(csvTable(rows));
  else ctx.out(rows.length === 1 && rows[0]!.error === null ? detail(ctx, rows[0] as CascadeStats & { file: string }) : overview(ctx, rows));
  return broken > 0 ? EXIT_INPUT : EXIT_OK;
}

function csvTable(rows: readonly StatsRow[]): string {
  const levelKeys: string[] = [];
  for (const r of rows) if (r.error === null) for (const l of r.levels) if (!levelKeys.includes(l.key)) levelKeys.push(l.key);
  const columns = [
    'file', 'agency', 'title', 'results', 'indicators', 'results_without_indicator', 'depth', 'leaves', 'roots', 'crosscutting_links',
    ...TIERS.map((t) => `tier_${t}`),
    ...levelKeys.map((k) => `level_${k}`),
    'error',
  ];
  const table = rows.map((r): Record<string, Cell> => {
    if (r.error !== null) return { file: r.file, error: r.error };
    const row: Record<string, Cell> = {
      file: r.file, agency: r.agency, title: r.title, results: r.results, indicators: r.indicators,
      results_without_indicator: r.withoutIndicator.length, depth: r.depth, leaves: r.leaves, roots: r.roots,
      crosscutting_links: r.crosscuttingLinks,
    };
    for (const t of TIERS) row[`tier_${t}`] = r.tiers[t];
    for (const l of r.levels) row[`level_${l.key}`] = l.results;
    return row;
  });
  return toCsv(columns, table);
}

function pad(s: string | number, n: number, right = false): string {
  const t = String(s);
  return right ? t.padStart(n) : t.padEnd(n);
}

function detail(ctx: CommandContext, s: CascadeStats & { file: string }): string {
  const { c } = ctx;
  const lines: string[] = [];
  lines.push(`${c.underline(terminalSafe(s.file))}  ${c.dim(terminalSafe(s.title + (s.agency ? ` · ${s.agency}` : '')))}`);
  lines.push('');
  const levels = s.levels.map((l) => ({ ...l, label: terminalSafe(l.label) }));
  const w = Math.max(12, ...levels.map((l) => l.label.length));
  lines.push(`  ${c.bold(pad('level', w))}  ${c.bold(pad('tier', 12))}  ${c.bold(pad('results', 7, true))}  ${c.bold(pad('IK', 5, true))}`);
  for (const l of levels) lines.push(`  ${pad(l.label, w)}  ${pad(l.tier, 12)}  ${pad(l.results, 7, true)}  ${pad(l.indicators, 5, true)}`);
  lines.push('');
  lines.push(`  ${c.bold('per tier')}  ${TIERS.map((t) => `${t} ${s.tiers[t]}`).join(' · ')}`);
  lines.push('');
  const missing = s.withoutIndicator.length;
  const shown = terminalSafe(s.withoutIndicator.slice(0, 10).join(', ')) + (missing > 10 ? `, ... (${missing - 10} more)` : '');
  const facts: [string, string][] = [
    ['results', String(s.results)],
    ['indicators (IK)', String(s.indicators)],
    ['without an IK', missing === 0 ? c.green('0') : `${c.yellow(String(missing))}  ${c.dim(shown)}`],
    ['depth', String(s.depth)],
    ['leaves', String(s.leaves)],
    ['roots', String(s.roots)],
    ['crosscutting links', String(s.crosscuttingLinks)],
  ];
  for (const [k, v] of facts) lines.push(`  ${pad(k, 18)}  ${v}`);
  return `${lines.join('\n')}\n`;
}

function overview(ctx: CommandContext, rows: readonly StatsRow[]): string {
  const { c } = ctx;
  const head = ['file', 'results', 'IK', 'no IK', 'depth', 'leaves', 'crosscut', ...TIERS];
  const body = rows.map((r) =>
    r.error !== null
      ? [terminalSafe(r.file), c.red(`error: ${terminalSafe(r.error)}`)]
      : [terminalSafe(r.file), r.results, r.indicators, r.withoutIndicator.length, r.depth, r.leaves, r.crosscuttingLinks, ...TIERS.map((t) => r.tiers[t])].map(String),
  );
  const fw = Math.max(4, ...body.map((b) => b[0]!.length));
  const widths = head.map((h, i) => (i === 0 ? fw : Math.max(h.length, ...body.map((b) => (b.length > 2 ? String(b[i]).length : 0)))));
  const fmt = (cells: readonly string[]) => cells.map((cell, i) => (i === 0 ? pad(cell, widths[0]!) : cells.length === 2 ? cell : pad(cell, widths[i]!, true))).join('  ');
  return `${[c.bold(fmt(head)), ...body.map(fmt)].join('\n')}\n`;
}
