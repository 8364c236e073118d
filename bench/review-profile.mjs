#!/usr/bin/env node
/**
 * Times `review(cascade)` with the default rules on the bench's document (bench/README.md) and
 * prints wall and CPU time per run, for profiling the review engine:
 *
 *   node --expose-gc bench/review-profile.mjs [results=100000] [runs=5] [core dist dir]
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/review-profile.mjs 100000 3
 *
 * It imports the built core (packages/core/dist, or the directory given).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [n = '100000', runs = '5', dist = 'packages/core/dist'] = process.argv.slice(2);
const load = (rel) => import(pathToFileURL(resolve(dist, rel)).href);
const core = await load('index.js');
const { generateDocument } = await load('testing/index.js');
const doc = generateDocument({ results: Number(n), maxChildren: 5, indicatorsPerResult: 2, crosscutting: 0.02, seed: 1 });
const cascade = core.parseCascade(JSON.parse(JSON.stringify(doc)));
let findings = 0;
for (let r = 0; r < Number(runs); r++) {
  globalThis.gc?.();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  findings = core.review(cascade).length;
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  process.stdout.write(`run ${r}: ${wall.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms cpu\n`);
}
process.stdout.write(`${findings} findings on ${n} results\n`);
