/**
 * `pokin stats FILE...`: results per level and tier, indicators, results without an indicator,
 * depth, leaves, crosscutting links; one table across many files.
 *
 * @module
 */
import { TIERS, formatPercent } from '@pokin/core';
import type { Colors } from '../color.js';
import { EXIT_INPUT, EXIT_OK, type CommandContext } from '../context.js';
import { report, usage } from '../messages/index.js';
import { openSink } from '../output/sink.js';
import { csvStyle, toCsv, toJson, toJsonLine, type Cell, type CsvStyle } from '../output/table.js';
import { terminalSafe } from '../output/terminal.js';
import { computeStats, type CascadeStats } from '../stats.js';
import { capaianStats, type CapaianStats } from '../stats-capaian.js';
import { forEachInput, outsidePeriod, parseYear } from './shared.js';

/** Output formats of `stats`. */
export type StatsFormat = 'text' | 'json' | 'jsonl' | 'csv';

/** Flags of `stats`. */
export interface StatsFlags {
  readonly format: StatsFormat;
  /** `-o`: write to this file instead of stdout. */
  readonly output?: string;
  /** `--csv-profile`: `rfc4180`, `excel` or `excel-id` (`;` and a BOM). */
  readonly csvProfile?: string;
  /** `--year`: the year of the capaian per tier; default the latest year of the period with a realisation and its target. */
  readonly year?: string;
}

/** One entry of `stats --format json`: the statistics of a file, or why it could not be read. */
export type StatsRow =
  | ({ readonly file: string; readonly error: null; readonly achievement?: CapaianStats } & CascadeStats)
  | { readonly file: string; readonly error: string };

/** Runs `stats`. */
export async function statsCommand(ctx: CommandContext, files: readonly string[], flags: StatsFlags): Promise<number> {
  const { format } = flags;
  const year = flags.year === undefined ? undefined : parseYear(flags.year);
  const rows: StatsRow[] = [];
  // The level labels in the run's language, for the text breakdown (the JSON and CSV keep `label`).
  let labels = new Map<string, string>();
  let broken = 0;
  await forEachInput(ctx, files, (outcome) => {
    if (outcome.ok) {
      const { cascade } = outcome.input;
      const capaian = capaianStats(cascade, year);
      // Several files may have several periods: a year outside one file's is said, not refused.
      const span = year === undefined ? undefined : outsidePeriod(cascade, year);
      if (year !== undefined && span !== undefined)
        ctx.errLine(ctx.ce.yellow(`pokin: ${outcome.input.file}: ${ctx.say(usage.statsYearOutside(year, span.start, span.end))}`));
      rows.push({
        file: outcome.input.file,
        error: null,
        ...computeStats(cascade),
        ...(capaian === null ? {} : { achievement: capaian }),
      });
      if (rows.length === 1) labels = new Map(cascade.levels.map((l) => [l.key, ctx.say(l.label)]));
    } else {
      broken++;
      rows.push({ file: outcome.file, error: outcome.problems.map((p) => p.format(ctx.locale).replace(/^pokin: /, '')).join('; ') });
    }
  });
  const style = csvStyle(flags.csvProfile);
  const sink = openSink(ctx, flags.output, format === 'csv' && style.bom);
  if (format === 'json') sink.write(toJson(rows));
  else if (format === 'jsonl') for (const row of rows) sink.write(toJsonLine(row));
  else if (format === 'csv') sink.write(csvTable(rows, style));
  else
    sink.write(
      rows.length === 1 && rows[0]!.error === null
        ? detail(ctx, sink.c, rows[0] as CascadeStats & { file: string; achievement?: CapaianStats }, labels)
        : overview(ctx, sink.c, rows),
    );
  await sink.close(rows.map((r) => r.file));
  return broken > 0 ? EXIT_INPUT : EXIT_OK;
}

