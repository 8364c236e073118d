import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, EXAMPLE, ROOT, tempDir } from './support.js';

// A plug-in with a zod schema for its options, in a JavaScript config (zod found through core).
const zod = pathToFileURL(createRequire(join(ROOT, 'packages/core/package.json')).resolve('zod/mini')).href;
const plugin = `import * as z from ${JSON.stringify(zod)};
export default {
  meta: {
    id: 'prov/iku', defaultSeverity: 'warning', category: 'indicator',
    description: { id: 'Uji.', en: 'Test.' }, messages: { m: { id: 'Uji {id}.', en: 'Test {id}.' } },
    options: z.strictObject({ maxWords: z._default(z.number().check(z.minimum(1)), 15) }),
  },
  create: () => ({}),
};
`;
const config = (rules: Record<string, unknown>) => JSON.stringify({ plugins: ['./prov-iku.mjs'], rules });
const t = tempDir({
  'prov-iku.mjs': plugin,
  'bad.json': config({ 'prov/iku': ['warning', { maxWords: 0 }] }),
  'unknown.json': config({ 'no-such-rule': 'off' }),
  'good.json': config({ 'prov/iku': ['warning', { maxWords: 3 }] }),
  'list.json': '[]',
  'typo.json': JSON.stringify({ rule: {} }),
  'broken.json': '{ "rules": ',
});
afterAll(() => t.cleanup());

describe('review --config with rule options a rule refuses', () => {
  it("is one usage error naming the file, the rule, the option and zod's reason, in Bahasa Indonesia by default", async () => {
    const r = await cli(['review', EXAMPLE, '--format', 'json', '--config', t.path('bad.json'), '--locale', 'id']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.errLines).toEqual([
      `pokin: ${t.path('bad.json')}: opsi aturan "prov/iku" tidak sah: opsi "maxWords": Too small: expected number to be >=1`,
    ]);
  });

  it('in English on request', async () => {
    const r = await cli(['review', EXAMPLE, '--config', t.path('bad.json')]);
    expect(r.code).toBe(2);
    expect(r.errLines).toEqual([
      `pokin: ${t.path('bad.json')}: invalid options for rule "prov/iku": option "maxWords": Too small: expected number to be >=1`,
    ]);
  });

  it('in a workspace review too', async () => {
    const r = await cli(['review', join(ROOT, 'examples', 'bkpsdm'), '--workspace', '--config', t.path('bad.json')]);
    expect(r.code).toBe(2);
    expect(r.errLines).toEqual([
      `pokin: ${t.path('bad.json')}: invalid options for rule "prov/iku": option "maxWords": Too small: expected number to be >=1`,
    ]);
  });

  it('is not checked for a rule --rule turns off; good options pass', async () => {
    expect((await cli(['review', EXAMPLE, '--config', t.path('bad.json'), '--rule', 'prov/iku=off'])).code).not.toBe(2);
    expect((await cli(['review', EXAMPLE, '--config', t.path('good.json')])).code).not.toBe(2);
  });

  it('names the file for an unknown rule id in the config, in Bahasa Indonesia by default', async () => {
    const r = await cli(['review', EXAMPLE, '--config', t.path('unknown.json'), '--locale', 'id']);
    expect(r.code).toBe(2);
    expect(r.errLines).toEqual([`pokin: ${t.path('unknown.json')}: setelan aturan tidak sah: unknown rule "no-such-rule"`]);
    const en = await cli(['review', EXAMPLE, '--config', t.path('unknown.json'), '--locale', 'en']);
    expect(en.errLines).toEqual([`pokin: ${t.path('unknown.json')}: unknown rule "no-such-rule"`]);
  });

  it("says what is wrong with the config file itself in the user's language", async () => {
    const list = await cli(['review', EXAMPLE, '--config', t.path('list.json'), '--locale', 'id']);
    expect(list.code).toBe(2);
    expect(list.errLines).toEqual([`pokin: ${t.path('list.json')}: konfigurasi berupa objek dengan "rules" dan "plugins"`]);
    const typo = await cli(['review', EXAMPLE, '--config', t.path('typo.json'), '--locale', 'en']);
    expect(typo.errLines).toEqual([`pokin: ${t.path('typo.json')}: unknown key "rule" (a config has "rules" and "plugins")`]);
    const broken = await cli(['review', EXAMPLE, '--config', t.path('broken.json'), '--locale', 'id']);
    expect(broken.code).toBe(2);
    expect(broken.errLines[0]).toMatch(/: bukan JSON yang sah: /);
    const missing = await cli(['review', EXAMPLE, '--config', t.path('nothing.json'), '--locale', 'id']);
    expect(missing.errLines).toEqual([`pokin: --config: ${t.path('nothing.json')}: berkas tidak ditemukan`]);
  });
});
