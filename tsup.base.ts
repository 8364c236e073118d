/**
 * The build every package shares: ESM and CommonJS from `src/index.ts`, with types and source
 * maps, for ES2022. A package's `tsup.config.ts` passes only what differs (entries, shims,
 * bundled dependencies).
 */
import type { Options } from 'tsup';

/** The shared tsup options, with `overrides` on top. */
export function packageConfig(overrides: Options = {}): Options {
  return {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    ...overrides,
  };
}
