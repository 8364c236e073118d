/**
 * `@pokin/core/review` as built: the same objects as the root entry's, in the ES module build
 * (shared chunks) and in the CommonJS build (a re-export of `index.cjs`), so that a cascade the
 * CLI parses through `@pokin/core/review` is an `instanceof` the `Cascade` a plug-in imports from
 * `@pokin/core`, and a rule made with either entry's `defineRule` is the same kind of object.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from './packages.js';

type Entry = Record<string, unknown> & {
  Cascade: abstract new (...args: never[]) => unknown;
  parseCascade: (doc: unknown) => unknown;
};

const CORE = join(ROOT, 'packages/core');
const manifest = JSON.parse(readFileSync(join(CORE, 'package.json'), 'utf8')) as {
  exports: Record<string, { import: { default: string }; require: { default: string } }>;
};
/** Resolved as a user's `require` would: through the CLI's dependency on core and core's `exports`. */
const requireFromCli = createRequire(join(ROOT, 'packages/cli/package.json'));
const importBuilt = async (subpath: '.' | './review'): Promise<Entry> =>
  (await import(pathToFileURL(join(CORE, manifest.exports[subpath]!.import.default)).href)) as Entry;

const doc = { pokin: 1, title: 'T', results: [{ id: 'G1', level: 'goal', statement: 'Meningkatnya Kualitas Layanan' }] };

describe.each([
  ['ES module', async () => [await importBuilt('.'), await importBuilt('./review')] as const],
  ['CommonJS', () => Promise.resolve([requireFromCli('@pokin/core') as Entry, requireFromCli('@pokin/core/review') as Entry] as const)],
])('@pokin/core/review, %s build', (_, load) => {
  it('exports the root entry’s own objects, not copies', async () => {
    const [root, review] = await load();
    const names = Object.keys(review).filter((k) => k !== '__esModule');
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(review[name], name).toBe(root[name]);
  });

  it('parses a cascade that is an instance of the root entry’s Cascade', async () => {
    const [root, review] = await load();
    expect(review.parseCascade(doc)).toBeInstanceOf(root.Cascade);
    expect(root.parseCascade(doc)).toBeInstanceOf(review.Cascade);
  });
});
