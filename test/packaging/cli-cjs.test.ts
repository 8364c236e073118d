/**
 * `@pokin/cli`'s CommonJS build (`require('@pokin/cli').run`): every command it loads on demand
 * shares the one CommonJS copy of core with the rest of `run`. An `import()` of a workspace package
 * there loaded its ES module build and core's with it: two `Cascade` classes, and the HTML
 * renderer refused the other copy's tree ("Cannot read private member #store").
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './packages.js';

const CLI = join(ROOT, 'packages/cli');
const EXAMPLE = join(ROOT, 'examples/bkpsdm/pokin.yaml');
const DIFF = join(ROOT, 'examples/diff');
const requireCli = createRequire(join(CLI, 'package.json'));

type Run = (argv: string[], io: { stdout: Sink; stderr: Sink }) => Promise<number>;
interface Sink {
  write(s: string): boolean;
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const { run: runCli } = requireCli('@pokin/cli') as { run: Run };
  let out = '';
  let err = '';
  const code = await runCli([...argv, '--locale', 'en'], {
    stdout: { write: (s) => ((out += s), true) },
    stderr: { write: (s) => ((err += s), true) },
  });
  return { code, out, err };
}

describe('the CommonJS build of @pokin/cli', () => {
  it('requires the workspace packages it loads on demand (no import() of them)', () => {
    const built = readFileSync(join(CLI, 'dist/index.cjs'), 'utf8');
    expect(built).not.toMatch(/\bimport\(["']@pokin\//);
    expect(built).toMatch(/require\("@pokin\/html"\)/);
  });

  it.each([
    ['html', /^<!DOCTYPE html>/i],
    ['svg', /^<\?xml/],
    ['csv', /^\uFEFF?result_id,/],
  ])('renders the example as %s', async (to, start) => {
    const r = await run(['render', EXAMPLE, '--to', to]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(start);
  });

  it('reviews and diffs', async () => {
    const review = await run(['review', EXAMPLE, '--format', 'json']);
    expect([0, 1], review.err).toContain(review.code);
    expect(JSON.parse(review.out)).toBeInstanceOf(Array);
    const diff = await run(['diff', join(DIFF, 'bkpsdm-2025.yaml'), join(DIFF, 'bkpsdm-2026.yaml'), '--format', 'json']);
    expect(diff.code, diff.err).toBe(0);
    expect((JSON.parse(diff.out) as { summary: { changes: Record<string, number> } }).summary.changes).toMatchObject({
      moved: 1,
      reworded: 1,
    });
  });
});
