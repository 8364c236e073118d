// An esbuild plugin that resolves `@pokin/<pkg>[/<sub>]` to the package's source entry, so a
// bundle test or a browser test bundles the current sources (with each package.json's
// `sideEffects`) without a build.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Entries whose source is not `src/<sub>/index.ts` (`src/review/` is the review engine itself). */
const ENTRY_FILES: Record<string, string> = { 'core/review': 'review-entry.ts' };

/** Resolves `@pokin/<pkg>[/<sub>]` to `packages/<pkg>/src[/<sub>]/index.ts`. */
export const sourcesPlugin: Plugin = {
  name: 'pokin-sources',
  setup(b) {
    b.onResolve({ filter: /^@pokin\/[\w-]+(?:\/[\w-]+)?$/ }, (args) => {
      const [, pkg, sub] = /^@pokin\/([\w-]+)(?:\/([\w-]+))?$/.exec(args.path)!;
      const file = ENTRY_FILES[`${pkg}/${sub}`];
      if (file) return { path: join(ROOT, 'packages', pkg!, 'src', file) };
      return { path: join(ROOT, 'packages', pkg!, 'src', ...(sub ? [sub] : []), 'index.ts') };
    });
  },
};
