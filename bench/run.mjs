#!/usr/bin/env node
/**
 * pokin benchmark: `pnpm bench` (builds first) or `node bench/run.mjs [flags]`.
 *
 *   --quick        1,000 results only, 2 runs, no Graphviz (the CI smoke test)
 *   --json         machine-readable output on stdout (progress goes to stderr)
 *   --scale        also run bench/scale.mjs: a national sweep, 1,000,000 results through parse, review, CSV export
 *   --no-xlsx      skip bench/xlsx.mjs (.xlsx export and import of 100,000 results against exceljs;
 *                  also skipped with --quick)
 *   --sizes=a,b    result counts (default 30,300,1000,10000,100000: one agency to a big city)
 *   --runs=N       timed runs per stage (default 7 / 5 / 5 for 1k / 10k / 100k)
 *   --clock=cpu    judge targets on process CPU time instead of wall-clock time (busy machines)
 *   --save=FILE    also write the JSON report to FILE
 *   --from=FILE    print the table of a report saved with --save (runs nothing)
 *
 * Imports the BUILT packages (packages/*\/dist). A stage whose package or export is not built
 * is reported as "n/a (not built)". See bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { d3Layout, hasDot, timeDot, toDot } from './lib/baselines.mjs';
import { loadBaselines, loadPackages } from './lib/load.mjs';
import { collect, keep, retained, round, setWarmup, time } from './lib/measure.mjs';
import { formatReport } from './lib/report.mjs';
import { CLI_RATIO_LIMIT, cliStartup } from './lib/process.mjs';
import { PROVINCE_FILES, PROVINCE_LIMIT_MS, provinceSweep } from './lib/province.mjs';
import { WORKSPACE_LIMIT_MS, workspaceSweep } from './lib/workspace.mjs';
import { SCALE_LIMITS, fmtMs, stageTargets } from './lib/targets.mjs';

const SELF = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);

if (args.some((a) => a.startsWith('--from='))) {
  const file = args.find((a) => a.startsWith('--from=')).slice('--from='.length);
  process.stdout.write(`${formatReport(JSON.parse(readFileSync(file, 'utf8')))}\n`);
  process.exit(0);
}

// The heap figures need a callable GC: re-run this script with --expose-gc when it is missing.
if (typeof globalThis.gc !== 'function') {
  const res = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', SELF, ...args], { stdio: 'inherit' });
  process.exit(res.status ?? 1);
}

const flag = (name) => args.includes(`--${name}`);
const value = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const QUICK = flag('quick');
const JSON_OUT = flag('json');
const SCALE = flag('scale');
const SIZES = (value('sizes') ?? (QUICK ? '1000' : '30,300,1000,10000,100000')).split(',').map((s) => Number(s.replace(/_/g, '')));
const CLOCK = value('clock') === 'cpu' ? 'cpu' : 'wall';
/** The figure a timing is judged by: the wall-clock median, or the CPU median with --clock=cpu. */
const figure = (timing) => (CLOCK === 'cpu' ? timing.cpu : timing.median);
const RUNS = value('runs') === undefined ? undefined : Math.max(1, Number(value('runs')));
const SVG_MAX = 10_000;
const DOT_SIZE = 1_000;

/** The generated documents: realistic permenpan-89 trees, two indicators per result. */
export const GENERATOR = Object.freeze({ maxChildren: 5, indicatorsPerResult: 2, crosscutting: 0.02, seed: 1 });

const log = (msg) => process.stderr.write(`${msg}\n`);
const runsFor = (n) => RUNS ?? (QUICK ? 2 : n <= 1_000 ? 7 : 5);
/** Untimed warm-up runs per stage and baseline. */
const warmupFor = (n) => (QUICK ? 1 : n <= 1_000 ? 5 : n <= 10_000 ? 2 : 1);

