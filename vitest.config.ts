import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import LongestFirst from './test/support/sequencer';

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
 * poppler), pack or install the packages, or run the built `dist/` (the CLI binary, the bench, the
 * API site). `pnpm test` and CI run them; `pnpm test:quick` leaves them out. Their global setup
 * builds the packages first when a source is newer than its build. A new test that needs a
 * build or an outside program goes in this list.
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
  'packages/pdf/test/{generated,determinism,bkpsdm,cli,security,tall-rows,matrix,tagged,lkjip,peta}.test.ts',
  // the built packages
  'test/packaging/**/*.test.ts',
  'test/docs/**/*.test.ts',
  'packages/cli/test/bin.test.ts',
  'packages/pdf/test/example.test.ts',
  'examples/bkpsdm/example-files.test.ts',
  'examples/analysis/analysis.test.ts',
  'examples/analysis/indicators.test.ts',
  'bench/**/*.test.ts',
  // the built CLI binary, measured as a whole process
  'test/security/cli-*.test.ts',
];

// Tests run against the packages' sources, not their dist builds (except the slow suites that
// test the builds themselves).
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@pokin\/core\/testing$/, replacement: src('core', 'testing/index.ts') },
      { find: /^@pokin\/core\/layout$/, replacement: src('core', 'layout/index.ts') },
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
    // The longest files first, the short quick ones last (test/support/sequencer.ts).
    sequence: { sequencer: LongestFirst },
    projects: [
      // The quick files share their worker's module graph instead of each importing the sources
      // afresh: no test mocks a module or changes a global, and the imports were four fifths of
      // the project's CPU time (67 review-rule files: 80 s of CPU isolated, 8 s shared).
      { extends: true, test: { name: 'quick', include: ALL, exclude: SLOW, isolate: false } },
      { extends: true, test: { name: 'slow', include: SLOW, globalSetup: ['test/support/build.ts', 'test/support/run-folder.ts'] } },
    ],
  },
});
