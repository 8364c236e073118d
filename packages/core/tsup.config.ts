import { defineConfig, type Options } from 'tsup';
import { packageConfig } from '../../tsup.base.js';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * `@pokin/core/review` must hand out the same `Cascade` class (and the same review) as the root
 * entry. The ES module build shares them through its chunks; the CommonJS build has no chunks
 * (each entry is one file), so there the review entry re-exports the root entry's names by
 * requiring `../index.cjs` instead of bundling a second copy.
 */
const reviewFromRootInCjs: Plugin = {
  name: 'review-from-root-in-cjs',
  setup(build) {
    if (build.initialOptions.format !== 'cjs') return;
    build.onResolve({ filter: /^\./ }, (args) =>
      /[\\/]review-entry\.ts$/.test(args.importer) ? { path: '../index.cjs', external: true } : undefined,
    );
  },
};

export default defineConfig(
  packageConfig({
    // `layout` and `graph` are subpaths of their own (`@pokin/core/layout`, `@pokin/core/graph`), so
    // the main entry does not carry them (nor graphology). `review` is parsing and reviewing alone,
    // for `pokin review` and pages that only review.
    entry: {
      index: 'src/index.ts',
      'review/index': 'src/review-entry.ts',
      'testing/index': 'src/testing/index.ts',
      'layout/index': 'src/layout/index.ts',
      'graph/index': 'src/graph/index.ts',
    },
    // zod is bundled in (its types stay a dependency): Node loads every module a package's entry
    // imports, and each zod entry re-exports its ~50 locales, about 110 files in all; bundled and
    // tree-shaken, the part pokin uses is one chunk. See docs/decisions.md.
    noExternal: ['zod'],
    esbuildPlugins: [reviewFromRootInCjs],
    banner: { js: '/*! Bundles zod (https://zod.dev), MIT License, Copyright (c) 2025 Colin McDonnell */' },
  }),
);
