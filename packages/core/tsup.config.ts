import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.base.js';

export default defineConfig(
  packageConfig({
    // `layout` and `graph` are subpaths of their own (`@pokin/core/layout`, `@pokin/core/graph`), so
    // the main entry does not carry them (nor graphology).
    entry: {
      index: 'src/index.ts',
      'testing/index': 'src/testing/index.ts',
      'layout/index': 'src/layout/index.ts',
      'graph/index': 'src/graph/index.ts',
    },
    // zod is bundled in (its types stay a dependency): Node loads every module a package's entry
    // imports, and each zod entry re-exports its ~50 locales, about 110 files in all; bundled and
    // tree-shaken, the part pokin uses is one chunk. See docs/decisions.md.
    noExternal: ['zod'],
    banner: { js: '/*! Bundles zod (https://zod.dev), MIT License, Copyright (c) 2025 Colin McDonnell */' },
  }),
);
