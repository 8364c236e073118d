/**
 * Where the start-up time of `pokin review` goes, for whoever works on it: whole processes, in
 * interleaved runs, wall time (medians) and CPU time (user + system, means over the runs) of
 *
 * - `node -e 0` (the floor the bench compares against),
 * - `pokin --version` (Node, the CLI's own code, commander and the program),
 * - importing `@pokin/core` alone,
 * - `pokin review examples/bkpsdm/pokin.yaml` (the bench's figure, bench/lib/process.mjs).
 *
 * CPU time is what to judge a change by on a shared machine: other processes stretch wall time
 * far more than CPU time. It is read from the parent's `/proc/self/stat` (the CPU time of the
 * children it waited for), so it needs Linux; elsewhere only wall times are shown.
 *
 *     node bench/startup.mjs [--runs=20]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median } from './lib/measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = `${ROOT}packages/cli/dist/bin.cjs`;
const CORE = `${ROOT}packages/core/dist/index.js`;
const EXAMPLE = `${ROOT}examples/bkpsdm/pokin.yaml`;
const runs = Number(/^--runs=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--runs=')) ?? '')?.[1] ?? 20);

if (!existsSync(BIN) || !existsSync(CORE)) {
  process.stderr.write('build @pokin/core and @pokin/cli first (pnpm --filter @pokin/cli... build)\n');
  process.exit(2);
}

const COMMANDS = {
  'node -e 0': ['-e', '0'],
  'pokin --version': [BIN, '--version'],
  'import @pokin/core': ['--input-type=module', '-e', `import ${JSON.stringify(CORE)}`],
  'pokin review (example)': [BIN, 'review', EXAMPLE],
};

/** CPU time of the waited-for children so far, in milliseconds; undefined off Linux. */
function childrenCpu() {
  try {
    // Fields after the command name: cutime and cstime are the 14th and 15th, in clock ticks.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

const wall = Object.fromEntries(Object.keys(COMMANDS).map((k) => [k, []]));
const cpu = Object.fromEntries(Object.keys(COMMANDS).map((k) => [k, 0]));
const run = (args) => spawnSync(process.execPath, args, { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });

for (const args of Object.values(COMMANDS)) run(args); // one untimed round: files into the page cache
for (let i = 0; i < runs; i++) {
  for (const [name, args] of Object.entries(COMMANDS)) {
    const c0 = childrenCpu();
    const t0 = performance.now();
    const res = run(args);
    wall[name].push(performance.now() - t0);
    const c1 = childrenCpu();
    if (c0 !== undefined && c1 !== undefined) cpu[name] += c1 - c0;
    if (res.status !== 0 && res.status !== 1) throw new Error(`${name} exited with ${res.status}`);
  }
}

const base = { wall: median(wall['node -e 0']), cpu: cpu['node -e 0'] / runs };
const hasCpu = childrenCpu() !== undefined;
process.stdout.write(`${runs} interleaved runs each; ratios against node -e 0\n`);
for (const name of Object.keys(COMMANDS)) {
  const w = median(wall[name]);
  const c = cpu[name] / runs;
  const cpuText = hasCpu ? `   CPU mean ${c.toFixed(0).padStart(5)} ms (${(c / base.cpu).toFixed(2)}x)` : '';
  process.stdout.write(`${name.padEnd(24)} wall median ${w.toFixed(0).padStart(5)} ms (${(w / base.wall).toFixed(2)}x)${cpuText}\n`);
}
