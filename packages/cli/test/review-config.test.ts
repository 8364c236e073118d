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

  it('names the file for an unknown rule id in the config', async () => {
    const r = await cli(['review', EXAMPLE, '--config', t.path('unknown.json')]);
    expect(r.code).toBe(2);
    expect(r.errLines).toEqual([`pokin: ${t.path('unknown.json')}: unknown rule "no-such-rule"`]);
  });
});
