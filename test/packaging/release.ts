/**
 * The release tarballs (`scripts/pack-release.mjs`) and one npm install of them, made once per
 * vitest run and shared by the packaging suites: publint and attw read the tarballs, the install
 * suites run what npm installed. Packing and installing per file cost three `pnpm pack` of every
 * package and two installs.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { oncePerRun } from '../support/once-per-run.js';
import { ROOT, run } from './packages.js';

/** Paths of the eight tarballs, in dependency order (core first, cli last). */
export function releaseTarballs(): Promise<string[]> {
  return oncePerRun('release', async (dir) => {
    const { stdout } = await run(process.execPath, ['scripts/pack-release.mjs', dir], {
      cwd: ROOT,
      env: { ...process.env, CI: 'true' },
    });
    return stdout.split('\n').filter((l) => l.endsWith('.tgz') && !l.includes(' '));
  });
}

/**
 * The folder of a new npm project (`npm init -y`) into which the eight tarballs were installed
 * together with npm alone, as the README says.
 */
export function installedRelease(): Promise<string> {
  return oncePerRun('installed', async (dir) => {
    const tarballs = await releaseTarballs();
    const app = join(dir, 'pohon-kinerja');
    mkdirSync(app);
    await run('npm', ['init', '-y'], { cwd: app });
    const quiet = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
    await run('npm', ['install', ...tarballs, ...quiet], { cwd: app, maxBuffer: 64 << 20 });
    return app;
  });
}
