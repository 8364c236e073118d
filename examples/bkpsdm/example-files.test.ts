import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The committed pokin.svg, pokin.png and pokin.html are what the renderers make of pokin.yaml
// today (`pnpm examples` regenerates them). The scripts read the built packages.
const root = fileURLToPath(new URL('../../', import.meta.url));
const built = ['svg', 'html'].every((p) => existsSync(`${root}packages/${p}/dist/index.js`));

describe.skipIf(!built)('committed BKPSDM example files', () => {
  it.each([
    ['SVG and PNG', 'packages/svg/scripts/render-example.mjs'],
    ['HTML', 'packages/html/scripts/render-example.mjs'],
  ])('the %s are up to date', (_, script) => {
    expect(() => execFileSync(process.execPath, [script, '--check'], { cwd: root, stdio: 'pipe' })).not.toThrow();
  });
});
