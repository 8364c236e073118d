/**
 * `changeset version` on the accumulated changesets, in a temporary copy of the workspace's
 * package.json files and .changeset folder (the checkout is left untouched): the five packages,
 * `fixed` together, all move to one new version and each gets a CHANGELOG.md that holds the
 * summaries of the changesets naming it.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGES, ROOT } from './packages.js';

const run = promisify(execFile);

/** The changesets waiting in .changeset/: the packages each names and its summary. */
function pending(): { file: string; packages: string[]; summary: string }[] {
  const dir = join(ROOT, '.changeset');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
      if (!m) throw new Error(`.changeset/${file} has no front matter`);
      const packages = [...m[1]!.matchAll(/^["']?(@pokin\/[a-z]+)["']?\s*:\s*(?:patch|minor|major)\s*$/gm)].map((x) => x[1]!);
      return { file, packages, summary: m[2]!.trim() };
    });
}

const changesets = pending();

describe.skipIf(changesets.length === 0)('changesets: `changeset version` on the pending changesets', () => {
  let dir: string;
  let log: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pokin-changesets-'));
    for (const f of ['package.json', 'pnpm-workspace.yaml']) cpSync(join(ROOT, f), join(dir, f));
    cpSync(join(ROOT, '.changeset'), join(dir, '.changeset'), { recursive: true });
    for (const p of PACKAGES) {
      mkdirSync(join(dir, 'packages', p.folder), { recursive: true });
      cpSync(join(p.dir, 'package.json'), join(dir, 'packages', p.folder, 'package.json'));
      if (existsSync(join(p.dir, 'CHANGELOG.md'))) cpSync(join(p.dir, 'CHANGELOG.md'), join(dir, 'packages', p.folder, 'CHANGELOG.md'));
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    // A repository whose one commit adds the changesets, as in a checkout: `changeset version` asks
    // git which commit added each changeset, a spawn per file and again under the legacy paths for
    // each file git did not answer. Outside a repository all of them failed (about 800 spawns, 15 s
    // of CPU); here the first round answers them all (10 s).
    const git = (...args: string[]) =>
      run('git', ['-c', 'user.name=pokin', '-c', 'user.email=pokin@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir });
    await git('init', '-q');
    await git('add', '.changeset');
    await git('commit', '-q', '-m', 'changesets');
    const r = await run(process.execPath, [join(ROOT, 'node_modules/@changesets/cli/bin.js'), 'version'], { cwd: dir });
    log = r.stdout + r.stderr;
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('every changeset names only @pokin packages, each with a summary', () => {
    for (const c of changesets) {
      expect(c.packages.length, `.changeset/${c.file} names a package`).toBeGreaterThan(0);
      for (const p of c.packages)
        expect(
          PACKAGES.map((x) => x.name),
          `.changeset/${c.file}`,
        ).toContain(p);
      expect(c.summary.length, `.changeset/${c.file} has a summary`).toBeGreaterThan(10);
    }
  });

  it('moves the five packages, fixed together, to one new version and consumes the changesets', () => {
    expect(log).toMatch(/All files have been updated/);
    const before = PACKAGES.map((p) => JSON.parse(readFileSync(join(p.dir, 'package.json'), 'utf8')).version as string);
    const after = PACKAGES.map((p) => JSON.parse(readFileSync(join(dir, 'packages', p.folder, 'package.json'), 'utf8')).version as string);
    expect(new Set(after).size).toBe(1);
    expect(after[0]).not.toBe(before[0]);
    expect(readdirSync(join(dir, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md')).toEqual([]);
  });

  it("writes a CHANGELOG.md per package, with the new version and the package's own entries", () => {
    for (const p of PACKAGES) {
      const version = JSON.parse(readFileSync(join(dir, 'packages', p.folder, 'package.json'), 'utf8')).version as string;
      const log = readFileSync(join(dir, 'packages', p.folder, 'CHANGELOG.md'), 'utf8');
      expect(log.startsWith(`# ${p.name}\n`), p.name).toBe(true);
      expect(log).toContain(`## ${version}`);
      const section = log.slice(log.indexOf(`## ${version}`)).split(/\n## /)[0]!;
      for (const c of changesets.filter((c) => c.packages.includes(p.name))) {
        expect(section, `${p.name} changelog has .changeset/${c.file}`).toContain(c.summary.split('\n')[0]!);
      }
    }
  });
});
