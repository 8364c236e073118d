#!/usr/bin/env node
/**
 * A/B of two checkouts' @pokin/core and @pokin/csv builds in one process, at 10,000 and 100,000
 * results: the checkouts take turns, each timed run after a full GC (bench/lib/measure.mjs), and
 * the median of the rounds' medians is printed for each, with B's time over A's at each size. For
 * before/after figures of a change:
 *
 *   git worktree add ../pokin-before <rev> && (cd ../pokin-before && pnpm install && pnpm run build)
 *   node --expose-gc --max-old-space-size=8000 bench/ab-core.mjs ../pokin-before . [stages] [rounds]
 *
 * stages: a comma-separated list of review, toDocument, renderCsv, parseCsv, parse (default all).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { collect, keep, setWarmup, time } from './lib/measure.mjs';

const [a, b, stageList = 'review,toDocument,renderCsv,parseCsv,parse', roundsArg = '3'] = process.argv.slice(2);
if (a === undefined || b === undefined || typeof globalThis.gc !== 'function') {
  process.stderr.write('usage: node --expose-gc bench/ab-core.mjs <checkout A> <checkout B> [stages] [rounds]\n');
  process.exit(2);
}
const roots = [a, b];
const stages = stageList.split(',');
const rounds = Number(roundsArg);
const load = (root, rel) => import(pathToFileURL(resolve(root, rel)).href);
const mods = await Promise.all(
  roots.map(async (r) => ({ core: await load(r, 'packages/core/dist/index.js'), csv: await load(r, 'packages/csv/dist/index.js') })),
);
const { generateDocument } = await load(b, 'packages/core/dist/testing/index.js');
const SIZES = [10_000, 100_000];
const texts = new Map(
  SIZES.map((n) => [
    n,
    JSON.stringify(generateDocument({ results: n, maxChildren: 5, indicatorsPerResult: 2, crosscutting: 0.02, seed: 1 })),
  ]),
);

/** medians[stage][checkout][size]: the median of each round. */
const medians = {};
for (let round = 0; round < rounds; round++) {
  for (let d = 0; d < roots.length; d++) {
    for (const n of SIZES) {
      const { core, csv } = mods[d];
      const text = texts.get(n);
      let cascade = core.parseCascade(JSON.parse(text));
      let csvText = csv.renderCsv(cascade);
      setWarmup(2);
      for (const s of stages) {
        const bodies = {
          review: [() => core.review(cascade)],
          toDocument: [() => cascade.toDocument()],
          renderCsv: [() => csv.renderCsv(cascade)],
          parseCsv: [() => csv.parseCsv(csvText)],
          parse: [(input) => core.parseCascade(input), () => JSON.parse(text)],
        };
        const [run, prepare] = bodies[s];
        const t = time(run, { runs: n === 10_000 ? 7 : 3, prepare });
        (((medians[s] ??= {})[d] ??= {})[n] ??= []).push(t.median);
      }
      keep(undefined);
      cascade = undefined;
      csvText = undefined;
      collect();
    }
  }
}
const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
for (const s of stages) {
  const at = (d, n) => median(medians[s][d][n]);
  for (let d = 0; d < roots.length; d++) {
    process.stdout.write(
      `${s.padEnd(10)} ${roots[d].padEnd(24)} 10,000: ${at(d, 10_000).toFixed(1).padStart(7)} ms   100,000: ${at(d, 100_000).toFixed(0).padStart(6)} ms\n`,
    );
  }
  process.stdout.write(
    `${s.padEnd(10)} ${'B / A'.padEnd(24)} 10,000: ${(at(1, 10_000) / at(0, 10_000)).toFixed(2).padStart(6)}x   100,000: ${(at(1, 100_000) / at(0, 100_000)).toFixed(2).padStart(5)}x\n`,
  );
}
