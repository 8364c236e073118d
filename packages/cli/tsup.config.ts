import { readFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';
import { packageConfig } from '../../tsup.base.js';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * commander requires `node:child_process` when it loads, for executable subcommands, which pokin
 * does not use; loading it pulls `net` and `dgram` in as well, on every start. The program the
 * binary runs gets a stand-in whose `spawn` loads the real module on the first call.
 */
const lazyChildProcess: Plugin = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "exports.spawn = (...args) => require('child_process').spawn(...args);",
      loader: 'js',
    }));
  },
};

/**
 * The program the binary runs (`main.cjs`) requires `import-module.cjs`, a module of its own,
 * instead of bundling src/import-module.ts: the binary's code cache skips code that calls
 * `import()` (see that file).
 */
const importModuleApart: Plugin = {
  name: 'import-module-apart',
  setup(build) {
    build.onResolve({ filter: /[\\/]import-module\.js$|^\.\/import-module\.js$/ }, () => ({ path: './import-module.cjs', external: true }));
  },
};

/**
 * The CommonJS build (`index.cjs`: `require('@pokin/cli').run`) requires the workspace packages the
 * commands load on demand, instead of importing them: an `import()` there loads their ES module
 * builds, and with them core's ES module build beside the CommonJS one the rest of `run` uses.
 * Two copies of core are two `Cascade` classes: a renderer given the other copy's tree failed
 * ("Cannot read private member #store"), and `pokin diff` lost its shortcut for unchanged
 * indicators. Only literal `import('@pokin/…')` calls change; a plug-in's `import(url)` stays.
 */
const requireWorkspaceInCjs: Plugin = {
  name: 'require-workspace-in-cjs',
  setup(build) {
    if (build.initialOptions.format !== 'cjs') return;
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace(
        /\bimport\((['"])(@pokin\/[a-z/-]+)\1\)/g,
        'Promise.resolve().then(() => require($1$2$1))',
      ),
      loader: 'ts',
    }));
  },
};

export default defineConfig([
  // The programmatic API: run(argv, io).
  packageConfig({ shims: true, esbuildPlugins: [requireWorkspaceInCjs] }),
  packageConfig({
    // The `pokin` binary (`bin.cjs`): CommonJS, so that Node starts it without its ES module loader.
    // It loads the program (`main.cjs` below) with the code cache of src/compile-cache.ts; alone it
    // only prints `--version`. The shebang comes from src/bin.ts.
    entry: { bin: 'src/bin.ts' },
    format: ['cjs'],
    dts: false,
    clean: false,
    platform: 'node',
    shims: true,
    removeNodeProtocol: false,
  }),
  packageConfig({
    // The worker of a large `pokin diff` (`diff-thread`, which reads the new file: input/diff-read.ts),
    // an ES module with the same bundled dependencies as the program below.
    entry: { 'diff-thread': 'src/input/diff-thread.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    platform: 'node',
    noExternal: ['yaml', 'js-yaml', 'commander', 'picocolors', 'jsonc-parser'],
    esbuildPlugins: [lazyChildProcess],
    // Keep `node:` on built-in modules: tsup's plugin that strips it would otherwise resolve
    // `node:child_process` before lazyChildProcess sees it.
    removeNodeProtocol: false,
    esbuildOptions(options) {
      options.mainFields = ['module', 'main'];
    },
    banner: {
      js: "import { createRequire as __pokinCreateRequire } from 'node:module';\nconst require = __pokinCreateRequire(import.meta.url);",
    },
  }),
  packageConfig({
    // The program as the binary runs it (`main.cjs`): CommonJS, so that on Node 20 the binary's
    // code cache (src/compile-cache.ts) can keep its compiled code, and core's with it. yaml,
    // js-yaml, commander, picocolors and jsonc-parser are bundled in: one file loads faster than
    // their dozens of CommonJS modules. jsonc-parser's main entry is a CommonJS (UMD) build that Node
    // would scan for exports; its ES module build is bundled instead (`mainFields`). The workspace
    // packages are required, as in `index.cjs`.
    entry: { main: 'src/main.ts', 'import-module': 'src/import-module.ts' },
    format: ['cjs'],
    dts: false,
    clean: false,
    platform: 'node',
    shims: true,
    noExternal: ['yaml', 'js-yaml', 'commander', 'picocolors', 'jsonc-parser'],
    esbuildPlugins: [lazyChildProcess, requireWorkspaceInCjs, importModuleApart],
    removeNodeProtocol: false,
    esbuildOptions(options) {
      options.mainFields = ['module', 'main'];
    },
  }),
]);
