/**
 * The binary's code cache (src/compile-cache.ts) on Node 20, which has no cache of its own: a
 * module is compiled with the cache kept for it, a changed module afresh, and nothing is kept in
 * a folder others could write, or when NODE_DISABLE_COMPILE_CACHE is set. On Node 22.1+ Node's own
 * cache is used and these cases do not apply. bin.test.ts runs the built binary twice on one cache.
 */
import { chmodSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import nodeModule, { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCompileCache } from '../src/compile-cache.js';
import { tempDir } from './support.js';

const NODE_HAS_ITS_OWN = (nodeModule as { enableCompileCache?: unknown }).enableCompileCache !== undefined;

const dir = tempDir({
  'answer.cjs':
    "const { basename } = require('node:path');\nmodule.exports = () => 'one ' + basename(__filename) + ' ' + typeof require.resolve;\n",
  'later.mjs': 'export const value = 42;\n',
  'imports.cjs': "module.exports = () => import('./later.mjs').then((m) => m.value);\n",
});
afterAll(() => dir.cleanup());

/** Loads `file` afresh through the cache of `command` under `env.NODE_COMPILE_CACHE`; returns what it exports and the cache files after the run. */
function load(file: string, env: NodeJS.ProcessEnv, command = 'review'): { readonly exported: unknown; readonly files: string[] } {
  const require = createRequire(join(dir.dir, 'index.cjs'));
  const path = require.resolve(file);
  delete require.cache[path];
  const finish = startCompileCache(command, env);
  let exported: unknown;
  try {
    exported = require(path);
  } finally {
    finish();
  }
  return { exported, files: cacheFiles(env['NODE_COMPILE_CACHE']!) };
}

function cacheFiles(root: string): string[] {
  try {
    return readdirSync(root).flatMap((d) => readdirSync(join(root, d)).map((f) => join(root, d, f)));
  } catch {
    return [];
  }
}

describe.skipIf(NODE_HAS_ITS_OWN)('the code cache of the binary on Node 20', () => {
  it('keeps a module compiled once, and reads it again the next time', () => {
    const env = { NODE_COMPILE_CACHE: dir.path('cache-a') };
    const first = load('./answer.cjs', env);
    expect((first.exported as () => string)()).toBe('one answer.cjs function');
    expect(first.files).toHaveLength(1);
    const written = statSync(first.files[0]!).mtimeMs;
    const second = load('./answer.cjs', env);
    expect((second.exported as () => string)()).toBe('one answer.cjs function');
    // Accepted, so not written again.
    expect(second.files).toEqual(first.files);
    expect(statSync(second.files[0]!).mtimeMs).toBe(written);
    expect(statSync(join(env.NODE_COMPILE_CACHE, readdirSync(env.NODE_COMPILE_CACHE)[0]!)).mode & 0o077).toBe(0);
  });

  it('compiles a changed module afresh, even one of the same length and time of change', () => {
    const env = { NODE_COMPILE_CACHE: dir.path('cache-b') };
    // As npm leaves a package: every file's time of change set to 1985-10-26.
    const npmTime = new Date('1985-10-26T08:15:00Z');
    writeFileSync(dir.path('changing.cjs'), "module.exports = 'aaa';\n");
    utimesSync(dir.path('changing.cjs'), npmTime, npmTime);
    const first = load('./changing.cjs', env);
    expect(first.exported).toBe('aaa');
    writeFileSync(dir.path('changing.cjs'), "module.exports = 'bbb';\n");
    utimesSync(dir.path('changing.cjs'), npmTime, npmTime);
    const again = load('./changing.cjs', env);
    expect(again.exported).toBe('bbb');
    // The cache of the earlier text is replaced, not kept beside the new one.
    expect(again.files).toHaveLength(1);
    expect(again.files).not.toEqual(first.files);
  });

  it('keeps a cache per command: the first run of each compiles what that command runs', () => {
    const env = { NODE_COMPILE_CACHE: dir.path('cache-f') };
    expect(load('./answer.cjs', env, 'review').files).toHaveLength(1);
    expect(load('./answer.cjs', env, 'render').files).toHaveLength(2);
    expect(load('./answer.cjs', env, 'review').files).toHaveLength(2);
  });

  it("lets a cached module import an ES module (a review plug-in's config)", async () => {
    const env = { NODE_COMPILE_CACHE: dir.path('cache-c') };
    load('./imports.cjs', env);
    const { exported } = load('./imports.cjs', env);
    await expect((exported as () => Promise<number>)()).resolves.toBe(42);
  });

  it('keeps nothing when NODE_DISABLE_COMPILE_CACHE is set', () => {
    const env = { NODE_COMPILE_CACHE: dir.path('cache-d'), NODE_DISABLE_COMPILE_CACHE: '1' };
    expect((load('./answer.cjs', env).exported as () => string)()).toBe('one answer.cjs function');
    expect(cacheFiles(env.NODE_COMPILE_CACHE)).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('neither reads nor writes a cache in a folder others can write', () => {
    const env = { NODE_COMPILE_CACHE: dir.path('cache-e') };
    expect(load('./answer.cjs', env).files).toHaveLength(1);
    const folder = join(env.NODE_COMPILE_CACHE, readdirSync(env.NODE_COMPILE_CACHE)[0]!);
    chmodSync(folder, 0o777);
    writeFileSync(dir.path('other.cjs'), "module.exports = 'other';\n");
    expect(load('./other.cjs', env).exported).toBe('other');
    expect(cacheFiles(env.NODE_COMPILE_CACHE)).toHaveLength(1);
  });
});