function csvTable(rows: readonly StatsRow[], style: CsvStyle): string {
  const levelKeys: string[] = [];
  for (const r of rows) if (r.error === null) for (const l of r.levels) if (!levelKeys.includes(l.key)) levelKeys.push(l.key);
  const columns = [
    'file',
    'agency',
    'title',
    'results',
    'indicators',
    'results_without_indicator',
    'depth',
    'leaves',
    'roots',
    'crosscutting_links',
    ...TIERS.map((t) => `tier_${t}`),
    ...TIERS.flatMap((t) => [`owned_${t}`, `unowned_${t}`]),
    ...levelKeys.map((k) => `level_${k}`),
    // The capaian columns only when some file has realisations (older tables keep their columns).
    ...(rows.some((r) => r.error === null && r.achievement !== undefined)
      ? ['capaian_year', ...TIERS.map((t) => `capaian_${t}`), 'capaian_document', 'capaian_measured_indicators']
      : []),
    'error',
  ];
  const table = rows.map((r): Record<string, Cell> => {
    if (r.error !== null) return { file: r.file, error: r.error };
    const row: Record<string, Cell> = {
      file: r.file,
      agency: r.agency,
      title: r.title,
      results: r.results,
      indicators: r.indicators,
      results_without_indicator: r.withoutIndicator.length,
      depth: r.depth,
      leaves: r.leaves,
      roots: r.roots,
      crosscutting_links: r.crosscuttingLinks,
    };
    for (const t of TIERS) row[`tier_${t}`] = r.tiers[t];
    for (const t of TIERS) {
      row[`owned_${t}`] = r.owners[t].owned;
      row[`unowned_${t}`] = r.owners[t].unowned;
    }
    for (const l of r.levels) row[`level_${l.key}`] = l.results;
    if (r.achievement !== undefined) {
      row.capaian_year = r.achievement.year;
      for (const t of TIERS) row[`capaian_${t}`] = r.achievement.tiers[t];
      row.capaian_document = r.achievement.document;
      row.capaian_measured_indicators = r.achievement.measuredIndicators;
    }
    return row;
  });
  return toCsv(columns, table, style);
}

function pad(s: string | number, n: number, right = false): string {
  const t = String(s);
  return right ? t.padStart(n) : t.padEnd(n);
}

function detail(
  ctx: CommandContext,
  c: Colors,
  s: CascadeStats & { file: string; achievement?: CapaianStats },
  labels: ReadonlyMap<string, string>,
): string {
  const w8 = (text: Parameters<CommandContext['say']>[0]) => ctx.say(text);
  const st = report.stats;
  const tierName = (t: string) => w8(st.tierName(t));
  const lines: string[] = [];
  // The agency once: `pokin init --agency X` titles the tree "Pohon Kinerja X".
  const named = s.agency !== null && s.agency !== '' && !s.title.toLocaleLowerCase('id').includes(s.agency.toLocaleLowerCase('id'));
  lines.push(`${c.underline(terminalSafe(s.file))}  ${c.dim(terminalSafe(s.title + (named ? ` · ${s.agency}` : '')))}`);
  lines.push('');
  const levels = s.levels.map((l) => ({ ...l, label: terminalSafe(labels.get(l.key) ?? l.label) }));
  const w = Math.max(12, ...levels.map((l) => l.label.length));
  lines.push(
    `  ${c.bold(pad(w8(st.level()), w))}  ${c.bold(pad(w8(st.tier()), 12))}  ${c.bold(pad(w8(st.results()), 7, true))}  ${c.bold(pad(w8(st.ik()), 5, true))}`,
  );
  for (const l of levels)
    lines.push(`  ${pad(l.label, w)}  ${pad(tierName(l.tier), 12)}  ${pad(l.results, 7, true)}  ${pad(l.indicators, 5, true)}`);
  lines.push('');
  lines.push(`  ${c.bold(w8(st.perTier()))}  ${TIERS.map((t) => `${tierName(t)} ${s.tiers[t]}`).join(' · ')}`);
  lines.push(
    `  ${c.bold(w8(st.owners()))}  ${TIERS.map((t) => `${tierName(t)} ${s.owners[t].owned}/${s.owners[t].owned + s.owners[t].unowned}`).join(' · ')}`,
  );
  const a = s.achievement;
  if (a !== undefined) {
    const pct = (p: number | null) => (p === null ? '-' : formatPercent(p, ctx.locale));
    const perTier = TIERS.filter((t) => s.tiers[t] > 0).map((t) => `${tierName(t)} ${pct(a.tiers[t])}`);
    lines.push(
      `  ${c.bold(w8(st.capaian(a.year)))}  ${[...perTier, `${w8(st.document())} ${pct(a.document)} (${w8(st.measured(a.measuredIndicators, a.indicators))})`].join(' · ')}`,
    );
  }
  lines.push('');
  const missing = s.withoutIndicator.length;
  const shown = terminalSafe(s.withoutIndicator.slice(0, 10).join(', ')) + (missing > 10 ? `, ${w8(st.more(missing - 10))}` : '');
  const facts: [string, string][] = [
    [w8(st.results()), String(s.results)],
    [w8(st.indicators()), String(s.indicators)],
    [w8(st.withoutIk()), missing === 0 ? c.green('0') : `${c.yellow(String(missing))}  ${c.dim(shown)}`],
    [w8(st.depth()), String(s.depth)],
    [w8(st.leaves()), String(s.leaves)],
    [w8(st.roots()), String(s.roots)],
    [w8(st.crosscutting()), String(s.crosscuttingLinks)],
  ];
  for (const [k, v] of facts) lines.push(`  ${pad(k, 18)}  ${v}`);
  return `${lines.join('\n')}\n`;
}