const STAGES = [
  { key: 'parse', label: 'parse + build', needs: 'parseCascade' },
  { key: 'review', label: 'review', needs: 'review' },
  { key: 'layoutSvg', label: 'SVG layout', needs: 'layoutCascade', max: SVG_MAX },
  { key: 'renderSvg', label: 'renderSvg', needs: 'renderSvg', max: SVG_MAX },
  { key: 'renderHtml', label: 'renderHtml', needs: 'renderHtml' },
  { key: 'renderCsv', label: 'renderCsv', needs: 'renderCsv' },
  { key: 'parseCsv', label: 'parseCsv', needs: 'parseCsv' },
  { key: 'toDocument', label: 'toDocument', needs: 'parseCascade' },
];

const { api, schema, missing } = await loadPackages();
const base = await loadBaselines();
if (api.generateDocument === undefined) {
  log('pokin bench: @pokin/core/testing is not built (packages/core/dist/testing). Run `pnpm run build` first.');
  process.exit(2);
}
const dotAvailable = !QUICK && hasDot();
const LOAD_BEFORE = os.loadavg().map((x) => round(x, 2));

/** Measures one stage; failures and missing exports become a status instead of an exception. */
function measure(stage, n, runs, body) {
  const fnName = stage.needs;
  if (api[fnName] === undefined) return { key: stage.key, label: stage.label, status: 'n/a (not built)' };
  if (stage.max !== undefined && n > stage.max)
    return { key: stage.key, label: stage.label, status: `skipped (above ${stage.max.toLocaleString('en-US')})` };
  try {
    const r = body();
    const t = figure(r.timing);
    const out = {
      key: stage.key,
      label: stage.label,
      median: round(t, 3),
      wall: round(r.timing.median, 3),
      cpu: round(r.timing.cpu, 3),
      runs: r.timing.runs,
      throughput: n / (t / 1000),
    };
    if (r.heap !== undefined) out.heapPerResult = round(r.heap / n, 0);
    if (r.baseline !== undefined) out.baseline = r.baseline;
    if (r.otherBaselines !== undefined) out.otherBaselines = r.otherBaselines;
    if (r.note !== undefined) out.note = r.note;
    out.targets = stageTargets(stage.key, n, out);
    return out;
  } catch (error) {
    return {
      key: stage.key,
      label: stage.label,
      status: `error: ${String(error?.message ?? error)
        .split('\n')[0]
        .slice(0, 120)}`,
    };
  }
}

/** A baseline measured on the same input; `ratio` is ours / baseline. */
function baseline(name, ours, run) {
  try {
    const timing = run();
    const t = figure(timing);
    return {
      name,
      median: round(t, 3),
      wall: round(timing.median, 3),
      cpu: round(timing.cpu, 3),
      runs: timing.runs,
      ratio: figure(ours) / t,
    };
  } catch (error) {
    return { name, status: `error: ${String(error?.message ?? error).slice(0, 80)}` };
  }
}

