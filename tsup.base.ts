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
    // Declarations without a second type check: `pnpm typecheck` (and `pnpm test`) check every
    // package once over the whole workspace; tsup's declaration emit would check each package
    // again (it emits with noEmitOnError). The emitted declarations are the same.
    dts: { compilerOptions: { noCheck: true } },
    clean: true,
    sourcemap: true,
    target: 'es2022',
    ...overrides,
  };
}
