/**
 * Where a plug-in named by a package name lives, found from the config file's folder the way
 * Node's `import` finds it: `node_modules` from that folder upwards, then the package's `exports`
 * with the `import`, `node` and `default` conditions (subpaths and `*` patterns too), else its
 * `main`, else `index.js`. `createRequire().resolve` would use the CommonJS conditions and miss a
 * package that exports only `import`; `import.meta.resolve` resolves from pokin's own folder and
 * does not exist in the CommonJS build.
 *
 * @module
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const CONDITIONS = new Set(['import', 'node', 'default']);

/** True when `path` is a file. */
const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile();

/** A target of `exports` (a string, a list of fallbacks, or conditions) as a path inside the package; undefined when none applies. */
function target(value: unknown, star: string | undefined): string | undefined {
  if (typeof value === 'string') return value.startsWith('./') ? (star === undefined ? value : value.replaceAll('*', star)) : undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = target(v, star);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const [condition, v] of Object.entries(value)) {
    if (!CONDITIONS.has(condition)) continue;
    const found = target(v, star);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The path `exports` gives for `subpath` (`.` or `./sub`), undefined when it gives none. */
function exported(exports: unknown, subpath: string): string | undefined {
  const map =
    exports !== null && typeof exports === 'object' && !Array.isArray(exports) && Object.keys(exports).some((k) => k.startsWith('.'))
      ? (exports as Record<string, unknown>)
      : { '.': exports };
  if (Object.hasOwn(map, subpath)) return target(map[subpath], undefined);
  // A pattern `./rules/*`: the longest prefix that matches.
  let best: string | undefined;
  for (const key of Object.keys(map)) {
    const at = key.indexOf('*');
    if (at < 0) continue;
    const [head, tail] = [key.slice(0, at), key.slice(at + 1)];
    if (
      subpath.startsWith(head) &&
      subpath.endsWith(tail) &&
      subpath.length >= key.length &&
      (best === undefined || head.length > best.indexOf('*'))
    )
      best = key;
  }
  if (best === undefined) return undefined;
  const at = best.indexOf('*');
  return target(map[best], subpath.slice(at, subpath.length - (best.length - at - 1)));
}

/** A file as `main` or a subpath names it, with the extensions CommonJS would try. */
function file(base: string): string | undefined {
  for (const candidate of [base, `${base}.js`, `${base}.mjs`, `${base}.cjs`, join(base, 'index.js')])
    if (isFile(candidate)) return candidate;
  return undefined;
}

/**
 * The file of the package `spec` (`name`, `@scope/name` or either with a subpath) as seen from
 * the folder `from`; undefined when it is not installed there or exports nothing for the subpath.
 */
export function resolvePackage(spec: string, from: string): string | undefined {
  const parts = spec.split('/');
  const nameLength = spec.startsWith('@') ? 2 : 1;
  if (parts.length < nameLength || parts.slice(0, nameLength).some((p) => p === '' || p === '.' || p === '..')) return undefined;
  const name = parts.slice(0, nameLength).join('/');
  const subpath = parts.length === nameLength ? '.' : `./${parts.slice(nameLength).join('/')}`;
  for (let dir = resolve(from), depth = 0; depth < 64; depth++) {
    const root = join(dir, 'node_modules', name);
    const manifest = join(root, 'package.json');
    if (isFile(manifest)) {
      let pkg: { exports?: unknown; main?: unknown };
      try {
        pkg = JSON.parse(readFileSync(manifest, 'utf8')) as typeof pkg;
      } catch {
        return undefined;
      }
      if (pkg.exports !== undefined) {
        const path = exported(pkg.exports, subpath);
        return path === undefined ? undefined : file(join(root, path));
      }
      if (subpath !== '.') return file(join(root, subpath));
      return (typeof pkg.main === 'string' ? file(join(root, pkg.main)) : undefined) ?? file(join(root, 'index'));
    }
    if (existsSync(root) && subpath === '.') return file(join(root, 'index'));
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}
