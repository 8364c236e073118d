import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The programmatic API: run(argv, io).
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    shims: true,
  },
  {
    // The `pokin` binary. ESM only; renderers and resvg are imported lazily by the commands.
    // yaml, commander and picocolors are bundled in: one file loads faster than their dozens of
    // CommonJS modules, which keeps `pokin review` quick to start.
    entry: { bin: 'src/bin.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'es2022',
    platform: 'node',
    noExternal: ['yaml', 'commander', 'picocolors'],
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __pokinCreateRequire } from 'node:module';\nconst require = __pokinCreateRequire(import.meta.url);",
    },
  },
]);
