/**
 * The install path the README gives until the packages are on npm: the release tarballs made by
 * `scripts/pack-release.mjs` (`pnpm release:pack`) carry no `workspace:` range, install together
 * into an empty folder with npm alone, and the `pokin` they install runs `--version` and reviews
 * the example. `npm pack` of a package with `workspace:` links is refused by its `prepack` guard
 * (npm would copy the links into the tarball as they are, and it would not install).
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGES, ROOT, missing } from './packages.js';
import { installedRelease, releaseTarballs } from './release.js';

const run = promisify(execFile);
type Failed = { code?: number; stdout?: string; stderr?: string };

describe('packaging: release tarballs installed with npm alone', () => {
  let dir: string;
  let tarballs: string[] = [];

  beforeAll(async () => {
    expect(
      missing().map((p) => p.name),
      'build every package first (pnpm build)',
    ).toEqual([]);
    dir = mkdtempSync(join(tmpdir(), 'pokin-release-'));
    tarballs = await releaseTarballs();
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('npm pack of a package with workspace: links is refused, and leaves no tarball', async () => {
    const svg = PACKAGES.find((p) => p.name === '@pokin/svg')!;
    const out = join(dir, 'npm-pack');
    mkdirSync(out);
    // As a user's shell runs it: without the npm_* variables of the pnpm that runs this suite (the
    // guard lets pnpm's own pack through by its user agent).
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')));
    const result = await run('npm', ['pack', '--pack-destination', out], { cwd: svg.dir, env }).then(
      () => ({ code: 0, stderr: '' }),
      (e: Failed) => ({ code: e.code ?? 1, stderr: e.stderr ?? '' }),
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/@pokin\/svg: refused to pack: its dependencies @pokin\/core@workspace:\^ are workspace links/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('pack-release makes eight tarballs without workspace: ranges', async () => {
    expect(tarballs.map((t) => t.slice(t.lastIndexOf('/') + 1).replace(/-\d+\.\d+\.\d.*$/, ''))).toEqual([
      'pokin-core',
      'pokin-svg',
      'pokin-html',
      'pokin-csv',
      'pokin-xlsx',
      'pokin-pdf',
      'pokin-viewer',
      'pokin-cli',
    ]);
    for (const t of tarballs) {
      const { stdout } = await run('tar', ['-xOzf', t, 'package/package.json']);
      expect(stdout, t).not.toMatch(/workspace:/);
    }
  });

  it('the eight install together into an empty folder with npm alone; pokin --version and a review run', async () => {
    // As the README says: a new folder, npm init, one npm install of the eight tarballs (once
    // per run, shared with install.test.ts).
    const app = await installedRelease();
    const bin = join(app, 'node_modules', '.bin', 'pokin');
    expect(existsSync(bin)).toBe(true);
    const version = await run(bin, ['--version'], { cwd: app });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    copyFileSync(join(ROOT, 'examples', 'bkpsdm', 'pokin.yaml'), join(app, 'pokin.yaml'));
    const review = await run(bin, ['review', 'pokin.yaml', '--format', 'json'], { cwd: app }).catch((e: Failed) => ({
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? '',
    }));
    const rows = JSON.parse(review.stdout) as { file: string; rule: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.file === 'pokin.yaml' && r.rule !== 'parse-error')).toBe(true);
  });
});