function benchSize(n) {
  const runs = runsFor(n);
  setWarmup(warmupFor(n));
  log(`[bench] ${n.toLocaleString('en-US')} results: generating`);
  let text = JSON.stringify(api.generateDocument({ results: n, ...GENERATOR }));
  const stages = [];
  const S = Object.fromEntries(STAGES.map((s) => [s.key, s]));
  const step = (key, body) => {
    log(`[bench] ${n.toLocaleString('en-US')} results: ${S[key].label}`);
    const r = measure(S[key], n, runs, body);
    stages.push(r);
    return r;
  };

  // parse + build, from a JSON.parse'd document (a fresh one per run), against zod alone.
  let cascade;
  step('parse', () => {
    const timing = time((input) => api.parseCascade(input), { runs, prepare: () => JSON.parse(text) });
    const b =
      schema === undefined
        ? { name: 'zod DocumentSchema.safeParse', status: 'n/a (not built)' }
        : baseline('zod DocumentSchema.safeParse', timing, () =>
            time((input) => schema.safeParse(input), { runs, prepare: () => JSON.parse(text) }),
          );
    const heap = retained(() => api.parseCascade(JSON.parse(text)));
    return { timing, baseline: b, heap };
  });
  if (api.parseCascade !== undefined) cascade = api.parseCascade(JSON.parse(text));
  const records = cascade === undefined ? [] : [...cascade.results()];
  const indicators = records.reduce((a, r) => a + r.indicators.length, 0);
  const jsonBytes = text.length;
  text = undefined;
  collect();

  const withCascade = (fn) => () => {
    if (cascade === undefined) throw new Error('no cascade (parseCascade missing)');
    return fn();
  };

  step(
    'review',
    withCascade(() => {
      const timing = time(() => api.review(cascade), { runs });
      return { timing, heap: retained(() => api.review(cascade)), note: `${api.review(cascade).length} findings` };
    }),
  );

  step(
    'layoutSvg',
    withCascade(() => {
      const timing = time(() => api.layoutCascade(cascade), { runs });
      const b =
        base.d3 === undefined
          ? { name: 'd3-hierarchy tree()', status: 'n/a (not installed)' }
          : baseline('d3-hierarchy tree()', timing, () => time(() => d3Layout(base.d3, records), { runs }));
      return { timing, baseline: b };
    }),
  );

  step(
    'renderSvg',
    withCascade(() => {
      const timing = time(() => api.renderSvg(cascade), { runs });
      let b;
      let otherBaselines;
      if (n === DOT_SIZE) {
        if (QUICK) b = { name: 'dot -Tsvg', status: 'skipped (--quick)' };
        else if (!dotAvailable) b = { name: 'dot -Tsvg', status: 'n/a (Graphviz not installed)' };
        else {
          // The same boxes as renderSvg draws: level, statement and indicators in each label.
          const levelLabel = new Map(cascade.levels.map((l) => [l.key, l.label.id]));
          const same = toDot(records, { levelLabel: (key) => levelLabel.get(key) ?? key, indicators: true });
          b = baseline('dot -Tsvg', timing, () => timeDot(same, Math.min(runs, 3)));
          // What this baseline was before 2026-11-28: the statement alone in each box.
          otherBaselines = [baseline('dot, statements only', timing, () => timeDot(toDot(records), Math.min(runs, 3)))];
        }
      }
      return { timing, baseline: b, otherBaselines, heap: retained(() => api.renderSvg(cascade)) };
    }),
  );

  step(
    'renderHtml',
    withCascade(() => {
      const timing = time(() => api.renderHtml(cascade), { runs });
      return { timing, heap: retained(() => api.renderHtml(cascade)) };
    }),
  );

  let csvText;
  step(
    'renderCsv',
    withCascade(() => {
      const timing = time(() => api.renderCsv(cascade), { runs });
      csvText = api.renderCsv(cascade);
      let b;
      if (base.papa === undefined) b = { name: 'papaparse unparse', status: 'n/a (not installed)' };
      else {
        const rows = base.papa.parse(csvText, { skipEmptyLines: true }).data;
        b = baseline('papaparse unparse', timing, () => time(() => base.papa.unparse(rows, { newline: '\r\n' }), { runs }));
      }
      return { timing, baseline: b, heap: retained(() => api.renderCsv(cascade)) };
    }),
  );

  step('parseCsv', () => {
    if (csvText === undefined) throw new Error('no CSV (renderCsv missing or failed)');
    const timing = time(() => api.parseCsv(csvText), { runs });
    const b =
      base.papa === undefined
        ? { name: 'papaparse parse', status: 'n/a (not installed)' }
        : baseline('papaparse parse', timing, () => time(() => base.papa.parse(csvText), { runs }));
    return { timing, baseline: b, heap: retained(() => api.parseCsv(csvText)) };
  });

  step(
    'toDocument',
    withCascade(() => {
      const timing = time(() => cascade.toDocument(), { runs });
      // A user holding the document object would copy it with structuredClone.
      const doc = cascade.toDocument();
      const b = baseline('structuredClone(document)', timing, () => time(() => structuredClone(doc), { runs }));
      return { timing, baseline: b, heap: retained(() => cascade.toDocument()) };
    }),
  );

  keep(undefined);
  cascade = undefined;
  collect();
  return { results: n, indicators, jsonBytes, runs, warmup: warmupFor(n), stages };
}

