/**
 * Runs examples/analysis/indicators.mjs and duckdb.mjs as a user would from a clone (after
 * `pnpm build`): the per agency and year table must match the documents, counted here directly.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { parse } from 'yaml';
import { parseCascade } from '@pokin/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));

/** The indicators of a document, and their target years. */
function indicators(file: string): { count: number; years: Set<string> } {
  const c = parseCascade(parse(readFileSync(join(ROOT, file), 'utf8')));
  const iks = c.results().flatMap((r) => r.indicators ?? []);
  return { count: iks.length, years: new Set(iks.flatMap((ik) => Object.keys(ik.targets ?? {}))) };
}

describe('examples/analysis/indicators.mjs and duckdb.mjs', () => {
  let out: string;
  let table: Record<string, string>[];

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'pokin-indicators-'));
    await run(process.execPath, [here('./indicators.mjs'), '--out', out], { cwd: ROOT });
    table = Papa.parse<Record<string, string>>(readFileSync(join(out, 'per-agency-year.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('counts each agency and year as the documents say', () => {
    for (const [file, agency] of [
      ['examples/workspace/dinkes-2026.yaml', 'Dinas Kesehatan'],
      ['examples/workspace/diskominfo-2026.yaml', 'Dinas Komunikasi dan Informatika'],
      ['examples/workspace/pemda-2026.yaml', 'Pemerintah Kabupaten Contoh'],
    ] as const) {
      const want = indicators(file);
      const rows = table.filter((r) => r.agency === agency);
      expect(rows.map((r) => r.year).sort()).toEqual([...want.years].sort());
      for (const r of rows)
        expect([r.files, r.indicators, r.with_target, r.without_target], `${agency} ${r.year}`).toEqual([
          '1',
          String(want.count),
          String(want.count),
          '0',
        ]);
    }
    // The BKPSDM CSV form names no agency and has no targets: one row per indicator, no year.
    const bkpsdm = indicators('examples/bkpsdm/pokin.yaml').count;
    expect(table.find((r) => r.agency === 'bkpsdm.csv')).toMatchObject({
      year: '',
      indicators: String(bkpsdm),
      without_target: String(bkpsdm),
    });
  });

  it('indicators.csv is the export the DuckDB demo queries', async () => {
    const { stdout } = await run(process.execPath, [here('./duckdb.mjs'), join(out, 'indicators.csv')], { cwd: ROOT });
    expect(stdout).toContain('Indicators per agency and year');
    const dinkes = table.find((r) => r.agency === 'Dinas Kesehatan')!;
    expect(stdout).toMatch(new RegExp(`'Dinas Kesehatan' +│ '${dinkes.year}' +│ ${dinkes.indicators} +│ ${dinkes.with_target} `));
    expect(stdout).toContain(`Indicators without any target: ${indicators('examples/bkpsdm/pokin.yaml').count}`);
  });
});
