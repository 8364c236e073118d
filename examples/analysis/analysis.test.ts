/**
 * Runs examples/analysis/analyse.mjs, as a user would run it with `@pokin/core` and `yaml`
 * installed, over generated trees of three agencies plus one broken file, and checks its output
 * against what the API computes directly.
 *
 * The script imports the built packages: a temp folder gets node_modules/@pokin/core linked to
 * packages/core (its dist, built by `pnpm build`) and node_modules/yaml to the root's copy.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { stringify } from 'yaml';
import { TIERS, parseCascade, review } from '@pokin/core';
import { generateDocument } from '@pokin/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const coreDist = join(ROOT, 'packages/core/dist/index.js');

const trees = [
  { file: 'a/dinas-pendidikan.yaml', agency: 'Dinas Pendidikan', results: 40, seed: 1 },
  { file: 'a/dinas-pendidikan-2.json', agency: 'Dinas Pendidikan', results: 25, seed: 2 },
  { file: 'b/bappeda.yml', agency: 'Bappeda', results: 60, seed: 3 },
  { file: 'c.yaml', agency: 'BKPSDM', results: 31, seed: 4 },
];

describe.skipIf(!existsSync(coreDist))('examples/analysis (needs packages/core/dist: run `pnpm build`)', () => {
  let dir: string;
  let stdout: string;
  let exitCode: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pokin-analysis-'));
    mkdirSync(join(dir, 'node_modules/@pokin'), { recursive: true });
    symlinkSync(join(ROOT, 'packages/core'), join(dir, 'node_modules/@pokin/core'), 'dir');
    symlinkSync(join(ROOT, 'node_modules/yaml'), join(dir, 'node_modules/yaml'), 'dir');
    copyFileSync(fileURLToPath(new URL('./analyse.mjs', import.meta.url)), join(dir, 'analyse.mjs'));
    for (const t of trees) {
      const doc = { ...generateDocument({ results: t.results, seed: t.seed }), agency: { name: t.agency } };
      const path = join(dir, 'trees', t.file);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, t.file.endsWith('.json') ? JSON.stringify(doc) : stringify(doc));
    }
    // A broken file: an unknown level and a missing parent.
    writeFileSync(
      join(dir, 'trees/broken.yaml'),
      stringify({
        pokin: 1,
        title: 'Rusak',
        agency: { name: 'Dinas Rusak' },
        results: [{ id: 'X', level: 'nope', statement: 'S', parent: 'Y' }],
      }),
    );
    writeFileSync(join(dir, 'trees/notes.txt'), 'not a tree');
    const result = await run(process.execPath, ['analyse.mjs', 'trees', '--out', 'out', '--locale', 'en'], { cwd: dir }).then(
      (r) => ({ ...r, code: 0 }),
      (e: { stdout: string; code: number }) => e,
    );
    stdout = result.stdout;
    exitCode = result.code;
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const readCsv = (name: string) =>
    Papa.parse<Record<string, string>>(readFileSync(join(dir, 'out', name), 'utf8'), { header: true, skipEmptyLines: true }).data;

  /** What the API says about the agency's trees, computed here directly. */
  function expected(agency: string) {
    const cascades = trees
      .filter((t) => t.agency === agency)
      .map((t) => parseCascade({ ...generateDocument({ results: t.results, seed: t.seed }), agency: { name: agency } }));
    const results = cascades.flatMap((c) => c.results().map((r) => ({ c, r })));
    const diagnostics = cascades.flatMap((c) => review(c, { locale: 'en' }));
    const rules: Record<string, number> = {};
    for (const d of diagnostics) rules[d.rule] = (rules[d.rule] ?? 0) + 1;
    return {
      files: cascades.length,
      results: results.length,
      tiers: Object.fromEntries(TIERS.map((k) => [k, results.filter(({ c, r }) => c.tier(r.id) === k).length])),
      indicators: results.reduce((n, { r }) => n + (r.indicators?.length ?? 0), 0),
      errors: diagnostics.filter((d) => d.severity === 'error').length,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
      rules,
      diagnostics,
    };
  }

  it('reports the files it read, and exits 1 because one file is broken', () => {
    expect(stdout).toMatch(/^5 files, 4 agencies, \d+ findings/);
    expect(exitCode).toBe(1);
  });

  it('summary.csv has one row per agency whose counts match the API', () => {
    const rows = readCsv('summary.csv');
    expect(rows.map((r) => r.agency)).toEqual(['Bappeda', 'BKPSDM', 'Dinas Pendidikan', 'Dinas Rusak'].sort((a, b) => a.localeCompare(b)));
    for (const agency of ['Bappeda', 'BKPSDM', 'Dinas Pendidikan']) {
      const row = rows.find((r) => r.agency === agency)!;
      const want = expected(agency);
      expect(Number(row.files)).toBe(want.files);
      expect(Number(row.unreadable)).toBe(0);
      expect(Number(row.results)).toBe(want.results);
      for (const k of TIERS) expect(Number(row[`tier_${k}`]), `${agency} tier ${k}`).toBe(want.tiers[k]);
      expect(Number(row.indicators)).toBe(want.indicators);
      expect(Number(row.errors)).toBe(want.errors);
      expect(Number(row.warnings)).toBe(want.warnings);
      for (const [rule, n] of Object.entries(want.rules)) expect(Number(row[`rule_${rule}`]), `${agency} ${rule}`).toBe(n);
      const ruleColumns = Object.keys(row).filter((k) => k.startsWith('rule_'));
      const total = ruleColumns.reduce((n, k) => n + Number(row[k]), 0);
      expect(total).toBe(want.diagnostics.length);
    }
    const broken = rows.find((r) => r.agency === 'Dinas Rusak')!;
    expect([broken.files, broken.unreadable, broken.results]).toEqual(['1', '1', '0']);
  });

  it('summary.md is a Markdown table with the same rows', () => {
    const md = readFileSync(join(dir, 'out/summary.md'), 'utf8').trim().split('\n');
    const csv = readCsv('summary.csv');
    expect(md[0]).toMatch(/^\| agency \| files \| unreadable \| results \| tier_strategis/);
    expect(md[1]).toMatch(/^\|( ---:? \|)+$/);
    expect(md.slice(2).map((l) => l.split('|')[1]!.trim())).toEqual(csv.map((r) => r.agency));
    expect(md.slice(2).map((l) => l.split('|')[4]!.trim())).toEqual(csv.map((r) => r.results));
  });

  it('findings.csv lists every finding, and the broken file under "parse"', () => {
    const rows = readCsv('findings.csv');
    for (const agency of ['Bappeda', 'BKPSDM', 'Dinas Pendidikan']) {
      const mine = rows.filter((r) => r.agency === agency);
      // Files are read in sorted order, so compare as multisets.
      expect(mine.map((r) => `${r.rule}|${r.severity}|${r.result}|${r.message}`).sort()).toEqual(
        expected(agency)
          .diagnostics.map((d) => `${d.rule}|${d.severity}|${d.resultId ?? ''}|${d.message}`)
          .sort(),
      );
    }
    const broken = rows.filter((r) => r.file === 'broken.yaml');
    expect(broken.length).toBeGreaterThanOrEqual(2);
    expect(new Set(broken.map((r) => `${r.rule}/${r.severity}`))).toEqual(new Set(['parse/error']));
  });
});
