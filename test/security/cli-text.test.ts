/**
 * Text the CLI formats itself (its one-line errors, the name of a duplicated YAML key) is handled
 * in time linear in the input: long runs of spaces once made both quadratic.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { expectWithinBudget, runCli, scratch } from './budget.js';

const tmp = scratch();
afterAll(() => tmp.cleanup());

const SPACES = ' '.repeat(200_000);

describe('security: the CLI formats text in linear time', () => {
  it('an unknown key full of spaces (was 20 s at 100,000 spaces: errors.ts oneLine)', async () => {
    const file = tmp.path('unknown-key.json');
    const doc = { pokin: 1, title: 'T', [`a${SPACES}b`]: 1, results: [{ id: 'G1', level: 'goal', statement: 'S' }] };
    writeFileSync(file, JSON.stringify(doc));
    const m = await runCli(['review', file]);
    expectWithinBudget(m);
    expect(m.code).toBe(2);
    expect(m.stderr).toMatch(/unknown key/);
    // Still one line per problem.
    expect(m.stderr.split('\n').filter((l) => l.startsWith('pokin:')).length).toBeGreaterThan(0);
  });

  it('a duplicated explicit YAML key with a long run of spaces (was 14 s: the key-name pattern run over the rest of the file)', async () => {
    const file = tmp.path('duplicate-key.yaml');
    const key = `a${SPACES}b`;
    writeFileSync(file, `pokin: 1\ntitle: T\n? ${key}\n: 1\n? ${key}\n: 2\nresults: []\n`);
    const m = await runCli(['review', file]);
    expectWithinBudget(m);
    expect(m.code).toBe(2);
    expect(m.stderr).toMatch(/^pokin: .*duplicate-key\.yaml:5:3: invalid YAML: duplicate key/m);
  });

  it('a duplicated key followed by a megabyte of spaces and no colon', async () => {
    const file = tmp.path('duplicate-tail.yaml');
    writeFileSync(file, `pokin: 1\ntitle: T\ntitle: U\n${' '.repeat(1_000_000)}x\n`);
    const m = await runCli(['review', file]);
    expectWithinBudget(m);
    expect(m.code).toBe(2);
    expect(m.stderr).toMatch(/duplicate key "title"/);
  });
});