/** Runs a bench script of this folder with `--json` in a child process and returns its report. */
function runChild(name, args = []) {
  const res = spawnSync(process.execPath, [fileURLToPath(new URL(`./${name}`, import.meta.url)), '--json', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 24,
  });
  try {
    return JSON.parse(res.stdout);
  } catch {
    return { error: `${name} exited with ${res.status ?? res.signal}: ${res.stdout.slice(-300)}` };
  }
}

function runScale() {
  log('[bench] scale run: 1,000,000 results (child process)');
  return runChild('scale.mjs');
}

/**
 * Warms the JIT up: every stage and baseline a few times on a small tree, untimed, so that the
 * first size measured is not charged for compiling the code.
 */
function warmUp() {
  log('[bench] warming up');
  const text = JSON.stringify(api.generateDocument({ results: 500, ...GENERATOR }));
  const attempt = (f) => {
    try {
      return f();
    } catch {
      return undefined;
    }
  };
  // --quick (the smoke test) judges no figure: one pass makes sure every stage runs.
  for (let i = 0; i < (QUICK ? 1 : 5); i++) {
    const cascade = attempt(() => api.parseCascade(JSON.parse(text)));
    attempt(() => schema?.safeParse(JSON.parse(text)));
    if (cascade === undefined) continue;
    attempt(() => api.review(cascade));
    attempt(() => api.layoutCascade(cascade));
    attempt(() => api.renderSvg(cascade));
    attempt(() => d3Layout(base.d3, [...cascade.results()]));
    attempt(() => api.renderHtml(cascade));
    const csv = attempt(() => api.renderCsv(cascade));
    if (csv !== undefined) {
      attempt(() => api.parseCsv(csv));
      attempt(() => base.papa.unparse(base.papa.parse(csv).data));
    }
    attempt(() => cascade.toDocument());
  }
}

warmUp();
const sizes = SIZES.map(benchSize);

const scale = SCALE ? runScale() : undefined;

/** .xlsx export and import of 100,000 results against exceljs writing and reading the same cells (child process). */
function runXlsx() {
  log('[bench] .xlsx: 100,000 results against exceljs (child process)');
  const script = fileURLToPath(new URL('./xlsx.mjs', import.meta.url));
  const res = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', script, '--json', '--runs=1'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  try {
    return JSON.parse(res.stdout);
  } catch {
    return { error: `xlsx.mjs exited with ${res.status ?? res.signal}: ${res.stdout.slice(-300)}` };
  }
}
const xlsx = QUICK || flag('no-xlsx') ? undefined : runXlsx();

// A province's folder in one process, and the CLI as a whole process against a bare Node.
// --quick (the smoke test) sweeps 10 files, as it loads a workspace of 10 documents: enough to
// run every step (references across documents included), and it judges no figure.
const PROVINCE_SIZE = QUICK ? 10 : PROVINCE_FILES;
log(`[bench] a province: parse + review of ${PROVINCE_SIZE} files`);
const province = api.review === undefined ? undefined : provinceSweep(api, GENERATOR, QUICK ? 1 : 3, PROVINCE_SIZE);
// A Pemda workspace: 500 agencies' trees of 100 results with references across documents.
log('[bench] a Pemda workspace: load + review of 500 documents of 100 results');
const workspace = api.loadWorkspace === undefined ? undefined : workspaceSweep(api, GENERATOR, QUICK ? 1 : 3, QUICK ? 10 : undefined);
log('[bench] pokin review examples/bkpsdm/pokin.yaml against node -e 0 (whole processes, interleaved)');
const cli = cliStartup(QUICK ? 3 : 15);

