import { defineConfig } from 'tsup';

export default defineConfig({
  // `layout` is a subpath of its own (`@pokin/core/layout`), so the main entry does not carry it.
  entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts', 'layout/index': 'src/layout/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
