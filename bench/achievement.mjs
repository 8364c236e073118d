#!/usr/bin/env node
/**
 * Capaian benchmark: `achievement(cascade, { year })` over a generated tree whose every indicator
 * has four quarters of realisations (the figure: 100,000 results under 1 s).
 *
 *   node bench/achievement.mjs [--results=100000] [--runs=5] [--json]
 *
 * Imports the BUILT core (packages/core/dist). Run by `bench/run.mjs`, which judges the figure.
 */
const args = process.argv.slice(2);
const value = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const RESULTS = Number(value('results') ?? 100_000);
const RUNS = Math.max(1, Number(value('runs') ?? 5));
/** The same generated documents as bench/run.mjs. */
const GENERATOR = { maxChildren: 5, indicatorsPerResult: 2, crosscutting: 0.02, seed: 1 };
/** The figure the issue sets. */
export const ACHIEVEMENT_LIMIT_MS = 1000;

const { parseCascade, achievement } = await import('../packages/core/dist/index.js');
const { generateDocument } = await import('../packages/core/dist/testing/index.js');

const doc = generateDocument({ results: RESULTS, ...GENERATOR });
let k = 0;
for (const r of doc.results)
  for (const ind of r.indicators ?? []) {
    k++;
    ind.targets = { ...ind.targets, 2026: 100 };
    ind.polarity = k % 3 === 0 ? 'down' : 'up';
    ind.yearValue = k % 2 === 0 ? 'sum' : 'last';
    ind.realisations = { 2026: { q1: 20 + (k % 7), q2: 45 + (k % 5), q3: 70 + (k % 11), q4: 90 + (k % 13) } };
  }
const cascade = parseCascade(doc);
achievement(cascade, { year: 2026 }); // warm-up
const times = [];
let report;
for (let i = 0; i < RUNS; i++) {
  const t = performance.now();
  report = achievement(cascade, { year: 2026 });
  times.push(performance.now() - t);
}
const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
const out = {
  results: RESULTS,
  indicators: k,
  runs: RUNS,
  medianMs: Math.round(median),
  documentPercent: report.document.percent,
  limitMs: ACHIEVEMENT_LIMIT_MS,
};
if (args.includes('--json')) process.stdout.write(`${JSON.stringify(out)}\n`);
else
  process.stdout.write(
    `achievement: ${RESULTS.toLocaleString('en-US')} results, ${k.toLocaleString('en-US')} indicators x 4 quarters: median ${out.medianMs} ms (limit ${ACHIEVEMENT_LIMIT_MS} ms)\n`,
  );
