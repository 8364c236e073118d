/**
 * Timing and heap measurement. Every timed run starts after a full GC, so garbage from the
 * previous run is not charged to the next; the window holds the call and nothing else (no
 * collection is forced inside it). The figure reported is the median of the runs.
 */

/**
 * Full garbage collection (the bench runs with --expose-gc), then a pause while V8's helper
 * threads finish sweeping the collected heap: without it, that work (which grows with the heap)
 * would run during the next timed run and be charged to it. The pause spins rather than sleeps:
 * a core left idle on a virtual machine comes back slow, which a short run would then pay for.
 */
export function collect() {
  globalThis.gc();
  globalThis.gc();
  const until = performance.now() + SETTLE_MS;
  while (performance.now() < until);
}

/** How long {@link collect} lets the GC helper threads work, in milliseconds. */
const SETTLE_MS = 100;

/** Median of a non-empty list of numbers. */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

let warmupRuns = 0;

/**
 * Untimed runs before the timed ones, for every stage and baseline alike: the first calls of a
 * function run in V8's interpreter and baseline compiler, and the figure should be the steady
 * state a service or a script over many files sees. (Graphviz starts a fresh process each run.)
 */
export function setWarmup(n) {
  warmupRuns = n;
}

/**
 * Times `run(prepared)` `runs` times, after the warm-up runs (see {@link setWarmup});
 * `prepare()` (untimed) makes a fresh input for each run.
 * Wall-clock time is the figure; process CPU time (all threads, so GC helper threads count too)
 * is recorded beside it, because on a busy machine wall-clock time says more about the
 * neighbours than about the code.
 * @returns {{ median: number, cpu: number, runs: number[] }} milliseconds
 */
export function time(run, { runs, prepare = () => undefined }) {
  const times = [];
  const cpus = [];
  for (let i = 0; i < warmupRuns; i++) keep(run(prepare()));
  for (let i = 0; i < runs; i++) {
    const input = prepare();
    collect();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const out = run(input);
    const t1 = performance.now();
    const c = process.cpuUsage(c0);
    times.push(t1 - t0);
    cpus.push((c.user + c.system) / 1000);
    keep(out);
  }
  return { median: median(times), cpu: median(cpus), runs: times.map((t) => round(t, 2)) };
}

let sink;
/** Keeps a value reachable until the next call, so the optimiser cannot drop the work. */
export function keep(value) {
  sink = value;
  return sink;
}

/**
 * Memory retained by what `make()` returns: heap (and external memory) after a full GC with the
 * value alive, minus the same before it was made. Whatever `make` builds and drops on the way (such
 * as a JSON.parse'd input) is not counted; what the value shares with it is.
 * @returns {number} bytes
 */
export function retained(make) {
  keep(undefined);
  collect();
  const before = used();
  let value = make();
  collect();
  const after = used();
  keep(value);
  value = undefined;
  keep(undefined);
  return Math.max(0, after - before);
}

/**
 * JS heap in use plus memory held outside it for JS objects (external strings, ArrayBuffers):
 * a string V8 keeps outside the heap, such as the SVG @pokin/svg returns in Node, is retained
 * memory all the same.
 */
function used() {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

/** Rounds to `digits` decimals. */
export function round(x, digits = 0) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
