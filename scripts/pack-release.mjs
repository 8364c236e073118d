#!/usr/bin/env node
// The release tarballs: `pnpm pack` of the five packages into one folder (default
// out/release), each checked to carry no `workspace:` range, then the one npm command that
// installs them. Run after `pnpm build` (`pnpm release:pack` does both).
//
//   node scripts/pack-release.mjs [folder]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pnpmCommand } from './pnpm-command.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dest = resolve(process.argv[2] ?? join(root, 'out', 'release'));
const folders = ['core', 'svg', 'html', 'csv', 'xlsx', 'pdf', 'viewer', 'cli'];

const pnpm = pnpmCommand();

mkdirSync(dest, { recursive: true });
const tarballs = [];
for (const folder of folders) {
  const dir = join(root, 'packages', folder);
  if (!existsSync(join(dir, 'dist', 'index.js'))) {
    process.stderr.write(`packages/${folder} is not built: run "pnpm build" first (or "pnpm release:pack")\n`);
    process.exit(1);
  }
  const before = new Set(readdirSync(dest));
  execFileSync(pnpm[0], [...pnpm.slice(1), 'pack', '--pack-destination', dest], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  const made = readdirSync(dest).filter((f) => f.endsWith('.tgz') && !before.has(f));
  // A tarball packed again with the same version has the same name: take the package's own.
  const name = made[0] ?? readdirSync(dest).find((f) => f.startsWith(`pokin-${folder}-`) && f.endsWith('.tgz'));
  if (name === undefined) throw new Error(`pnpm pack made no tarball for packages/${folder}`);
  const manifest = execFileSync('tar', ['-xOzf', join(dest, name), 'package/package.json'], { encoding: 'utf8' });
  if (manifest.includes('workspace:')) {
    process.stderr.write(`${name}: its package.json still holds a workspace: range; it cannot be installed\n`);
    process.exit(1);
  }
  tarballs.push(join(dest, name));
}
const shown = tarballs.map((t) => {
  const rel = relative(process.cwd(), t);
  return rel === '' || rel.startsWith('..') ? t : rel;
});
process.stdout.write(
  `${tarballs.map((t) => `${t}\n`).join('')}\nInstall them together, with npm alone:\n  npm install ${shown.join(' ')}\n`,
);
