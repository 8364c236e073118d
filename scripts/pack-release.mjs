#!/usr/bin/env node
// The release tarballs: `pnpm pack` of the five packages into one folder (default
// out/release), each checked to carry no `workspace:` range, then the one npm command that
// installs them. Run after `pnpm build` (`pnpm release:pack` does both).
//
//   node scripts/pack-release.mjs [folder]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pnpmCommand } from './pnpm-command.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dest = resolve(process.argv[2] ?? join(root, 'out', 'release'));
const folders = ['core', 'svg', 'html', 'csv', 'xlsx', 'pdf', 'viewer', 'cli'];

const pnpm = pnpmCommand();

mkdirSync(dest, { recursive: true });
for (const folder of folders) {
  if (!existsSync(join(root, 'packages', folder, 'dist', 'index.js'))) {
    process.stderr.write(`packages/${folder} is not built: run "pnpm build" first (or "pnpm release:pack")\n`);
    process.exit(1);
  }
}
// One pnpm process packs them all (`pnpm -r pack`): a pnpm started per package cost about 2.5 s
// each, 21 s for the eight against 4.5 s (the tarballs are the same files).
const filters = folders.flatMap((folder) => ['--filter', `./packages/${folder}`]);
execFileSync(pnpm[0], [...pnpm.slice(1), '-r', ...filters, 'pack', '--pack-destination', dest], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const tarballs = [];
for (const folder of folders) {
  // pnpm names a tarball after the package's name and version: @pokin/core 0.1.0 -> pokin-core-0.1.0.tgz.
  const { name: pkg, version } = JSON.parse(readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8'));
  const name = `${pkg.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
  if (!existsSync(join(dest, name))) throw new Error(`pnpm pack made no tarball ${name} for packages/${folder}`);
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