/**
 * The PDF of 1,000 results (the whole document, and the tree alone) and, when Chromium is
 * installed and this is not --quick, Chromium printing the same tree's SVG to PDF: bench/pdf.mjs
 * in a child process.
 */
function runPdf() {
  if (!existsSync(fileURLToPath(new URL('../packages/pdf/dist/index.js', import.meta.url)))) return undefined;
  // --quick is a smoke run: 100 results, one run, no Chromium.
  log(`[bench] PDF of ${QUICK ? 100 : '1,000'} results (child process)`);
  return runChild('pdf.mjs', QUICK ? ['--runs=1', '--no-chromium', '--results=100'] : ['--runs=5']);
}
const pdf = runPdf();

/** Capaian of 100,000 results with four quarters each (1,000 with --quick): bench/achievement.mjs in a child process. */
const capaian = runChild('achievement.mjs', [`--results=${QUICK ? 1000 : 100000}`, `--runs=${QUICK ? 2 : 5}`]);

/**
 * The interactive viewer in Chromium (not with --quick): bench/viewer.mjs in a child process. A
 * 10,000-result tree's first paint folded below three levels, expanding a ~500-result subtree, and
 * the longest task the page ran meanwhile.
 */
function runViewer() {
  if (QUICK || !existsSync(fileURLToPath(new URL('../packages/viewer/dist/index.js', import.meta.url)))) return undefined;
  log('[bench] @pokin/viewer in Chromium: 10,000 results (child process)');
  return runChild('viewer.mjs', ['--runs=3']);
}
const viewer = runViewer();

const verdicts = [];
for (const size of sizes) {
  for (const st of size.stages) {
    for (const t of st.targets ?? []) {
      const v =
        t.value === undefined
          ? undefined
          : t.label.includes('heap')
            ? `${Math.round(t.value)} B`
            : t.label.includes('<') && t.label.includes(' s')
              ? fmtMs(t.value)
              : `${t.value.toFixed(3)}x`;
      verdicts.push({ label: `${st.label} @ ${size.results.toLocaleString('en-US')}: ${t.label}`, pass: t.pass, value: v });
    }
  }
}
if (province !== undefined) {
  verdicts.push({
    label: `a province: parse + review of ${province.files} files (${province.results.toLocaleString('en-US')} results) < ${fmtMs(PROVINCE_LIMIT_MS)}`,
    pass: province.median < PROVINCE_LIMIT_MS,
    value: fmtMs(province.median),
  });
}
if (workspace !== undefined) {
  verdicts.push({
    label: `a Pemda workspace: load + review of ${workspace.files} documents (${workspace.results.toLocaleString('en-US')} results) < ${fmtMs(WORKSPACE_LIMIT_MS)}`,
    pass: (CLOCK === 'cpu' ? workspace.cpu : workspace.median) < WORKSPACE_LIMIT_MS,
    value: fmtMs(CLOCK === 'cpu' ? workspace.cpu : workspace.median),
  });
}
if (scale?.stages !== undefined) {
  verdicts.push({
    label: `scale 1,000,000: parse + review + CSV export < ${SCALE_LIMITS.totalMs / 1000} s`,
    pass: scale.timePass,
    value: fmtMs(scale.totalMs),
  });
  verdicts.push({
    label: 'scale 1,000,000: < 4 GB of heap',
    pass: scale.memoryPass,
    value: `${(scale.peakHeap / 1024 ** 3).toFixed(2)} GB heap, ${(scale.peakRss / 1024 ** 3).toFixed(2)} GB RSS`,
  });
}

