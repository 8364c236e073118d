import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string, entry = 'index.ts') => fileURLToPath(new URL(`./packages/${pkg}/src/${entry}`, import.meta.url));

// Tests run against the packages' sources, not their dist builds.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@pokin\/core\/testing$/, replacement: src('core', 'testing/index.ts') },
      { find: /^@pokin\/core\/layout$/, replacement: src('core', 'layout/index.ts') },
      { find: /^@pokin\/core$/, replacement: src('core') },
      { find: /^@pokin\/svg$/, replacement: src('svg') },
      { find: /^@pokin\/html$/, replacement: src('html') },
      { find: /^@pokin\/csv$/, replacement: src('csv') },
      { find: /^@pokin\/cli$/, replacement: src('cli') },
      { find: /^@pokin\/pdf$/, replacement: src('pdf') },
    ],
  },
  test: {
    include: [
      'packages/*/test/**/*.test.ts',
      'packages/core/src/review/rules/**/*.test.ts',
      'examples/**/*.test.ts',
      'bench/**/*.test.ts',
      'docs/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
