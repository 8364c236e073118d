#!/usr/bin/env node
/**
 * .xlsx export and import of a generated tree (default 100,000 results) against exceljs writing and
 * reading the same cells: `renderXlsx(c, { sheets: ['results'] })` vs exceljs `writeBuffer` of the
 * same rows, and `parseXlsx` (to a Cascade) vs exceljs `load` plus reading every cell value.
 *
 *   node --max-old-space-size=4096 bench/xlsx.mjs [--results=100000] [--runs=3] [--json]
 *
 * Imports the BUILT packages (pnpm run build). Run by `bench/run.mjs` (skip with --no-xlsx);
 * the budget: each of ours within 1.5x of exceljs's.
 */
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { repoPath } from './lib/load.mjs';

const args = process.argv.slice(2);
const value = (name, fallback) => Number(args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const N = value('results', 100_000);
const RUNS = Math.max(1, value('runs', 3));
const JSON_OUT = args.includes('--json');
/** The budget: ours within this factor of exceljs. */
export const XLSX_RATIO = 1.5;

const load = (p) => import(pathToFileURL(repoPath(p)).href);
const { parseCascade, RESULTS_COLUMNS, targetYearsOf } = await load('packages/core/dist/index.js');
const { generateDocument } = await load('packages/core/dist/testing/index.js');
const { renderXlsx, parseXlsx } = await load('packages/xlsx/dist/index.js');
const log = (msg) => process.stderr.write(`${msg}\n`);

const cascade = parseCascade(generateDocument({ results: N, maxChildren: 5, indicatorsPerResult: 2, crosscutting: 0.02, seed: 1 }));

/** The rows of the results sheet as plain values, as an exceljs user would hand them over. */
function rows() {
  const years = targetYearsOf(cascade.results());
  const cols = RESULTS_COLUMNS.filter((c) => c.key !== 'target_<year>' && c.whenUsed !== true);
  const get = (c, owner) => c.path.reduce((v, p) => (v == null ? undefined : v[p]), owner);
  const out = [[...cols.map((c) => c.label.id), ...years.map((y) => `Target ${y}`)]];
  for (const r of cascade.results()) {
    const inds = r.indicators.length === 0 ? [undefined] : r.indicators;
    for (const ind of inds) {
      const row = cols.map((c) => {
        const v = get(c, c.scope === 'result' ? r : ind);
        return Array.isArray(v) ? (v.length === 0 ? null : v.join(';')) : (v ?? null);
      });
      for (const y of years) row.push(ind?.targets?.[y] ?? null);
      out.push(row);
    }
  }
  return out;
}

async function time(label, f) {
  const times = [];
  let result;
  for (let k = 0; k < RUNS; k++) {
    globalThis.gc?.();
    const t = performance.now();
    result = await f();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  log(`${label.padEnd(48)} ${median.toFixed(0).padStart(8)} ms`);
  return { median, result };
}

const table = rows();
log(`[xlsx] ${N} results, ${table.length - 1} rows, ${table[0].length} columns, ${RUNS} runs`);
const ours = await time('renderXlsx (results sheet)', () => renderXlsx(cascade, { sheets: ['results'] }));
const theirs = await time('exceljs writeBuffer, same cells', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tabel Kinerja');
  ws.addRows(table);
  return new Uint8Array(await wb.xlsx.writeBuffer());
});
const bytes = ours.result;
const read = await time('parseXlsx (to a Cascade)', () => parseXlsx(bytes).cascade.size);
const readTheirs = await time('exceljs load + every cell value', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  let cells = 0;
  wb.worksheets.forEach((ws) => ws.eachRow((row) => row.eachCell(() => cells++)));
  return cells;
});
if (read.result !== N) throw new Error(`parseXlsx read ${read.result} results, not ${N}`);
const report = {
  results: N,
  rows: table.length - 1,
  bytes: bytes.length,
  export: { ours: ours.median, exceljs: theirs.median, ratio: ours.median / theirs.median },
  import: { ours: read.median, exceljs: readTheirs.median, ratio: read.median / readTheirs.median },
  limit: XLSX_RATIO,
};
report.pass = report.export.ratio <= XLSX_RATIO && report.import.ratio <= XLSX_RATIO;
log(
  `export ratio ${report.export.ratio.toFixed(2)}, import ratio ${report.import.ratio.toFixed(2)} (budget ${XLSX_RATIO}x): ${report.pass ? 'pass' : 'FAIL'}`,
);
if (JSON_OUT) process.stdout.write(`${JSON.stringify(report)}\n`);
