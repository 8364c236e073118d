/**
 * `pokin diff` reads large files in worker threads (`src/input/versions.ts`), which only the built
 * binary has: the same inputs through the workers and through the main thread give the same
 * report, and a bad file the same one error (file, line, field, in the user's language), with no
 * output file written.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, smallTree, tempDir } from './support.js';

const OLD = join(ROOT, 'examples', 'diff', 'bkpsdm-2025.yaml');
const NEW = join(ROOT, 'examples', 'diff', 'bkpsdm-2026.yaml');
const good = JSON.stringify(smallTree());
const dir = tempDir({
  'good.json': good,
  'syntax.json': '{\n  "pokin": 1,\n  "title": "x",\n}\n',
  'unknown-key.json': JSON.stringify(smallTree({ colour: 'red' }), null, 2),
  'duplicate.json': `{"pokin": 1, "pokin": 1, ${good.slice(1)}`,
  'latin1.json': Buffer.concat([Buffer.from('{"pokin": 1,\n "title": "Caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]),
  'bad-parent.json': JSON.stringify(smallTree({ results: [{ id: 'A', level: 'goal', statement: 'x', parent: 'Z' }] }), null, 2),
});
afterAll(() => dir.cleanup());

beforeAll(() => {
  if (!existsSync(BIN)) execFileSync('pnpm', ['--filter', '@pokin/cli', 'build'], { cwd: ROOT, stdio: 'ignore' });
});

function diff(mode: 'always' | 'never', args: readonly string[]) {
  const r = spawnSync(process.execPath, [BIN, 'diff', ...args], {
    cwd: dir.dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, POKIN_DIFF_WORKERS: mode },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('pokin diff in worker threads', () => {
  it('the worker is built beside the binary (else the threads would fall back to the main thread)', () => {
    expect(existsSync(join(ROOT, 'packages', 'cli', 'dist', 'versions-worker.js'))).toBe(true);
  });

  it.each([['text'], ['json'], ['csv']])('reports the same changes as the main thread (%s)', (format) => {
    const args = [OLD, NEW, '--format', format, '--locale', 'en'];
    const threads = diff('always', args);
    expect(threads.code).toBe(0);
    expect(threads).toEqual(diff('never', args));
    expect(threads.stdout).toContain('OP21');
  });

  it.each([
    ['syntax.json', 'good.json', 'id'],
    ['good.json', 'syntax.json', 'en'],
    ['unknown-key.json', 'good.json', 'id'],
    ['good.json', 'unknown-key.json', 'en'],
    ['duplicate.json', 'good.json', 'en'],
    ['missing.json', 'good.json', 'id'],
    ['syntax.json', 'unknown-key.json', 'en'],
    ['good.json', 'latin1.json', 'id'],
    ['bad-parent.json', 'good.json', 'en'],
  ])('a bad file (%s, %s, --locale %s) gives the one error the main thread gives', (a, b, locale) => {
    const args = [a, b, '--locale', locale, '-o', 'out.json', '--format', 'json'];
    const threads = diff('always', args);
    expect(threads.code).toBe(2);
    expect(threads.stderr).toMatch(/^pokin: \S+\.json/);
    expect(threads.stderr).not.toMatch(/\n\s+at /);
    expect(threads).toEqual(diff('never', args));
    expect(existsSync(dir.path('out.json'))).toBe(false);
  });

  it('limits still apply in a worker', () => {
    const args = ['good.json', 'good.json', '--max-bytes', '100'];
    const threads = diff('always', args);
    expect(threads.code).toBe(2);
    expect(threads.stderr).toContain('--max-bytes');
    expect(threads).toEqual(diff('never', args));
  });
});
