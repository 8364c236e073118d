#!/usr/bin/env node
/**
 * Renderer timings for development: `node --expose-gc bench/render-profile.mjs [html|csv|svg] [sizes] [runs]`.
 * Same method as bench/run.mjs (built packages, warm-up, full GC before each run, median), CPU time
 * (user+sys), with the papaparse / `dot -Tsvg` baseline measured in the same process and the load.
 */
import os from 'node:os';
import { hasDot, timeDot, toDot } from './lib/baselines.mjs';
import { loadBaselines, loadPackages } from './lib/load.mjs';
import { collect, keep, median, round } from './lib/measure.mjs';

/** The bench document (bench/run.mjs GENERATOR). */
const GENERATOR_OPTIONS = { maxChildren: 5, indicatorsPerResult: 2, crosscutting: 0.02, seed: 1 };

const [which = 'html,csv,svg', sizes = '30,300,1000,100000', runsArg] = process.argv.slice(2);
const { api } = await loadPackages();
const base = await loadBaselines();
const load = () =>
  os
    .loadavg()
    .map((x) => round(x, 2))
    .join(' ');

/**
 * Runs `ours` and `theirs` alternately (after warm-up runs), each after a full GC as bench/run.mjs
 * does, so that a busy neighbour slows both alike; medians of CPU and wall time.
 */
function interleaved(runs, ours, baseName, theirs) {
  const fns = theirs === undefined ? [ours] : [ours, theirs];
  const cpu = fns.map(() => []);
  const wall = fns.map(() => []);
  for (let i = 0; i < 5; i++) for (const f of fns) keep(f());
  for (let i = 0; i < runs; i++)
    fns.forEach((f, k) => {
      collect();
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      keep(f());
      wall[k].push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu[k].push((c.user + c.system) / 1000);
    });
  const out = fns.map((_, k) => ({ cpu: median(cpu[k]), median: median(wall[k]) }));
  return [out[0], baseName, out[1]];
}

for (const n of sizes.split(',').map(Number)) {
  const runs = Number(runsArg ?? (n <= 1_000 ? 15 : 3));
  const cascade = api.parseCascade(api.generateDocument({ results: n, ...GENERATOR_OPTIONS }));
  const line = (name, ours, baseName, theirs) => {
    const ratio =
      theirs === undefined
        ? ''
        : `  ${baseName} ${round(theirs.cpu, 3)} ms, ratio ${round(ours.cpu / theirs.cpu, 2)}x (${round(theirs.cpu / ours.cpu, 1)}x faster)`;
    console.log(`${n}\t${name}\tcpu ${round(ours.cpu, 3)} ms  wall ${round(ours.median, 3)} ms${ratio}  [load ${load()}]`);
  };
  if (which.includes('html')) line('renderHtml', ...interleaved(runs, () => api.renderHtml(cascade)));
  if (which.includes('csv')) {
    const rows = base.papa.parse(api.renderCsv(cascade), { skipEmptyLines: true }).data;
    line(
      'renderCsv',
      ...interleaved(
        runs,
        () => api.renderCsv(cascade),
        'papaparse',
        () => base.papa.unparse(rows, { newline: '\r\n' }),
      ),
    );
  }
  if (which.includes('svg') && n <= 10_000) {
    const [ours] = interleaved(runs, () => api.renderSvg(cascade));
    let theirs;
    if (n === 1_000 && hasDot()) {
      const records = [...cascade.results()];
      const levelLabel = new Map(cascade.levels.map((l) => [l.key, l.label.id]));
      theirs = timeDot(toDot(records, { levelLabel: (key) => levelLabel.get(key) ?? key, indicators: true }), 3);
    }
    line('renderSvg', ours, 'dot -Tsvg', theirs);
  }
}
