// The committed examples/bkpsdm/pokin.pdf and pokin-a4.pdf are what the built renderer makes of
// pokin.yaml today (`node packages/pdf/scripts/render-example.mjs` regenerates them).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const built = existsSync(`${root}packages/pdf/dist/index.js`);

describe.skipIf(!built)('committed BKPSDM PDFs', () => {
  it('are up to date', () => {
    expect(() =>
      execFileSync(process.execPath, ['packages/pdf/scripts/render-example.mjs', '--check'], { cwd: root, stdio: 'pipe' }),
    ).not.toThrow();
  });
});
