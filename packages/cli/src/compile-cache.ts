/**
 * A code cache for the `pokin` binary: the compiled code of the modules it loads is kept between
 * runs, so a command does not compile the program, core and the review rules again each time.
 *
 * Node 22.1+ has one built in (`module.enableCompileCache`), which is used when present. Node 20
 * has none, and there compiling is most of a short command's time (`pokin review` of one file:
 * about 60 of its 170 ms). On Node 20 this module does what `v8-compile-cache` does for the
 * CommonJS modules loaded from here on (the binary runs the program's CommonJS build): each is
 * compiled with the V8 code cache kept for it, and the caches missing are written when the command
 * ends, so they hold the functions the command ran, not only the top level.
 *
 * The cache sits in a folder of the system's temporary folder that only the user can write
 * (checked at each start: a cache is code). A cache is named after the file's path, the command,
 * and the file's length, times of change and inode, so a changed file is compiled afresh (V8 itself
 * checks only the length). NODE_DISABLE_COMPILE_CACHE=1 turns it off, as in Node 22.
 *
 * @module
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import vm from 'node:vm';

/** Writes the caches the run made (nothing when there were none, or when the cache is off). */
export type FinishCompileCache = () => void;

/** What this module uses of Node's CommonJS loader (`Module`), which its types do not declare. */
interface LoaderModule {
  exports: unknown;
  require(id: string): unknown;
  _compile: (this: LoaderModule, content: string, filename: string) => unknown;
}
interface Loader {
  prototype: LoaderModule;
  wrap(content: string): string;
  _resolveFilename(request: string, parent: LoaderModule, isMain: boolean, options?: unknown): string;
  _resolveLookupPaths(request: string, parent: LoaderModule): string[] | null;
  _extensions: unknown;
  _cache: unknown;
  enableCompileCache?: () => unknown;
}

const NOTHING: FinishCompileCache = () => undefined;

/**
 * Turns the code cache on for what the binary loads next; returns the function that writes the
 * caches this run made, to call when the command has ended. A cache holds the functions its first
 * run compiled, so each `command` (`review`, `render` ...) keeps its own: the cache `pokin --help`
 * made would leave `pokin review` compiling the review each time.
 */
export function startCompileCache(command: string, env: NodeJS.ProcessEnv = process.env): FinishCompileCache {
  const loader = nodeModule as unknown as Loader;
  if (loader.enableCompileCache !== undefined) {
    loader.enableCompileCache();
    return NOTHING;
  }
  if (env['NODE_DISABLE_COMPILE_CACHE'] !== undefined && env['NODE_DISABLE_COMPILE_CACHE'] !== '') return NOTHING;
  const dir = privateFolder(join(env['NODE_COMPILE_CACHE'] || tmpdir(), `pokin-compile-cache-${process.version}-${process.arch}`));
  if (dir === undefined) return NOTHING;
  return cacheCommonJs(loader, dir, /^[a-z][a-z-]{0,19}$/.test(command) ? command : 'other');
}

/** The folder, made if missing; undefined when it cannot be made, or others could write in it. */
function privateFolder(dir: string): string | undefined {
  const uid = process.getuid?.();
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    if (!stat.isDirectory()) return undefined;
    // On Windows the temporary folder is the user's own, and there are no POSIX owners or modes.
    if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** Compiles every CommonJS module loaded from now on with its cache in `dir`. */
function cacheCommonJs(loader: Loader, dir: string, command: string): FinishCompileCache {
  const missing: { readonly script: vm.Script; readonly name: string }[] = [];
  const original = loader.prototype._compile;
  loader.prototype._compile = function compileWithCache(this: LoaderModule, content: string, filename: string): unknown {
    // Code that calls `import()` is left to Node: V8 drops from cached code the reference Node
    // needs to load the module (the program's own calls are in import-module.cjs for this).
    if (content.includes('import(')) return original.call(this, content, filename);
    const name = cacheName(filename, command, content);
    const file = join(dir, name);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(file);
    } catch {
      cachedData = undefined;
    }
    let script: vm.Script;
    try {
      script = new vm.Script(loader.wrap(content), { filename, cachedData });
    } catch {
      // A syntax error: Node's own compile reports it as usual.
      return original.call(this, content, filename);
    }
    if (cachedData === undefined || script.cachedDataRejected === true) missing.push({ script, name });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const require = Object.assign((id: string) => this.require(id), {
      resolve: Object.assign((request: string, options?: unknown) => loader._resolveFilename(request, this, false, options), {
        paths: (request: string) => loader._resolveLookupPaths(request, this),
      }),
      main: (process as { mainModule?: unknown }).mainModule,
      extensions: loader._extensions,
      cache: loader._cache,
    });
    return wrapper.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
  return () => {
    loader.prototype._compile = original;
    if (missing.length === 0) return;
    let present: string[];
    try {
      present = readdirSync(dir);
    } catch {
      return;
    }
    for (const { script, name } of missing) {
      try {
        // Written under another name first: a run reading the cache meanwhile never sees half of it.
        const part = join(dir, `${name}.${process.pid}`);
        writeFileSync(part, script.createCachedData(), { mode: 0o600 });
        renameSync(part, join(dir, name));
        // The caches of the file's earlier versions for this command (same prefix, another name).
        const prefix = name.slice(0, name.lastIndexOf('-') + 1);
        for (const other of present)
          if (other.startsWith(prefix) && other !== name && !other.includes('.')) rmSync(join(dir, other), { force: true });
      } catch {
        // A full or read-only disk: the next run compiles again.
      }
    }
  };
}

/**
 * The name of the cache of `filename` with the text `content` for `command`: a hash of its path,
 * the command, then a hash of its length, time of change, time of status change and inode
 * (FNV-1a, 32 bits each), so that the caches of one file and command share a prefix. npm gives
 * every file of a package the same time of change (1985), so an update that keeps a file's length
 * is told by the status change and the inode, which writing or replacing the file sets. Hashing
 * the text itself (a megabyte) would cost 3 to 4 ms of a 120 ms start.
 */
function cacheName(filename: string, command: string, content: string): string {
  let version: string;
  try {
    const stat = statSync(filename);
    version = `${content.length}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;
  } catch {
    version = `${content.length}:-1`;
  }
  return `${fnv(filename)}-${command}-${fnv(version)}`;
}

function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}
