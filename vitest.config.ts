import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const src = (pkg: string, entry = 'index.ts') => fileURLToPath(new URL(`./packages/${pkg}/src/${entry}`, import.meta.url));

/** Every test file. */
const ALL = [
  'packages/*/test/**/*.test.ts',
  'packages/core/src/review/rules/**/*.test.ts',
  'examples/**/*.test.ts',
  'bench/**/*.test.ts',
  'docs/**/*.test.ts',
  'test/**/*.test.ts',
];

/**
 * The slow suites: they drive a real client (Chromium, the W3C validator, Python, LibreOffice,
 * poppler), pack or install the packages, run the built `dist/` (the CLI binary, the bench, the
 * API site), or run inputs at scale against a time budget. `pnpm test` and CI run them;
 * `pnpm test:quick` leaves them out. Their global setup builds the packages first when a source is
 * newer than its build. A new test that needs a build or an outside program, or that spends
 * seconds on inputs of a national size, goes in this list.
 */
const SLOW = [
  // real clients
  '**/browser.test.ts',
  'packages/html/test/validation.test.ts',
  'packages/csv/test/python-interop.test.ts',
  'packages/*/test/**/*.client.test.ts',
  'packages/xlsx/test/{clients,kertas-kerja,positions}.test.ts',
  'examples/web/web.test.ts',
  // poppler and qpdf read the PDFs
  'packages/pdf/test/{generated,determinism,bkpsdm,cli,security,tall-rows,matrix,tagged,lkjip,peta,positions-words}.test.ts',
  // the built packages
  'test/packaging/**/*.test.ts',
  'test/bundle/dist-size.test.ts',
  'test/docs/**/*.test.ts',
  'packages/cli/test/bin.test.ts',
  'packages/pdf/test/example.test.ts',
  'examples/bkpsdm/example-files.test.ts',
  'examples/analysis/analysis.test.ts',
  'examples/analysis/indicators.test.ts',
  'bench/**/*.test.ts',
  // the built CLI binary, measured as a whole process
  'test/security/cli-*.test.ts',
  // inputs at scale, each held to a time budget: trees 100,000 results deep and wide, 1 MB
  // adversarial texts through every function that reads them, fast-check's adversarial documents
  'packages/core/test/deep.test.ts',
  'test/security/review-text.test.ts',
  'test/security/text-fields.property.test.ts',
];

/**
 * The slow files by CPU time, longest first (measured on 2026-12-05: typedoc ~90 s, the bench
 * ~45 s, packing and installing the release ~40 s, the PDF checks ~25 s), then the next longest
 * by wall time (2026-12-06, load 14: the viewer in Chromium 98 s, the two reviews of 121,000
 * results 70 s, the guide's commands 57 s, the CLI's output checks 50 s), so that none of them
 * starts near the end. Packaging's lint suite waits for the install suite's tarballs, so it
 * comes a few places later.
 */
const LONGEST = [
  'test/docs/site.test.ts',
  'bench/bench.test.ts',
  'test/packaging/install.test.ts',
  'packages/pdf/test/generated.test.ts',
  'packages/html/test/validation.test.ts',
  'test/packaging/lint.test.ts',
  'packages/viewer/test/browser.test.ts',
  'test/security/cli-spread.test.ts',
  'test/docs/panduan.test.ts',
  'test/security/cli-output.test.ts',
];

/**
 * The quick project's longest files (2026-12-06, 5 to 12 s each in a whole run), so that they start
 * before its many short files instead of where a fresh clone's glob order puts them: at the end,
 * one core working while the other waits.
 */
const LONGEST_QUICK = [
  'packages/core/test/roundtrip.property.test.ts',
  'packages/cli/test/render.test.ts',
  'packages/core/test/generator.test.ts',
  'packages/cli/test/diff-scan.property.test.ts',
  'packages/cli/test/atomic-write.test.ts',
  'packages/svg/test/property.test.ts',
  'packages/core/test/parse.property.test.ts',
  'packages/core/test/layout/tidy.test.ts',
];

const rank = (spec: TestSpecification): number => {
  const endsWith = (f: string) => spec.moduleId.endsWith(`/${f}`);
  const i = LONGEST.findIndex(endsWith);
  if (i >= 0) return i;
  // Then the rest of the slow project (each file spends seconds in a client), then the quick one,
  // its longest files first.
  if (spec.project.name === 'slow') return LONGEST.length;
  return LONGEST_QUICK.some(endsWith) ? LONGEST.length + 1 : LONGEST.length + 2;
};

/**
 * The order in which `vitest run` hands the test files to its workers: the longest first, the
 * many short ones last. On a fresh clone vitest has no timings yet and would keep the glob order,
 * which left the two longest slow files (the docs site's typedoc build and the bench) to start
 * near the end, with one core busy and the other idle until they finished. Longest first, the
 * short quick files fill the gaps at the end instead. Within each rank, vitest's own order (its
 * cached timings when it has them).
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted
      .map((spec, i) => ({ spec, i, r: rank(spec) }))
      .sort((a, b) => a.r - b.r || a.i - b.i)
      .map((x) => x.spec);
  }
}

// Tests run against the packages' sources, not their dist builds (except the slow suites that
// test the builds themselves).
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@pokin\/core\/review$/, replacement: src('core', 'review-entry.ts') },
      { find: /^@pokin\/core\/testing$/, replacement: src('core', 'testing/index.ts') },
      { find: /^@pokin\/core\/layout$/, replacement: src('core', 'layout/index.ts') },
      { find: /^@pokin\/core\/graph$/, replacement: src('core', 'graph/index.ts') },
      { find: /^@pokin\/core$/, replacement: src('core') },
      { find: /^@pokin\/svg$/, replacement: src('svg') },
      { find: /^@pokin\/html$/, replacement: src('html') },
      { find: /^@pokin\/csv$/, replacement: src('csv') },
      { find: /^@pokin\/xlsx$/, replacement: src('xlsx') },
      { find: /^@pokin\/cli$/, replacement: src('cli') },
      { find: /^@pokin\/pdf$/, replacement: src('pdf') },
      { find: /^@pokin\/viewer$/, replacement: src('viewer') },
    ],
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // One worker per core (vitest's default leaves one core to its main process: a single worker
    // on a 2-core machine, idle while a slow suite waits on Chromium, LibreOffice or the validator).
    maxWorkers: availableParallelism(),
    // The longest files first, the short quick ones last (LongestFirst above).
    sequence: { sequencer: LongestFirst },
    projects: [
      // The quick files share their worker's module graph instead of each importing the sources
      // afresh: no test mocks a module or changes a global, and the imports were four fifths of
      // the project's CPU time (67 review-rule files: 80 s of CPU isolated, 8 s shared).
      { extends: true, test: { name: 'quick', include: ALL, exclude: SLOW, isolate: false, globalSetup: ['test/support/test-tmpdir.ts'] } },
      // The slow files share it too: each starts its own client (Chromium, LibreOffice, the
      // validator) and closes it in afterAll, and none changes process.env or mocks a module.
      // Measured at load 5-9 (2026-12-06): 320 s of CPU isolated, 280 s shared (imports 84 s -> 38 s).
      {
        extends: true,
        test: {
          name: 'slow',
          include: SLOW,
          isolate: false,
          globalSetup: ['test/support/test-tmpdir.ts', 'test/support/build.ts', 'test/support/run-folder.ts'],
        },
      },
    ],
  },
});
