/**
 * Smoke test of the benchmark: `node bench/run.mjs --quick` (1,000 results, two runs) must
 * complete and print every stage. No timing assertion: CI machines vary.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const built = existsSync(fileURLToPath(new URL('../packages/core/dist/testing/index.js', import.meta.url)));
const STAGES = ['parse + build', 'review', 'SVG layout', 'renderSvg', 'renderHtml', 'renderCsv', 'parseCsv', 'toDocument'];

/** No timing assertion: only a hang stops the run (the quick bench takes minutes on a loaded 2-core machine). */
const LIMIT_MS = 900_000;

describe.skipIf(!built)('bench --quick (needs `pnpm run build`)', () => {
  // One run serves both tests: the table on stdout and the same report as JSON (--save).
  let res: SpawnSyncReturns<string>;
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pokin-bench-'));
    res = spawnSync(process.execPath, ['bench/run.mjs', '--quick', `--save=${join(dir, 'report.json')}`], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: LIMIT_MS,
    });
  }, LIMIT_MS);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('completes and prints every stage with its baseline', () => {
    expect(res.stderr).not.toMatch(/Error:|at .*\.m?js:\d+/);
    expect(res.status).toBe(0);
    for (const stage of STAGES) expect(res.stdout).toContain(stage);
    expect(res.stdout).toContain('zod DocumentSchema.safeParse');
    expect(res.stdout).toContain('== Targets');
  });

  it('saves machine-readable figures with --save', () => {
    expect(res.status).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as {
      sizes: { results: number; stages: { key: string; median?: number; status?: string }[] }[];
    };
    expect(report.sizes.map((s) => s.results)).toEqual([1000]);
    const stages = report.sizes[0]!.stages;
    expect(stages.map((s) => s.key)).toEqual([
      'parse',
      'review',
      'layoutSvg',
      'renderSvg',
      'renderHtml',
      'renderCsv',
      'parseCsv',
      'toDocument',
    ]);
    for (const s of stages) expect(s.median !== undefined || (s.status !== undefined && !s.status.startsWith('error'))).toBe(true);
  });
});
