/**
 * A province: 500 agencies' files of 30 to 300 results each (about 80,000 results in all), each
 * read from its JSON text, parsed and reviewed, as `pokin review` of a province's folder does in
 * one process. The figure is the whole sweep's time.
 */
import { median } from './measure.mjs';

/** Files in a province. */
export const PROVINCE_FILES = 500;
/** The sweep's budget, in milliseconds. */
export const PROVINCE_LIMIT_MS = 10_000;

/**
 * Times parse + review over the province's files (`runs` times, after one untimed sweep); `files`
 * fewer than a province's for the smoke test (`--quick`).
 * @returns {{ files: number, results: number, median: number, runs: number[] }}
 */
export function provinceSweep(api, generator, runs, files = PROVINCE_FILES) {
  const texts = [];
  let results = 0;
  for (let i = 0; i < files; i++) {
    // Agencies of every size between 30 and 300 results, the same every run.
    const n = 30 + ((i * 97) % 271);
    results += n;
    texts.push(JSON.stringify(api.generateDocument({ ...generator, results: n, seed: generator.seed + i })));
  }
  const sweep = () => {
    let findings = 0;
    for (const text of texts) findings += api.review(api.parseCascade(JSON.parse(text))).length;
    return findings;
  };
  sweep();
  const times = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    sweep();
    times.push(performance.now() - t0);
  }
  return { files, results, median: median(times), runs: times.map((t) => Math.round(t)) };
}