if (xlsx?.export !== undefined) {
  for (const [what, v] of [
    ['export (renderXlsx vs exceljs writeBuffer)', xlsx.export],
    ['import (parseXlsx vs exceljs load)', xlsx.import],
  ]) {
    verdicts.push({
      label: `.xlsx ${what} @ 100,000: <= ${xlsx.limit}x`,
      pass: v.ratio <= xlsx.limit,
      value: `${v.ratio.toFixed(2)}x (${fmtMs(v.ours)} vs ${fmtMs(v.exceljs)})`,
    });
  }
} else if (xlsx?.error !== undefined) verdicts.push({ label: '.xlsx export and import @ 100,000', pass: false, value: xlsx.error });

if (cli?.ratio !== undefined) {
  verdicts.push({
    label: `pokin review examples/bkpsdm/pokin.yaml <= ${CLI_RATIO_LIMIT}x node -e 0 (whole processes, interleaved, medians of ${cli.runs})`,
    pass: cli.ratio <= CLI_RATIO_LIMIT,
    value: `${cli.ratio.toFixed(2)}x (${fmtMs(cli.review)} against ${fmtMs(cli.node)})`,
  });
} else if (cli?.error !== undefined) verdicts.push({ label: 'pokin review examples/bkpsdm/pokin.yaml', pass: false, value: cli.error });

if (pdf?.medianMs !== undefined) {
  const ms = CLOCK === 'cpu' ? pdf.cpuMs : pdf.medianMs;
  verdicts.push({
    label: `@pokin/pdf, ${pdf.results.toLocaleString('en-US')} results, whole document (${pdf.pages} pages): < 2 s`,
    pass: ms < 2000,
    value: fmtMs(ms),
  });
  if (pdf.chromium?.medianMs !== undefined) {
    // Like for like (issue 18: "Chromium printing the same SVG"): the tree alone on both sides;
    // the whole document's ratio is shown beside it (bench/README.md, docs/decisions.md).
    const tree = CLOCK === 'cpu' ? pdf.tree.cpuMs : pdf.tree.medianMs;
    const speedup = pdf.chromium.medianMs / tree;
    verdicts.push({
      label: `@pokin/pdf, the same tree (${pdf.tree.pages} pages), >= 10x faster than chromium --print-to-pdf of its SVG`,
      pass: speedup >= 10,
      value: `${speedup.toFixed(1)}x (${fmtMs(tree)} against chromium ${fmtMs(pdf.chromium.medianMs)}; whole document ${(pdf.chromium.medianMs / ms).toFixed(1)}x)`,
    });
  }
} else if (pdf?.error !== undefined) verdicts.push({ label: '@pokin/pdf, 1,000 results', pass: false, value: pdf.error });

if (capaian?.medianMs !== undefined) {
  verdicts.push({
    label: `achievement(), ${capaian.results.toLocaleString('en-US')} results x 4 quarters: < ${capaian.limitMs / 1000} s`,
    pass: capaian.medianMs < capaian.limitMs,
    value: fmtMs(capaian.medianMs),
  });
} else if (capaian?.error !== undefined) verdicts.push({ label: 'achievement(), 100,000 results', pass: false, value: capaian.error });

