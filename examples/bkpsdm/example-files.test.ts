import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The committed pokin.svg, pokin.png and pokin.html are what the renderers make of pokin.yaml
// today (`pnpm examples` regenerates them). The scripts read the built packages.
const root = fileURLToPath(new URL('../../', import.meta.url));
const built = ['svg'].every((p) => existsSync(`${root}packages/${p}/dist/index.js`));

describe.skipIf(!built)('committed BKPSDM example files', () => {
  // pokin.svg and pokin.html are also the golden files of the svg and html tests; the PNG is
  // checked here, through the script that makes it.
  it('the SVG and PNG are up to date', () => {
    expect(() =>
      execFileSync(process.execPath, ['packages/svg/scripts/render-example.mjs', '--check'], { cwd: root, stdio: 'pipe' }),
    ).not.toThrow();
  });
});
