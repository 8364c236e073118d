#!/usr/bin/env node
/**
 * A/B of two builds of @pokin/svg in one process: alternating runs, a full GC before each,
 * min, first quartile and median of 40 runs each. For before/after figures of a change:
 *
 *   git worktree add ../pokin-before <rev> && (cd ../pokin-before && pnpm install && pnpm run build)
 *   node --expose-gc bench/ab-svg.mjs ../pokin-before/packages/svg/dist/index.js packages/svg/dist/index.js [results] [render|layout]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [a, b, n = '1000', what = 'render'] = process.argv.slice(2);
if (a === undefined || b === undefined || typeof globalThis.gc !== 'function') {
  process.stderr.write('usage: node --expose-gc bench/ab-svg.mjs <svg dist A> <svg dist B> [results] [render|layout]\n');
  process.exit(2);
}
const load = (p) => import(pathToFileURL(resolve(p)).href);
const { parseCascade } = await import('../packages/core/dist/index.js');
const { generateDocument } = await import('../packages/core/dist/testing/index.js');
const [A, B] = await Promise.all([load(a), load(b)]);
const cascade = parseCascade(generateDocument({ results: Number(n), maxChildren: 5, indicatorsPerResult: 2, crosscutting: 0.02, seed: 1 }));
const run = (m) => (what === 'layout' ? () => m.layoutCascade(cascade) : () => m.renderSvg(cascade));
const fa = run(A);
const fb = run(B);
let keep;
for (let i = 0; i < 30; i++) {
  keep = fa();
  keep = fb();
}
const ta = [];
const tb = [];
for (let i = 0; i < 40; i++) {
  for (const [f, t] of [
    [fa, ta],
    [fb, tb],
  ]) {
    globalThis.gc();
    const t0 = performance.now();
    keep = f();
    t.push(performance.now() - t0);
  }
}
const show = (t) => {
  t.sort((x, y) => x - y);
  return `min ${t[0].toFixed(2)} ms, p25 ${t[10].toFixed(2)} ms, median ${t[20].toFixed(2)} ms`;
};
process.stdout.write(`${what} of ${n} results (output ${String(keep).length} characters)\nA ${a}: ${show(ta)}\nB ${b}: ${show(tb)}\n`);
