#!/usr/bin/env node
// Indicators per agency and year, from the long table of `pokin export`.
//
//   node examples/analysis/indicators.mjs [--out <dir>]
//
// Run from a clone after `pnpm install && pnpm build`. It does what an analyst would do by hand:
//   1. writes the BKPSDM tree as the CSV and .xlsx forms an agency hands in (pokin render),
//   2. exports every indicator x year of examples/workspace/ and of those two files to
//      <dir>/indicators.csv and <dir>/indicators.jsonl (pokin export),
//   3. reads the JSONL and writes <dir>/per-agency-year.csv: per agency and year, the indicators,
//      how many have a target and a realisation, and how many lack a target.
// <dir> defaults to out/analysis. Plain Node, no dependency beyond the built CLI.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({ options: { out: { type: 'string', default: join(ROOT, 'out/analysis') } } });
const out = values.out;
mkdirSync(out, { recursive: true });

const pokin = (...args) =>
  execFileSync(process.execPath, [join(ROOT, 'packages/cli/dist/bin.cjs'), ...args], { stdio: 'inherit', cwd: ROOT });
const bkpsdm = join(ROOT, 'examples/bkpsdm/pokin.yaml');
pokin('render', bkpsdm, '--to', 'csv', '-o', join(out, 'bkpsdm.csv'));
pokin('render', bkpsdm, '--to', 'xlsx', '-o', join(out, 'bkpsdm.xlsx'));
const inputs = ['examples/workspace', relative(ROOT, join(out, 'bkpsdm.csv')), relative(ROOT, join(out, 'bkpsdm.xlsx'))];
pokin('export', ...inputs, '-o', join(out, 'indicators.csv'));
pokin('export', ...inputs, '-o', join(out, 'indicators.jsonl'));

const rows = readFileSync(join(out, 'indicators.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => JSON.parse(line));

/** "agency|year" -> counts; an indicator with no year at all is counted under an empty year. */
const groups = new Map();
for (const r of rows) {
  // A CSV form names no agency: its file name stands for it.
  const agency = r.agency ?? basename(r.file);
  const year = r.year ?? '';
  const key = `${agency}\u0000${year}`;
  let g = groups.get(key);
  if (!g) groups.set(key, (g = { agency, year, files: new Set(), indicators: 0, with_target: 0, with_realisation: 0, without_target: 0 }));
  g.files.add(r.file);
  g.indicators += 1;
  if (r.target !== null) g.with_target += 1;
  else g.without_target += 1;
  if (r.realisation !== null) g.with_realisation += 1;
}

const header = ['agency', 'year', 'files', 'indicators', 'with_target', 'with_realisation', 'without_target'];
const table = [...groups.values()]
  .sort((a, b) => a.agency.localeCompare(b.agency) || String(a.year).localeCompare(String(b.year)))
  .map((g) => [g.agency, g.year, g.files.size, g.indicators, g.with_target, g.with_realisation, g.without_target]);

// RFC 4180; a text a spreadsheet would run as a formula gets a leading '.
const cell = (v) => {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};
writeFileSync(join(out, 'per-agency-year.csv'), [header, ...table].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n');

console.table(table.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))));
console.log(`${rows.length} rows, ${groups.size} agency-years -> ${join(out, 'per-agency-year.csv')}`);
