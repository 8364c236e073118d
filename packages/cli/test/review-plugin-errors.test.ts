/**
 * A plug-in of the review config that fails: a rule that throws or returns no visitors, an async
 * `create`, a rule id of pokin's, messages whose two texts differ in placeholders. Each is one line
 * on stderr naming the config file, the plug-in and the rule, in the user's language, exit code 2;
 * and a plug-in published as an ES module only is found by its package name.
 */
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { guardStandardStreams } from '../src/io.js';
import { cli, EXAMPLE, ROOT, tempDir } from './support.js';

const rule = (id: string, create: string, messages = "{ m: { id: 'Hasil {id}.', en: 'Result {id}.' } }") =>
  `{ meta: { id: '${id}', defaultSeverity: 'warning', category: 'statement', description: { id: 'Uji.', en: 'Test.' }, messages: ${messages} }, create: ${create} }`;
const plugin = (...rules: string[]) => `export default { name: 'prov-x', rules: [${rules.join(', ')}] };\n`;
const config = (...plugins: string[]) => JSON.stringify({ plugins });

const t = tempDir({
  'boom.mjs': plugin(rule('prov-x/r', "() => ({ result() { throw new TypeError('boom'); } })")),
  'boom.json': config('./boom.mjs'),
  'async.mjs': plugin(rule('prov-x/r', 'async () => ({})')),
  'async.json': config('./async.mjs'),
  'clash.mjs': plugin(rule('agency-unlinked', '() => ({})')),
  'clash.json': config('./clash.mjs'),
  'twice.json': config('./boom.mjs', './async.mjs'),
  'holes.mjs': plugin(rule('prov-x/r', '() => ({})', "{ m: { id: 'Hasil {id}', en: 'Result {ident}' } }")),
  'holes.json': config('./holes.mjs'),
  'noen.mjs': plugin(rule('prov-x/r', '() => ({})', "{ m: { id: 'Hasil' } }")),
  'noen.json': config('./noen.mjs'),
  // An ES-module-only package, found from the config's folder by its name.
  'esm/node_modules/pokin-plugin-prov/package.json': JSON.stringify({
    name: 'pokin-plugin-prov',
    type: 'module',
    exports: { '.': { import: './index.js' } },
  }),
  'esm/node_modules/pokin-plugin-prov/index.js': `export default { name: 'prov', rules: [${rule('prov/esm', "(c) => ({ exit() { c.report({ messageId: 'm', data: { id: 'X' } }); } })")}] };\n`,
  'esm/pokin.config.json': config('pokin-plugin-prov'),
});
afterAll(() => t.cleanup());
const WORKSPACE = join(ROOT, 'examples', 'bkpsdm');

describe('a plug-in rule that fails while the review runs', () => {
  it('a visitor that throws: one line naming the file, plug-in, rule, result and message; exit 2', async () => {
    const en = await cli(['review', EXAMPLE, '--config', t.path('boom.json'), '--locale', 'en']);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.errLines).toHaveLength(1);
    expect(en.errLines[0]).toMatch(
      new RegExp(
        `^pokin: ${t.path('boom.json')}: plug-in "./boom.mjs": rule "prov-x/r" threw in the result visitor at result "[^"]+": boom$`,
      ),
    );
    const id = await cli(['review', EXAMPLE, '--config', t.path('boom.json'), '--locale', 'id']);
    expect(id.code).toBe(2);
    expect(id.errLines[0]).toMatch(/: plug-in "\.\/boom\.mjs": aturan "prov-x\/r" gagal di visitor result pada hasil "[^"]+": boom$/);
  });

  it('an async create is refused, not silently ignored', async () => {
    const r = await cli(['review', EXAMPLE, '--config', t.path('async.json'), '--locale', 'en']);
    expect(r.code).toBe(2);
    expect(r.errLines).toEqual([
      `pokin: ${t.path('async.json')}: plug-in "./async.mjs": rule "prov-x/r": create must return its visitors, not a Promise (create cannot be async)`,
    ]);
  });
});

describe('a plug-in that cannot be loaded', () => {
  it("a rule with the id of pokin's workspace rule is refused in a review and a workspace review alike", async () => {
    const line = `pokin: ${t.path('clash.json')}: invalid plug-in "./clash.mjs": rule "agency-unlinked" clashes with pokin's built-in rule of that id; give it the plug-in's prefix`;
    for (const args of [[EXAMPLE], [WORKSPACE, '--workspace']]) {
      const r = await cli(['review', ...args, '--config', t.path('clash.json'), '--locale', 'en']);
      expect(r.code).toBe(2);
      expect(r.errLines).toEqual([line]);
    }
  });

  it('two plug-ins with one rule id: both named', async () => {
    const r = await cli(['review', EXAMPLE, '--config', t.path('twice.json'), '--locale', 'en']);
    expect(r.errLines).toEqual([
      `pokin: ${t.path('twice.json')}: invalid plug-in "./async.mjs": rule "prov-x/r" is defined by plug-in "./boom.mjs" too`,
    ]);
  });

  it('messages with different placeholders, or without English: in Bahasa Indonesia by default, English on request', async () => {
    const id = await cli(['review', EXAMPLE, '--config', t.path('holes.json'), '--locale', 'id']);
    expect(id.code).toBe(2);
    expect(id.errLines).toEqual([
      `pokin: ${t.path('holes.json')}: plug-in "./holes.mjs" tidak sah: aturan "prov-x/r": meta.messages.m: teks "id" memakai isian {id} dan teks "en" {ident}; samakan`,
    ]);
    const noen = await cli(['review', EXAMPLE, '--config', t.path('noen.json'), '--locale', 'id']);
    expect(noen.errLines).toEqual([
      `pokin: ${t.path('noen.json')}: plug-in "./noen.mjs" tidak sah: aturan "prov-x/r": meta.messages.m perlu teks "id" (Bahasa Indonesia) dan teks "en" (Inggris)`,
    ]);
    const en = await cli(['review', EXAMPLE, '--config', t.path('noen.json'), '--locale', 'en']);
    expect(en.errLines).toEqual([
      `pokin: ${t.path('noen.json')}: invalid plug-in "./noen.mjs": rule "prov-x/r": meta.messages.m needs an "id" (Bahasa Indonesia) and an "en" text`,
    ]);
  });
});

describe('a plug-in package', () => {
  it('published as an ES module only ("exports": { ".": { "import" } }) is found by its name', async () => {
    const r = await cli(['review', EXAMPLE, '--format', 'json'], { cwd: t.path('esm') });
    expect(r.errLines).toEqual([]);
    expect(JSON.parse(r.stdout).some((row: { rule: string }) => row.rule === 'prov/esm')).toBe(true);
  });
});

describe('a pipe closed by its reader', () => {
  it('is said in the language of --locale', () => {
    const written: string[] = [];
    const stdout = new EventEmitter();
    const exits: number[] = [];
    const proc = {
      stdout,
      stderr: Object.assign(new EventEmitter(), { write: (s: string) => written.push(s) }),
      env: {},
      exit: (code: number) => void exits.push(code),
    };
    guardStandardStreams(proc as never, ['review', 'x', '--locale', 'en']);
    stdout.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(written).toEqual(['pokin: cannot write to standard output: the pipe was closed by its reader\n']);
    expect(exits).toEqual([3]);
  });
});