if (viewer?.firstPaintMs !== undefined) {
  const first = CLOCK === 'cpu' ? viewer.firstPaintCpuMs : viewer.firstPaintMs;
  const expand = CLOCK === 'cpu' ? viewer.expandCpuMs : viewer.expandMs;
  verdicts.push({
    label: `@pokin/viewer, ${viewer.results.toLocaleString('en-US')} results folded below 3 levels: first paint < ${fmtMs(viewer.limits.firstPaintMs)}`,
    pass: first < viewer.limits.firstPaintMs,
    value: `${fmtMs(first)} (${viewer.shown} boxes)`,
  });
  verdicts.push({
    label: `@pokin/viewer: expanding a ${viewer.subtree.results}-result subtree < ${fmtMs(viewer.limits.expandMs)}`,
    pass: expand < viewer.limits.expandMs,
    value: fmtMs(expand),
  });
  verdicts.push({
    label: `@pokin/viewer: no long task over ${viewer.limits.longTaskMs} ms (first paint and expand)`,
    pass: viewer.longestTaskMs <= viewer.limits.longTaskMs,
    value: fmtMs(viewer.longestTaskMs),
  });
  verdicts.push({
    label: `@pokin/viewer: a frame of a drag, ${viewer.expanded} boxes drawn < ${fmtMs(viewer.limits.panFrameMs)}`,
    pass: viewer.panFrameMs < viewer.limits.panFrameMs,
    value: fmtMs(viewer.panFrameMs),
  });
  verdicts.push({
    label: `@pokin/viewer: a frame of a zoom, ${viewer.expanded} boxes drawn < ${fmtMs(viewer.limits.zoomFrameMs)}`,
    pass: viewer.zoomFrameMs < viewer.limits.zoomFrameMs,
    value: `${fmtMs(viewer.zoomFrameMs)} (the longest task after it, drawing at the new scale: ${fmtMs(viewer.settleTaskMs)})`,
  });
} else if (viewer?.error !== undefined) verdicts.push({ label: '@pokin/viewer in Chromium', pass: false, value: viewer.error });

// `pokin diff` of two 100,000-result trees (bench/diff.mjs in a child process; 1,000 with --quick,
// which only makes sure the diff and the command run).
log('[bench] diff of two trees (child process)');
const diff = (() => {
  const script = fileURLToPath(new URL('./diff.mjs', import.meta.url));
  const argv = [
    '--expose-gc',
    '--max-old-space-size=4096',
    script,
    '--json',
    `--results=${QUICK ? 1_000 : 100_000}`,
    `--runs=${QUICK ? 1 : 3}`,
    `--clock=${CLOCK}`,
  ];
  const res = spawnSync(process.execPath, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 });
  try {
    return JSON.parse(res.stdout);
  } catch {
    return { error: `diff.mjs exited with ${res.status ?? res.signal}: ${res.stdout.slice(-300)}` };
  }
})();
if (diff?.diffMs !== undefined) {
  verdicts.push({
    label: `diffCascades of two ${diff.results.toLocaleString('en-US')}-result trees, every change found: < ${fmtMs(diff.limitMs)}`,
    pass: diff.pass,
    value: fmtMs(diff.diffMs),
  });
  // Issue 20's budget is the command a user runs: reading and parsing both files, diffing, writing.
  verdicts.push({
    label: `pokin diff of two ${diff.results.toLocaleString('en-US')}-result JSON files (whole process): < ${fmtMs(diff.limitMs)}`,
    pass: diff.cliStatus === 0 && diff.cliMs < diff.limitMs,
    value: fmtMs(diff.cliMs),
  });
} else if (diff?.error !== undefined) verdicts.push({ label: 'pokin diff', pass: false, value: diff.error });

const report = {
  diff,
  clock: CLOCK,
  load: { before: LOAD_BEFORE, after: os.loadavg().map((x) => round(x, 2)) },
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown',
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    date: new Date().toISOString(),
  },
  command: `node bench/run.mjs ${args.join(' ')}`.trim(),
  generator: `generateDocument({ results, maxChildren: ${GENERATOR.maxChildren}, indicatorsPerResult: ${GENERATOR.indicatorsPerResult}, crosscutting: ${GENERATOR.crosscutting}, seed: ${GENERATOR.seed} })`,
  runsText: sizes
    .map((s) => `${s.runs} runs at ${s.results.toLocaleString('en-US')}${s.warmup ? ` (after ${s.warmup} untimed)` : ''}`)
    .join(', '),
  missing,
  sizes,
  province,
  workspace,
  cli,
  scale,
  pdf,
  xlsx,
  viewer,
  verdicts,
};

if (value('save') !== undefined) writeFileSync(value('save'), `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(JSON_OUT ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
