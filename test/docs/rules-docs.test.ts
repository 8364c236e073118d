/**
 * docs/rules.md and docs/aturan.md are written by `packages/core/scripts/rules-docs.mjs` from the
 * rules' metadata (the built `@pokin/core`), the explanations, the regulation's passages, the heads
 * and the corpus figures: what is committed must be what the script writes, so a rule's new
 * description or message cannot be left out of the docs, nor a hand edit lost at the next run.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the rules reference', () => {
  it('is what rules-docs.mjs writes', () => {
    const run = spawnSync(process.execPath, ['packages/core/scripts/rules-docs.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
