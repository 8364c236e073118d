/**
 * Global setup of the slow vitest project: builds the packages when a build is missing or older
 * than a source, so the suites that test `dist/` (the CLI binary, packaging, the API site, the
 * bench) run against the current code without `pnpm test` rebuilding everything first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pnpmCommand } from '../../scripts/pnpm-command.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Newest modification time under `dir` (files only), or 0 when it does not exist. */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) t = Math.max(t, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return t;
}

/** True when a package's `dist/` is missing or older than its sources, package.json or tsup config. */
function stale(pkg: string): boolean {
  const dir = join(ROOT, 'packages', pkg);
  const built = join(dir, 'dist', 'index.js');
  if (!existsSync(built)) return true;
  const inputs = Math.max(
    newest(join(dir, 'src')),
    ...['package.json', 'tsup.config.ts'].map((f) => (existsSync(join(dir, f)) ? statSync(join(dir, f)).mtimeMs : 0)),
  );
  return inputs > statSync(built).mtimeMs;
}

export default function setup(): void {
  const packages = readdirSync(join(ROOT, 'packages')).filter((p) => existsSync(join(ROOT, 'packages', p, 'package.json')));
  // Packages depend on each other's builds, so one stale package rebuilds them all, in order.
  if (!packages.some(stale)) return;
  const [program, ...args] = pnpmCommand();
  execFileSync(program, [...args, 'run', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
