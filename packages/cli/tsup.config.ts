import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.base.js';

export default defineConfig([
  // The programmatic API: run(argv, io).
  packageConfig({ shims: true }),
  packageConfig({
    // The `pokin` binary. ESM only; renderers and resvg are imported lazily by the commands.
    // yaml, commander, picocolors and jsonc-parser are bundled in: one file loads faster than their
    // dozens of CommonJS modules, which keeps `pokin review` quick to start. jsonc-parser's main
    // entry is a CommonJS (UMD) build that Node would scan for exports; its ES module build is
    // bundled instead (`mainFields`). The workspace packages stay external: a review plug-in that
    // imports `@pokin/core` must get the same copy (the same `Cascade` class) as the CLI.
    entry: { bin: 'src/bin.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    platform: 'node',
    noExternal: ['yaml', 'commander', 'picocolors', 'jsonc-parser'],
    esbuildOptions(options) {
      options.mainFields = ['module', 'main'];
    },
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __pokinCreateRequire } from 'node:module';\nconst require = __pokinCreateRequire(import.meta.url);",
    },
  }),
]);
