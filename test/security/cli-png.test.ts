/**
 * PNG is bounded before drawing, by its text as well as its pixels: resvg turns every character
 * into a path as it reads the SVG, so an ordinary 5,000-result tree took 102 s and 1.1 GB, a 1 MB
 * statement 67 s and 2.4 GB, and `--to all` of 60,000 results 17 minutes. Each is now a clear
 * refusal within the budget, in Indonesian by default and in English on request.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCascade } from '@pokin/core/testing';
import { ROOT, expectWithinBudget, runCli, scratch } from './budget.js';

const tmp = scratch();
afterAll(() => tmp.cleanup());

const TWO_LEVELS = [
  { key: 'goal', label: { id: 'Tujuan', en: 'Goal' }, tier: 'strategis' },
  { key: 'output', label: { id: 'Output', en: 'Output' }, tier: 'operasional' },
];

describe('security: PNG is bounded before drawing', () => {
  it('an ordinary 5,000-result tree: refused for its text (was 102 s, 1.1 GB)', async () => {
    const file = tmp.path('t5000.json');
    writeFileSync(file, JSON.stringify(generateCascade({ results: 5000 }).toDocument()));
    const m = await runCli(['render', file, '--to', 'png', '-o', tmp.path('t5000.png')]);
    expectWithinBudget(m);
    expect(m.code).toBe(2);
    expect(m.stderr).toMatch(
      /^pokin: --to png: refused: this PNG would draw [\d,]+ characters of text, over the limit of 20,000 \(--max-png-text;.*render a tree this large as SVG or HTML, or raise the limit$/m,
    );
    expect(existsSync(tmp.path('t5000.png'))).toBe(false);
  });

  it('a 1 MB statement: refused (was 67 s, 2.4 GB), in Indonesian by default', async () => {
    const file = tmp.path('statement.json');
    const words: string[] = [];
    for (let i = 0; i < 200_000; i++) words.push(`kata${i % 97}`);
    writeFileSync(
      file,
      JSON.stringify({ pokin: 1, title: 'T', results: [{ id: 'G', level: 'goal', statement: words.join(' ').slice(0, 1_000_000) }] }),
    );
    const m = await runCli(['render', file, '--to', 'png', '-o', tmp.path('statement.png')], { env: { POKIN_LOCALE: 'id' } });
    expectWithinBudget(m);
    expect(m.code).toBe(2);
    expect(m.stderr).toMatch(
      /^pokin: --to png: ditolak: PNG ini akan menggambar [\d.]+ karakter teks, melebihi batas 20\.000 \(--max-png-text;/m,
    );
  });

  it('--to all of 60,000 results: refused before anything is rendered (was 17 minutes)', async () => {
    const file = tmp.path('n60k.json');
    const results: unknown[] = [{ id: 'G', level: 'goal', statement: 'x' }];
    for (let i = 0; i < 60_000; i++) results.push({ id: `O${i}`, level: 'output', parent: 'G', statement: 'y' });
    writeFileSync(file, JSON.stringify({ pokin: 1, title: 'T', levels: TWO_LEVELS, results }));
    const out = tmp.path('all');
    const m = await runCli(['render', file, '--to', 'all', '-o', out]);
    expectWithinBudget(m);
    expect(m.code).toBe(2);
    expect(m.stderr).toMatch(
      /^pokin: --to all: refused: this tree holds 60,001 results, more than the PNG text limit of 20,000 characters \(--max-png-text\).*render SVG, HTML and CSV one by one \(--to svg, --to html, --to csv\) for a tree this large$/m,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('an agency tree is still drawn, within the budget', async () => {
    const example = await runCli(['render', join(ROOT, 'examples', 'bkpsdm', 'pokin.yaml'), '--to', 'png', '-o', tmp.path('example.png')]);
    expectWithinBudget(example);
    expect(example.code, example.stderr).toBe(0);
    expect(existsSync(tmp.path('example.png'))).toBe(true);
  });
});
