/**
 * Whole-process times, as a user at a terminal meets them: `pokin review` of the BKPSDM example
 * (Node start, loading the CLI, reading and parsing the YAML, the review, printing) against a bare
 * `node -e 0`, in interleaved runs so both see the same machine. The figure is the ratio of the
 * medians; the budget is 2x.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median } from './measure.mjs';

/** `pokin review` may take at most this many times a bare `node -e 0`. */
export const CLI_RATIO_LIMIT = 2;

const BIN = fileURLToPath(new URL('../../packages/cli/dist/bin.cjs', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../../examples/bkpsdm/pokin.yaml', import.meta.url));

/** Wall time of one process, in milliseconds, and its exit status. */
function run(args) {
  const t0 = process.hrtime.bigint();
  const res = spawnSync(process.execPath, args, { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, status: res.status };
}

/**
 * Interleaved runs of `node -e 0` and `node packages/cli/dist/bin.cjs review examples/bkpsdm/pokin.yaml`.
 * `pokin review` exits 1 when the review finds errors; anything else is a failure.
 * @returns {{ node: number, review: number, ratio: number, runs: number } | { error: string } | undefined} undefined when the CLI is not built
 */
export function cliStartup(runs) {
  if (!existsSync(BIN)) return undefined;
  // One untimed round: the first start reads the files from disk.
  run(['-e', '0']);
  run([BIN, 'review', EXAMPLE]);
  const node = [];
  const review = [];
  for (let i = 0; i < runs; i++) {
    node.push(run(['-e', '0']).ms);
    const r = run([BIN, 'review', EXAMPLE]);
    if (r.status !== 0 && r.status !== 1) return { error: `pokin review exited with ${r.status}` };
    review.push(r.ms);
  }
  const n = median(node);
  const p = median(review);
  return { node: n, review: p, ratio: p / n, runs };
}
