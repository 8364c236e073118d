#!/usr/bin/env node
/**
 * Scale run: 1,000,000 results through parse + build, review and CSV export, with time and
 * peak memory. `node bench/scale.mjs [--results=N] [--json]`; it runs the measurement in a child
 * process with `--expose-gc --max-old-space-size=6144 --trace-gc`. `node bench/run.mjs --scale`
 * runs it too.
 *
 * The input is the generated document object, which stands for a JSON.parse'd file: a
 * million-result document is over 1 GB of JSON text, above V8's largest string (about 512 MB),
 * so it cannot travel through one JSON string. Peak heap is the largest heap size the GC tracer
 * reports before a collection (or seen at a stage boundary); peak RSS is the process high-water
 * mark from the OS.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { loadPackages } from './lib/load.mjs';
import { SCALE_LIMITS, fmtMs } from './lib/targets.mjs';

const SELF = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);
const HEAP_FLAGS = ['--expose-gc', '--max-old-space-size=6144'];

if (!args.includes('--child')) {
  // Parent: run the measurement in a child with a large heap and the GC tracer on. The heap
  // peaks just before a collection, so the largest "before" figure the tracer prints is the
  // peak heap; the child's stdout carries those lines and then its JSON.
  const res = spawnSync(process.execPath, [...HEAP_FLAGS, '--trace-gc', SELF, '--child', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 28,
  });
  const lines = (res.stdout ?? '').split('\n');
  let traced = 0;
  const json = [];
  for (const line of lines) {
    const m = /^\[\d+:0x[0-9a-f]+\]\s+[\d.]+ ms: [A-Za-z-]+(?: \([a-z ]+\))? ([\d.]+) \([\d.]+\) ->/.exec(line);
    if (m !== null) traced = Math.max(traced, Number(m[1]) * 1024 * 1024);
    else if (!line.startsWith('[')) json.push(line);
  }
  let result;
  try {
    result = JSON.parse(json.join('\n'));
  } catch {
    result = { results: 0, error: `scale child exited with ${res.status ?? res.signal}` };
  }
  if (result.stages !== undefined) {
    result.peakHeap = Math.max(result.peakHeap, traced);
    result.memoryPass = result.complete ? result.peakHeap < SCALE_LIMITS.heapBytes : undefined;
  }
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    for (const st of result.stages ?? []) {
      const time = st.status ?? (st.ms === undefined ? '' : fmtMs(st.ms));
      process.stdout.write(
        `${st.label.padEnd(26)} ${time.padEnd(12)} heap after GC ${(st.heapAfter / 1024 ** 2).toFixed(0).padStart(5)} MB  ${st.note ?? ''}\n`,
      );
    }
    if (result.error !== undefined) process.stdout.write(`${result.error}\n`);
    else {
      process.stdout.write(
        `${(result.counted ?? []).join(' + ')}: ${fmtMs(result.totalMs)} (target < 60 s); peak heap ${(result.peakHeap / 1024 ** 3).toFixed(2)} GB, ` +
          `peak RSS ${(result.peakRss / 1024 ** 3).toFixed(2)} GB (target < 4 GB of heap)\n`,
      );
    }
  }
  process.exit(result.error === undefined ? 0 : 1);
}

const value = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const N = Number((value('results') ?? '1000000').replace(/_/g, ''));
const log = (msg) => process.stderr.write(`${msg}\n`);

const { api } = await loadPackages();
if (api.generateDocument === undefined || api.parseCascade === undefined) {
  log('pokin scale: @pokin/core is not built. Run `pnpm run build` first.');
  process.exit(2);
}

let peakHeap = 0;
const sample = () => {
  const h = process.memoryUsage().heapUsed;
  if (h > peakHeap) peakHeap = h;
  return h;
};
// Samples the heap while the main thread yields (between stages) and at each stage boundary.
const heapAfterGc = () => {
  sample();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};

const stages = [];
function stage(label, run, describe) {
  log(`[scale] ${N.toLocaleString('en-US')} results: ${label}`);
  sample();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    const out = run();
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    const entry = { label, ms, cpuMs: (cpu.user + cpu.system) / 1000, heapAfter: 0, note: describe?.(out) };
    entry.heapAfter = heapAfterGc();
    stages.push(entry);
    return out;
  } catch (error) {
    stages.push({ label, status: `failed: ${String(error?.message ?? error).split('\n')[0]}`, heapAfter: heapAfterGc() });
    return undefined;
  }
}

const GEN = { results: N, maxChildren: 5, indicatorsPerResult: 2, crosscutting: 0.02, seed: 1 };
let doc = stage(
  'generate (not counted)',
  () => api.generateDocument(GEN),
  (d) => `${d.results.length.toLocaleString('en-US')} results`,
);
let cascade = stage(
  'parse + build',
  () => api.parseCascade(doc),
  (c) => `${c.size.toLocaleString('en-US')} results`,
);
doc = undefined; // the caller drops its parsed JSON once it has the cascade
const afterDrop = heapAfterGc();
stages.push({ label: 'retained cascade', heapAfter: afterDrop, note: `${Math.round(afterDrop / N)} B/result (whole heap / results)` });
if (api.review !== undefined)
  stage(
    'review',
    () => api.review(cascade),
    (d) => `${d.length.toLocaleString('en-US')} findings`,
  );
else stages.push({ label: 'review', status: 'n/a (not built)' });
const CSV_STREAM = 'CSV export (writeCsvChunks to one file)';
if (api.writeCsvChunks !== undefined) {
  // One CSV of the whole cascade is over 512 MB, more than V8's largest string, so it is
  // streamed to a file in chunks, as `pokin render --to csv` and a server would do.
  const file = join(mkdtempSync(join(tmpdir(), 'pokin-scale-')), 'scale.csv');
  stage(
    CSV_STREAM,
    () => {
      const fd = openSync(file, 'w');
      try {
        api.writeCsvChunks(cascade, (chunk) => writeSync(fd, chunk));
      } finally {
        closeSync(fd);
      }
      return statSync(file).size;
    },
    (bytes) => `${(bytes / 1024 ** 2).toFixed(0)} MB written`,
  );
  rmSync(dirname(file), { recursive: true, force: true });
} else stages.push({ label: CSV_STREAM, status: 'n/a (not built)' });
cascade = undefined;

const csvDone = stages.find((s) => s.label === CSV_STREAM && s.ms !== undefined);
const counted = [
  ...stages.filter((s) => ['parse + build', 'review'].includes(s.label) && s.ms !== undefined),
  ...(csvDone === undefined ? [] : [csvDone]),
];
const complete = counted.length === 3;
const totalMs = counted.reduce((a, s) => a + (s.ms ?? 0), 0);
const peakRss = process.resourceUsage().maxRSS * 1024;
const heapStats = v8.getHeapStatistics();
const result = {
  results: N,
  flags: HEAP_FLAGS.join(' '),
  counted: counted.map((s) => s.label),
  stages,
  totalMs,
  complete,
  peakHeap,
  peakRss,
  heapLimit: heapStats.heap_size_limit,
  timePass: complete ? totalMs < SCALE_LIMITS.totalMs : undefined,
  memoryPass: complete ? peakHeap < SCALE_LIMITS.heapBytes : undefined,
};

process.stdout.write(`${JSON.stringify(result)}\n`);
