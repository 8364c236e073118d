#!/usr/bin/env node
/**
 * `pokin diff` of two 100,000-result trees: the second generated from the first with a few percent
 * changed (results removed, added, moved, reworded, renumbered without `previous`, targets changed).
 * Times `diffCascades` alone (median of --runs) and the whole `pokin diff` process (read and parse
 * both JSON files, diff, write the JSON report), and checks that the diff finds what was changed.
 *
 *   node bench/diff.mjs [--results=100000] [--runs=5] [--json] [--clock=cpu]
 *
 * Imports the BUILT packages (pnpm run build). Run by `bench/run.mjs`; the budget: under 2 s.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoPath } from './lib/load.mjs';

const args = process.argv.slice(2);
const value = (name, fallback) => Number(args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const N = value('results', 100_000);
const RUNS = Math.max(1, value('runs', 5));
const JSON_OUT = args.includes('--json');
/** The budget of one `pokin diff` of two N-result trees, in milliseconds. */
export const DIFF_LIMIT_MS = 2_000;

const load = (p) => import(pathToFileURL(repoPath(p)).href);
const { parseCascade, diffCascades } = await load('packages/core/dist/index.js');
const { generateDocument, mulberry32 } = await load('packages/core/dist/testing/index.js');
const log = (msg) => process.stderr.write(`${msg}\n`);

/** The next version of `doc`: about 1 % of each kind of change, and the counts made. */
function nextVersion(doc, seed) {
  const random = mulberry32(seed);
  const rnd = () => random.next();
  const next = structuredClone(doc);
  const made = { removed: 0, added: 0, moved: 0, reworded: 0, renumbered: 0, targets: 0 };
  const hasChild = new Set(next.results.map((r) => r.parent).filter((p) => p != null));
  const referenced = new Set(next.results.flatMap((r) => (r.contributesTo ?? []).map((c) => (typeof c === 'string' ? c : c.to))));
  const byLevel = new Map();
  for (const r of next.results) {
    if (!byLevel.has(r.level)) byLevel.set(r.level, []);
    byLevel.get(r.level).push(r);
  }
  const byId = new Map(next.results.map((r) => [r.id, r]));
  const removed = new Set();
  for (const r of next.results) {
    const leaf = !hasChild.has(r.id) && !referenced.has(r.id);
    const roll = rnd();
    if (leaf && roll < 0.01) {
      removed.add(r.id);
      made.removed++;
    } else if (leaf && roll < 0.02 && r.parent != null) {
      const parentLevel = byId.get(r.parent).level;
      const peers = byLevel.get(parentLevel);
      const to = peers[Math.floor(rnd() * peers.length)].id;
      if (to !== r.parent) {
        r.parent = to;
        made.moved++;
      }
    } else if (roll < 0.03) {
      r.statement = `${r.statement} Tahap ${made.reworded + 2}`;
      made.reworded++;
    } else if (leaf && roll < 0.035) {
      r.id = `${r.id}-baru`;
      made.renumbered++;
    }
    for (const ind of removed.has(r.id) ? [] : (r.indicators ?? [])) {
      if (ind.targets !== undefined && rnd() < 0.02) {
        const year = Object.keys(ind.targets)[0];
        if (year !== undefined && typeof ind.targets[year] === 'number') {
          ind.targets[year] += 1;
          made.targets++;
        }
      }
    }
  }
  next.results = next.results.filter((r) => !removed.has(r.id));
  const outputs = byLevel.get('output') ?? [];
  const parents = outputs.map((o) => o.parent).filter((p) => p != null && !removed.has(p));
  const adds = Math.round(N * 0.01);
  for (let i = 0; i < adds; i++) {
    next.results.push({
      id: `BARU-${i}`,
      level: 'output',
      statement: `Terlaksananya Kegiatan Baru Nomor ${i} Bidang ${Math.floor(rnd() * 1e6)}`,
      parent: parents[Math.floor(rnd() * parents.length)],
    });
    made.added++;
  }
  return { next, made };
}

log(`[diff] generating ${N.toLocaleString('en-US')} results and the next version`);
const doc = generateDocument({ results: N, maxChildren: 5, indicatorsPerResult: 2, crosscutting: 0.02, seed: 1 });
const { next, made } = nextVersion(doc, 2);
const a = parseCascade(doc);
const b = parseCascade(next);

log('[diff] diffCascades');
const times = [];
const cpus = [];
let d;
for (let k = 0; k < RUNS + 1; k++) {
  globalThis.gc?.();
  const t = performance.now();
  const c0 = process.cpuUsage();
  d = diffCascades(a, b);
  const c1 = process.cpuUsage(c0);
  if (k > 0) {
    // the first run warms up
    times.push(performance.now() - t);
    cpus.push((c1.user + c1.system) / 1000);
  }
}
const mid = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const wall = mid(times);
const cpu = mid(cpus);
/** The figure judged: wall-clock by default, process CPU time with --clock=cpu (a busy machine). */
const median = args.includes('--clock=cpu') ? cpu : wall;
const c = d.summary.changes;

log('[diff] pokin diff (whole process)');
const dir = mkdtempSync(join(tmpdir(), 'pokin-bench-diff-'));
const files = [join(dir, 'lama.json'), join(dir, 'baru.json')];
writeFileSync(files[0], JSON.stringify(doc));
writeFileSync(files[1], JSON.stringify(next));
const cliTimes = [];
let status = 0;
for (let k = 0; k < Math.min(RUNS, 3); k++) {
  const t = performance.now();
  const res = spawnSync(
    process.execPath,
    [repoPath('packages/cli/dist/bin.cjs'), 'diff', ...files, '--format', 'json', '-o', join(dir, 'out.json')],
    {
      stdio: 'ignore',
    },
  );
  cliTimes.push(performance.now() - t);
  status = res.status ?? 1;
}
rmSync(dir, { recursive: true, force: true });
cliTimes.sort((x, y) => x - y);
const cliMedian = cliTimes[Math.floor(cliTimes.length / 2)];

const found = {
  removed: c.removed === made.removed,
  added: c.added === made.added,
  moved: c.moved >= made.moved,
  reworded: c.reworded >= made.reworded,
  targets: c['target-changed'] === made.targets,
  renumbered: d.summary.matched.statement >= made.renumbered,
};
const report = {
  results: N,
  made,
  changes: c,
  matched: d.summary.matched,
  found,
  diffMs: Math.round(median),
  wallMs: Math.round(wall),
  cpuMs: Math.round(cpu),
  cliMs: Math.round(cliMedian),
  cliStatus: status,
  limitMs: DIFF_LIMIT_MS,
  pass: median < DIFF_LIMIT_MS && Object.values(found).every(Boolean) && status === 0,
};
if (JSON_OUT) process.stdout.write(`${JSON.stringify(report)}\n`);
else {
  log(`made:    ${JSON.stringify(made)}`);
  log(`found:   ${JSON.stringify(c)} matched ${JSON.stringify(d.summary.matched)}`);
  log(
    `diffCascades ${N.toLocaleString('en-US')} x 2: ${report.wallMs} ms wall, ${report.cpuMs} ms CPU (budget ${DIFF_LIMIT_MS} ms) ${report.pass ? 'PASS' : 'FAIL'}`,
  );
  log(`pokin diff (process: read, parse both, diff, write JSON): ${report.cliMs} ms, exit ${status}`);
}