function overview(ctx: CommandContext, c: Colors, rows: readonly StatsRow[]): string {
  const st = report.stats;
  const w8 = (text: Parameters<CommandContext['say']>[0]) => ctx.say(text);
  // The capaian columns only when some file was measured (as in the CSV); one year names the header,
  // several (each file's latest, without --year) name each cell.
  const years = new Set(rows.flatMap((r) => (r.error === null && r.achievement !== undefined ? [r.achievement.year] : [])));
  const oneYear = years.size === 1 ? [...years][0] : undefined;
  const capaian = (a: CapaianStats | undefined): string[] => {
    if (a === undefined) return ['-', '-'];
    const pct = a.document === null ? '-' : formatPercent(a.document, ctx.locale);
    return [oneYear === undefined ? `${pct} (${a.year})` : pct, w8(st.measuredOf(a.measuredIndicators, a.indicators))];
  };
  const head = [
    w8(st.file()),
    w8(st.results()),
    w8(st.ik()),
    w8(st.noIk()),
    w8(st.depth()),
    w8(st.leaves()),
    w8(st.crosscut()),
    ...TIERS.map((t) => w8(st.tierName(t))),
    ...(years.size === 0 ? [] : [w8(oneYear === undefined ? st.capaianHead() : st.capaian(oneYear)), w8(st.measuredHead())]),
  ];
  const body = rows.map((r) =>
    r.error !== null
      ? [terminalSafe(r.file), c.red(w8(st.error(terminalSafe(r.error))))]
      : [
          ...[
            terminalSafe(r.file),
            r.results,
            r.indicators,
            r.withoutIndicator.length,
            r.depth,
            r.leaves,
            r.crosscuttingLinks,
            ...TIERS.map((t) => r.tiers[t]),
          ].map(String),
          ...(years.size === 0 ? [] : capaian(r.achievement)),
        ],
  );
  const fw = Math.max(4, ...body.map((b) => b[0]!.length));
  const widths = head.map((h, i) => (i === 0 ? fw : Math.max(h.length, ...body.map((b) => (b.length > 2 ? String(b[i]).length : 0)))));
  const fmt = (cells: readonly string[]) =>
    cells.map((cell, i) => (i === 0 ? pad(cell, widths[0]!) : cells.length === 2 ? cell : pad(cell, widths[i]!, true))).join('  ');
  return `${[c.bold(fmt(head)), ...body.map(fmt)].join('\n')}\n`;
}
