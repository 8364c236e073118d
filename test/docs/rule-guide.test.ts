/**
 * The plug-in test of docs/writing-a-rule.md (the ```js block after the marker
 * `<!-- guide-example: rule-test -->`) is real code: it runs with `node --test` beside
 * `examples/plugin-province/prov-contoh.js`, against the built `@pokin/core` installed as a
 * plug-in author would have it, and every test in it passes.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORE = join(ROOT, 'packages/core');

/** The ```js block that follows `<!-- guide-example: NAME -->` in a guide. */
function jsExample(markdown: string, name: string): string {
  const marker = `<!-- guide-example: ${name} -->`;
  const at = markdown.indexOf(marker);
  if (at < 0) throw new Error(`no ${marker}`);
  const m = /```js\n([\s\S]*?)\n```/.exec(markdown.slice(at));
  if (!m) throw new Error(`no js block after ${marker}`);
  return m[1]!;
}

describe.skipIf(!existsSync(join(CORE, 'dist/index.js')))('docs/writing-a-rule.md: the plug-in test (needs packages/core/dist)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pokin-rule-guide-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes with node --test, outside the repository', async () => {
    mkdirSync(join(dir, 'node_modules/@pokin'), { recursive: true });
    symlinkSync(CORE, join(dir, 'node_modules/@pokin/core'), 'dir');
    writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
    copyFileSync(join(ROOT, 'examples/plugin-province/prov-contoh.js'), join(dir, 'prov-contoh.js'));
    const test = jsExample(readFileSync(join(ROOT, 'docs/writing-a-rule.md'), 'utf8'), 'rule-test');
    writeFileSync(join(dir, 'prov-contoh.test.js'), test);
    const { stdout } = await run(process.execPath, ['--test', '--test-reporter=tap', 'prov-contoh.test.js'], { cwd: dir });
    expect(stdout).toMatch(/^# pass [1-9]/m);
    expect(stdout).toMatch(/^# fail 0$/m);
  }, 60_000);
});
