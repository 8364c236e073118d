/**
 * `import()` of a module from outside the program: a review config or plug-in, resvg.
 *
 * The program the binary runs (`main.cjs`) gets this file as a module of its own
 * (`import-module.cjs`, see tsup.config.ts): on Node 20 the binary's code cache
 * (compile-cache.ts) cannot keep code that calls `import()`, because V8 leaves out of cached code
 * the reference Node needs to load the module ("A dynamic import callback was not specified").
 * Node compiles this one file itself, without the cache.
 *
 * @module
 */

/** Loads the module `specifier` (a `file:` URL or a package name). */
export function importModule(specifier: string): Promise<unknown> {
  return import(specifier);
}
