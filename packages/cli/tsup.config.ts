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
    entry: { bin: 'src/bin.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'es2022',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
