#!/usr/bin/env node
// Bundles examples/web/main.js with @pokin/core, @pokin/svg, @pokin/csv, @pokin/xlsx,
// @pokin/viewer (from their sources) and yaml into examples/web/dist/main.js, a single ES module
// the page loads. Run: node examples/web/build.mjs
// Then serve the folder (any static server) and open index.html.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

/** Builds dist/main.js; resolves to esbuild's result. */
export async function build({ minify = true } = {}) {
  return esbuild.build({
    entryPoints: [join(here, 'main.js')],
    outfile: join(here, 'dist', 'main.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify,
    sourcemap: true,
    legalComments: 'linked',
    loader: { '.yaml': 'text' },
    // The packages from their sources; a subpath (`@pokin/core/layout`) is the index.ts of its folder.
    plugins: [
      {
        name: 'pokin-sources',
        setup(b) {
          b.onResolve({ filter: /^@pokin\/(?:core|svg|csv|xlsx|viewer)(?:\/[\w-]+)?$/ }, (args) => {
            const [, pkg, sub] = /^@pokin\/([\w-]+)(?:\/([\w-]+))?$/.exec(args.path);
            return { path: join(root, 'packages', pkg, 'src', ...(sub ? [sub] : []), 'index.ts') };
          });
        },
      },
    ],
    logLevel: 'warning',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await build();
  console.log(`built ${join('examples', 'web', 'dist', 'main.js')}`);
}
