/**
 * publint and @arethetypeswrong on each of the five packages, as npm would publish them.
 *
 * attw as with `--profile node16`: it checks `node16` from CJS, `node16` from ESM and `bundler`,
 * and ignores `node10` (TypeScript's legacy `moduleResolution: "node"`), which cannot see
 * `exports` subpaths such as `@pokin/core/testing`. The packages require Node >= 20.19, where
 * TypeScript users resolve with `node16`/`nodenext` or `bundler`; the root entry points still
 * resolve under node10 through `main`/`types`.
 *
 * attw's analysis runs in this process (`@arethetypeswrong/core`, what the `attw` command runs
 * with `--format json`) instead of one `attw` process per tarball: the eight analyses then share
 * TypeScript's loaded compiler and library files, about 7 s of CPU instead of 30.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGES, isBuilt, missing, notBuilt, run } from './packages.js';
import { releaseTarballs } from './release.js';

describe('packaging: publint and attw', () => {
  const tarballs = new Map<string, string>();

  beforeAll(async () => {
    // The release tarballs, packed once per run (release.ts), when every package is built.
    if (missing().length > 0) return;
    const packed = await releaseTarballs();
    for (const p of PACKAGES)
      tarballs.set(
        p.name,
        packed.find((t) => basename(t).startsWith(`pokin-${p.folder}-`))!,
      );
  });

  it('all five packages are built', () => {
    expect(missing().map(notBuilt)).toEqual([]);
  });

  for (const p of PACKAGES) {
    describe(p.name, () => {
      it.skipIf(!isBuilt(p))('publint reports no error, warning or suggestion', async () => {
        // The tarball pnpm packed (what `pnpm publish` would upload), with workspace ranges rewritten.
        const data = readFileSync(tarballs.get(p.name)!);
        const tarball = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
        const { messages, pkg } = await publint({ pack: { tarball }, level: 'suggestion', strict: true });
        expect(messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false })}`)).toEqual([]);
      });

      it.skipIf(!isBuilt(p))('the tarball holds dist, package.json, README.md and LICENSE, and no sources or tests', async () => {
        const { stdout } = await run('tar', ['-tzf', tarballs.get(p.name)!]);
        const files = stdout
          .split('\n')
          .filter(Boolean)
          .map((f) => f.replace(/^package\//, ''));
        for (const f of [
          'package.json',
          'README.md',
          'LICENSE',
          'dist/index.js',
          'dist/index.cjs',
          'dist/index.d.ts',
          'dist/index.d.cts',
        ]) {
          expect(files, `${p.name} packs ${f}`).toContain(f);
        }
        expect(files.filter((f) => /^(?:src|test|scripts)\//.test(f) || /\.test\.[cm]?[jt]s$/.test(f))).toEqual([]);
      });

      it.skipIf(!isBuilt(p))('@arethetypeswrong finds no problem (profile node16)', async () => {
        // The analysis `attw <tarball> --format json` prints as `analysis`.
        const analysis = await checkPackage(createPackageFromTarballData(new Uint8Array(readFileSync(tarballs.get(p.name)!))));
        expect(analysis.types, 'the package ships types').toBeTruthy();
        // Profile node16: the problems of every resolution but node10.
        const problems = ('problems' in analysis ? analysis.problems : []).filter(
          (x) => !('resolutionKind' in x) || x.resolutionKind !== 'node10',
        );
        expect(problems).toEqual([]);
      });
    });
  }
});
