/**
 * The build every package shares: ESM and CommonJS from `src/index.ts`, with types and source
 * maps, for ES2022. A package's `tsup.config.ts` passes only what differs (entries, shims,
 * bundled dependencies).
 */
import { tokenizer } from 'acorn';
import type { Options } from 'tsup';

type Plugin = NonNullable<Options['plugins']>[number];

/**
 * Writes every character beyond ASCII in the built JavaScript as a `\uXXXX` escape. esbuild
 * escapes strings itself, but leaves comments, regular expression literals and raw template text
 * as written ("[-\u2013/]", a js-yaml comment). One such character makes V8 keep the whole file as
 * a two-byte string: `pokin review` then decodes its two largest files (core and the program,
 * 1.5 MB) through the slow path and holds twice the memory for their text, about 5 ms of its
 * start (docs/decisions.md). An escape means the same in a comment, a string and a regular
 * expression (with or without the `u` flag), but not in the raw text of a tagged template
 * (`String.raw`), the only template esbuild leaves unescaped: one there fails the build instead
 * (write the character as an escape in the source).
 */
const asciiOutput: Plugin = {
  name: 'ascii-output',
  renderChunk(code, chunk) {
    if (!/\.[cm]?js$/.test(chunk.path) || !/[^\x00-\x7f]/.test(code)) return undefined;
    const templates: [number, number][] = [];
    for (const token of tokenizer(code, {
      ecmaVersion: 'latest',
      sourceType: chunk.path.endsWith('.cjs') ? 'script' : 'module',
      allowHashBang: true,
    }))
      if (token.type.label === 'template') templates.push([token.start, token.end]);
    const inTemplate = (at: number) => templates.some(([start, end]) => at >= start && at < end);
    const ascii = code.replace(/[^\x00-\x7f]/g, (c, at: number) => {
      if (inTemplate(at)) throw new Error(`${chunk.path}: "${c}" in the raw text of a template; write it as \\u${hex(c)} in the source`);
      return `\\u${hex(c)}`;
    });
    // esbuild's source map stays: only columns after an escape, on the few lines that hold one
    // (comments and regular expressions), are off by 5 per escape. A map of every column from
    // this text to esbuild's (4 MB of mappings for the program's file, for tsup to merge) would
    // cost more than those few lines are worth.
    return { code: ascii };
  },
};

const hex = (c: string): string => c.charCodeAt(0).toString(16).padStart(4, '0');

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
    plugins: [asciiOutput],
    ...overrides,
  };
}
