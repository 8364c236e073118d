/**
 * Smoke test of the benchmark: `node bench/run.mjs --quick` (1,000 results, two runs) must
 * complete and print every stage. No timing assertion: CI machines vary.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const built = existsSync(fileURLToPath(new URL('../packages/core/dist/testing/index.js', import.meta.url)));
const STAGES = ['parse + build', 'review', 'SVG layout', 'renderSvg', 'renderHtml', 'renderCsv', 'parseCsv', 'toDocument'];

const bench = (...args: string[]) =>
  spawnSync(process.execPath, ['bench/run.mjs', '--quick', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });

describe.skipIf(!built)('bench --quick (needs `pnpm run build`)', () => {
  it('completes and prints every stage with its baseline', () => {
    const res = bench();
    expect(res.stderr).not.toMatch(/Error:|at .*\.m?js:\d+/);
    expect(res.status).toBe(0);
    for (const stage of STAGES) expect(res.stdout).toContain(stage);
    expect(res.stdout).toContain('zod DocumentSchema.safeParse');
    expect(res.stdout).toContain('== Targets');
  }, 240_000);

  it('prints machine-readable figures with --json', () => {
    const res = bench('--json');
    expect(res.status).toBe(0);
    const report = JSON.parse(res.stdout) as { sizes: { results: number; stages: { key: string; median?: number; status?: string }[] }[] };
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
  }, 240_000);
});
