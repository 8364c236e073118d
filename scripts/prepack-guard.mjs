#!/usr/bin/env node
// `prepack` of every published package: refuses to pack a package.json that still holds
// `workspace:` ranges unless pnpm is packing it (pnpm rewrites them to real version ranges in the
// tarball; npm copies them as they are, and such a tarball cannot be installed). Run from the
// package's folder by npm or pnpm.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const agent = process.env.npm_config_user_agent ?? '';
const byPnpm = /^pnpm\//.test(agent);
const linked = [];
for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
  for (const [name, range] of Object.entries(pkg[field] ?? {})) if (String(range).startsWith('workspace:')) linked.push(`${name}@${range}`);
}
if (linked.length > 0 && !byPnpm) {
  process.stderr.write(
    `${pkg.name}: refused to pack: its dependencies ${linked.join(', ')} are workspace links, which npm ` +
      `would copy into the tarball as they are, and such a tarball cannot be installed.\n` +
      `Pack with pnpm, which writes the real versions: "pnpm pack" in this folder, or "pnpm release:pack" ` +
      `at the repository root for all five packages (docs/releasing.md).\n`,
  );
  process.exit(1);
}
