// What both bundle-size tests measure: an esbuild bundle of what a page imports (ESM, browser,
// ES2022, minified), its size and its size gzipped at level 9, and the bytes each input put in it.
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

/** A bundle's size (KB = 1,000 bytes) and the bytes of each input in it. */
export interface Measured {
  readonly min: number;
  readonly gzip: number;
  readonly inputs: Readonly<Record<string, number>>;
}

/** Bundles `contents` (an entry's source) resolved from `resolveDir`, with `plugins`. */
export async function bundle(contents: string, resolveDir: string, plugins: esbuild.Plugin[] = []): Promise<Measured> {
  const r = await esbuild.build({
    stdin: { contents, resolveDir, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    plugins,
    logLevel: 'silent',
  });
  const code = r.outputFiles[0]!.contents;
  const inputs: Record<string, number> = {};
  for (const [file, i] of Object.entries(Object.values(r.metafile.outputs)[0]!.inputs)) inputs[file] = i.bytesInOutput;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, inputs };
}

/** `123.4 KB`. */
export const kb = (n: number): string => `${(n / 1000).toFixed(1)} KB`;

/**
 * The message of a budget that fails: what to do about it. `test` is the budget's test file (its
 * `BUDGETS`), `run` the command that measures it.
 */
export const overBudget = (what: string, test: string, run: string): string =>
  `${what} grew past its budget in ${test}. Measure it (${run} prints the sizes); if the growth is worth it, ` +
  `raise the budget in ${test} deliberately (the new size rounded up, with a line in the BUDGETS comment saying why) ` +
  `and update the table under "How big it is" in docs/embedding.md; otherwise make the change smaller`;
