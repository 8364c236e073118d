/**
 * No input stops a whole multi-file run, and no list is spread into a call (which overflows the
 * stack at about 120,000 items): a file with 200,000 unknown keys, or a subfolder that cannot be
 * read, is one failed input among the others; `review` reports any number of findings.
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUDGET, ROOT, runCli, scratch } from './budget.js';

const tmp = scratch();
afterAll(() => {
  chmodSync(tmp.dir, 0o755);
  tmp.cleanup();
});

/**
 * The ids of the built-in rules, from the build the binary runs (required by Node from the CLI's
 * folder, not imported through vitest, which would transform the core's sources for a list).
 */
const RULE_IDS = (
  createRequire(join(ROOT, 'packages/cli/package.json'))('@pokin/core/review') as { REVIEW_RULES: readonly { id: string }[] }
).REVIEW_RULES.map((r) => r.id);

const EXAMPLE = join(ROOT, 'examples', 'bkpsdm', 'pokin.yaml');
const TWO_LEVELS = [
  { key: 'goal', label: { id: 'Tujuan', en: 'Goal' }, tier: 'strategis' },
  { key: 'output', label: { id: 'Output', en: 'Output' }, tier: 'operasional' },
];

/** A tree whose every output result has no indicator: one finding each. */
function manyFindings(n: number): string {
  const results: unknown[] = [{ id: 'G', level: 'goal', statement: 'Meningkatnya kualitas layanan' }];
  for (let i = 0; i < n; i++) results.push({ id: `O${i}`, level: 'output', parent: 'G', statement: `Tersedianya dokumen ${i}` });
  return JSON.stringify({ pokin: 1, title: 'T', levels: TWO_LEVELS, results });
}

describe('security: no spread of unbounded lists, no abort of a multi-file run', () => {
  it('a file with 200,000 unknown keys is one failed input; the next file is still reviewed', async () => {
    const dir = tmp.path('keys');
    mkdirSync(dir);
    const doc: Record<string, unknown> = { pokin: 1, title: 'T', results: [{ id: 'G1', level: 'goal', statement: 'S' }] };
    for (let i = 0; i < 200_000; i++) doc[`k${i}`] = 1;
    writeFileSync(join(dir, 'a-keys.json'), JSON.stringify(doc));
    writeFileSync(join(dir, 'b-example.yaml'), EXAMPLE_TEXT());
    const m = await runCli(['review', dir, '--format', 'json']);
    expect(m.code, m.stderr).toBe(2);
    const rows = JSON.parse(m.stdout) as { file: string; rule: string }[];
    expect(rows.some((r) => r.file.endsWith('a-keys.json'))).toBe(true);
    expect(rows.some((r) => r.file.endsWith('b-example.yaml') && r.rule !== 'parse-error')).toBe(true);
    expect(m.rssMb).toBeLessThanOrEqual(BUDGET.rssMb);
    // The unknown-key hint is bounded in core (hints for the first 50 keys of an object).
    expect(m.cpuMs).toBeLessThanOrEqual(BUDGET.cpuMs);
  });

  it('a subfolder that cannot be read is one failed input; the rest of the folder is still reviewed', async () => {
    const dir = tmp.path('locked');
    mkdirSync(join(dir, 'secret'), { recursive: true });
    writeFileSync(join(dir, 'a.yaml'), EXAMPLE_TEXT());
    writeFileSync(join(dir, 'secret', 'b.yaml'), EXAMPLE_TEXT());
    chmodSync(join(dir, 'secret'), 0o000);
    // Root reads any folder: run as "nobody" then, so the folder really is unreadable.
    const asNobody = process.getuid?.() === 0;
    if (asNobody) chmodSync(tmp.dir, 0o755);
    try {
      const m = await runCli(['review', dir, '--format', 'json'], { uid: asNobody ? 65534 : undefined });
      expect(m.code, m.stderr).toBe(2);
      const rows = JSON.parse(m.stdout) as { file: string; rule: string; message: string }[];
      expect(rows.find((r) => r.file.endsWith('secret'))).toMatchObject({ rule: 'read-error', message: 'permission denied' });
      expect(rows.some((r) => r.file.endsWith('a.yaml') && r.rule !== 'read-error')).toBe(true);
    } finally {
      chmodSync(join(dir, 'secret'), 0o755);
    }
  });

  for (const format of ['text', 'json'] as const) {
    // vitest's own limit above the run's 120 s, so on a loaded machine the run's limit decides.
    it(`review --format ${format} reports 121,000 findings`, { timeout: 150_000 }, async () => {
      const file = tmp.path(`many-${format}.json`);
      writeFileSync(file, manyFindings(121_000));
      // The text run reviews the tree with every rule, so each rule meets 121,000 results once. The
      // JSON run checks the JSON output of as many findings with every rule off but the one that
      // gives them, which spares the other rules a second pass over the tree (a third of the run's CPU).
      const args = ['review', file, '--format', format];
      if (format === 'json') {
        const config = tmp.path('only-indicator-missing.json');
        const rules = Object.fromEntries(RULE_IDS.map((id) => [id, id === 'indicator-missing' ? 'error' : 'off']));
        writeFileSync(config, JSON.stringify({ rules }));
        args.push('--config', config);
      }
      const m = await runCli(args, { timeoutMs: 120_000 });
      expect(m.stderr).not.toMatch(/call stack|unexpected/i);
      expect(m.code).toBe(1);
      if (format === 'json') expect((JSON.parse(m.stdout) as unknown[]).length).toBeGreaterThanOrEqual(121_000);
      else expect(m.stdout).toMatch(/121[,.]?0\d\d errors/);
      // The JSON run peaked at about 600 MB before the review engine stopped keeping per-text
      // tables and per-node lists (issue 15); both formats are held to the memory budget.
      expect(m.rssMb).toBeLessThanOrEqual(BUDGET.rssMb);
    });
  }
});

let exampleText: string | undefined;
function EXAMPLE_TEXT(): string {
  exampleText ??= readFileSync(EXAMPLE, 'utf8');
  return exampleText;
}
