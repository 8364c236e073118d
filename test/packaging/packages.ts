/**
 * The five published packages, where they live, and which of them are built. Shared by the
 * packaging tests (publint/attw, and the tarball install).
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const run = promisify(execFile);

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** One workspace package that is published to npm. */
export interface PublishedPackage {
  /** npm name, e.g. `@pokin/core`. */
  name: string;
  /** Folder under packages/. */
  folder: string;
  /** Absolute path of the package folder. */
  dir: string;
  /** The `@pokin/*` packages it depends on (from its package.json). */
  pokinDeps: string[];
}

const FOLDERS = ['core', 'svg', 'html', 'csv', 'xlsx', 'pdf', 'viewer', 'cli'] as const;

/** All the packages, in dependency order (core first, cli last). */
export const PACKAGES: PublishedPackage[] = FOLDERS.map((folder) => {
  const dir = join(ROOT, 'packages', folder);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name: string;
    dependencies?: Record<string, string>;
  };
  return {
    name: pkg.name,
    folder,
    dir,
    pokinDeps: Object.keys(pkg.dependencies ?? {}).filter((d) => d.startsWith('@pokin/')),
  };
});

/** True when the package's dist holds the ESM, CJS and type entry points. */
export function isBuilt(p: PublishedPackage): boolean {
  const dist = join(p.dir, 'dist');
  return ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts'].every((f) => existsSync(join(dist, f)));
}

/** Packages that are not built yet (`pnpm build` has not run, or their build failed). */
export const missing = (): PublishedPackage[] => PACKAGES.filter((p) => !isBuilt(p));

/**
 * The built packages whose `@pokin/*` dependencies are all built too: the set that can be packed
 * and installed together without reaching for the registry for a `@pokin/*` package.
 */
export function installable(): PublishedPackage[] {
  const ok = new Set<string>();
  for (const p of PACKAGES) {
    if (isBuilt(p) && p.pokinDeps.every((d) => ok.has(d))) ok.add(p.name);
  }
  return PACKAGES.filter((p) => ok.has(p.name));
}

/** Message for a package that is skipped because it is not built. */
export const notBuilt = (p: PublishedPackage): string =>
  `${p.name} is not built (packages/${p.folder}/dist is missing): run \`pnpm build\``;
