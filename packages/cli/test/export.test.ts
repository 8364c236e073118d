/**
 * `pokin export`: one long table, one row per indicator and year, across every document of a
 * folder (YAML, JSON, CSV and .xlsx), through the CSV writer; a broken file is named and the rest
 * still exported.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCascade, realisationAsOf } from '@pokin/core';
import { parse } from 'yaml';
import { cli, EXAMPLE, ROOT, smallTree, tempDir } from './support.js';

const WORKSPACE = join(ROOT, 'examples', 'workspace');
const rowsOf = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;

/** What the documents say, counted directly: one row per indicator and year (or one with no year). */
function expectedRows(files: readonly string[]): number {
  let n = 0;
  for (const f of files) {
    const c = parseCascade(parse(readFileSync(f, 'utf8')));
    for (const r of c.results())
      for (const ik of r.indicators ?? [])
        n += Math.max(1, new Set([...Object.keys(ik.targets ?? {}), ...Object.keys(ik.realisations ?? {})]).size);
  }
  return n;
}

describe('pokin export', () => {
  const docs = ['bkpsdm-2026.yaml', 'dinkes-2026.yaml', 'diskominfo-2026.yaml', 'pemda-2026.yaml'].map((f) => join(WORKSPACE, f));

  it('exports the workspace folder: every indicator x year, the manifest skipped, exit 0', async () => {
    const r = await cli(['export', WORKSPACE]);
    expect(r.errLines).toEqual([]);
    expect(r.code).toBe(0);
    const rows = rowsOf(r.stdout);
    expect(Object.keys(rows[0]!)).toEqual([
      'file',
      'document_id',
      'agency',
      'result_id',
      'level',
      'tier',
      'result_statement',
      'indicator_id',
      'indicator_statement',
      'unit',
      'direction',
      'year',
      'baseline_year',
      'baseline',
      'target',
      'realisation',
    ]);
    expect(rows).toHaveLength(expectedRows(docs));
    expect(new Set(rows.map((x) => x.file))).toEqual(new Set(docs));
    const dinkes = rows.find((x) => x.file!.endsWith('dinkes-2026.yaml') && x.baseline !== '')!;
    expect(dinkes).toMatchObject({ document_id: 'dinkes-2026', baseline_year: '2024' });
    expect(dinkes.agency).not.toBe('');
    expect(['strategis', 'urusan', 'taktis', 'operasional']).toContain(dinkes.tier);
  });

  it('--to .jsonl: the same rows as JSON lines, with numbers as numbers', async () => {
    const out = tempDir();
    try {
      const csv = rowsOf((await cli(['export', WORKSPACE])).stdout);
      const r = await cli(['export', WORKSPACE, '--to', out.path('ik.jsonl')]);
      expect(r.code).toBe(0);
      const lines = readFileSync(out.path('ik.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, string | number | null>);
      expect(lines).toHaveLength(csv.length);
      expect(typeof lines.find((l) => l.target !== null)!.target).toBe('number');
      expect(lines.map((l) => `${l.result_id}|${l.year ?? ''}`)).toEqual(csv.map((x) => `${x.result_id}|${x.year}`));
    } finally {
      out.cleanup();
    }
  });

  it('-o names the file and --to the format, as for render; --to with a path still writes that file', async () => {
    const out = tempDir();
    try {
      const csv = (await cli(['export', WORKSPACE])).stdout;
      expect((await cli(['export', WORKSPACE, '-o', out.path('ik.csv')])).code).toBe(0);
      expect(readFileSync(out.path('ik.csv'), 'utf8')).toBe(csv);
      const jsonl = await cli(['export', WORKSPACE, '--to', 'jsonl']);
      expect(jsonl.code).toBe(0);
      expect(JSON.parse(jsonl.stdout.split('\n')[0]!)).toHaveProperty('result_id');
      expect((await cli(['export', WORKSPACE, '--to', out.path('lama.csv')])).code).toBe(0);
      expect(readFileSync(out.path('lama.csv'), 'utf8')).toBe(csv);
    } finally {
      out.cleanup();
    }
  });

  it('refuses a file named for another format, two files and two formats, writing nothing', async () => {
    const out = tempDir();
    try {
      const xlsx = await cli(['export', WORKSPACE, '-o', out.path('ik.xlsx'), '--locale', 'id']);
      expect(xlsx.code).toBe(2);
      expect(xlsx.errLines[0]).toMatch(/ik\.xlsx: pokin export menulis csv, bukan \.xlsx; beri nama berakhiran \.csv/);
      expect(existsSync(out.path('ik.xlsx'))).toBe(false);
      const two = await cli(['export', WORKSPACE, '--to', out.path('a.csv'), '-o', out.path('b.csv')]);
      expect(two.errLines[0]).toMatch(/both name the output file/);
      const formats = await cli(['export', WORKSPACE, '--to', 'csv', '--format', 'jsonl']);
      expect(formats.errLines[0]).toBe('pokin: --to csv and --format jsonl name two formats: choose one');
      // A format of other commands is a format, never a file called "pdf" written with CSV in it.
      for (const [to, locale, message] of [
        [
          'pdf',
          'id',
          'pokin: --to pdf: pokin export menulis tabel IK sebagai csv atau jsonl, bukan PDF; untuk pohon kinerja sebagai PDF pakai pokin render --to pdf',
        ],
        [
          'XLSX',
          'en',
          'pokin: --to XLSX: pokin export writes the indicator table as csv or jsonl, not XLSX; for the tree as XLSX use pokin render --to xlsx',
        ],
      ]) {
        const r = await cli(['export', WORKSPACE, '--to', to!, '--locale', locale!], { cwd: out.dir });
        expect([r.code, r.errLines, r.stdout]).toEqual([2, [message], '']);
        expect(existsSync(out.path(to!))).toBe(false);
      }
    } finally {
      out.cleanup();
    }
  });

  it('reads YAML, JSON, CSV and .xlsx; realisations by quarter give the year value; a broken file is one line and exit 2', async () => {
    const tree = smallTree({ id: 'uji', agency: { name: '=Dinas Uji' } });
    const ik = ((tree.results as Record<string, unknown>[])[5]!.indicators as Record<string, unknown>[])[0]!;
    Object.assign(ik, { targets: { '2026': 400 }, realisations: { '2025': 352, '2026': { q1: 80, q2: 95 } }, yearValue: 'sum' });
    const dir = tempDir({ 'a/uji.json': JSON.stringify(tree), 'b/rusak.yaml': 'pokin: 1\nresults: [' });
    try {
      expect((await cli(['render', EXAMPLE, '--to', 'csv', '-o', dir.path('c/bkpsdm.csv')])).code).toBe(0);
      expect((await cli(['render', EXAMPLE, '--to', 'xlsx', '-o', dir.path('c/bkpsdm.xlsx')])).code).toBe(0);
      const r = await cli(['export', dir.dir, '--to', dir.path('out.csv'), '--csv-profile', 'excel-id']);
      expect(r.code).toBe(2);
      // One line names the broken file; the other says where the table went.
      expect(r.errLines).toHaveLength(2);
      expect(r.errLines[0]).toMatch(/^pokin: .*rusak\.yaml:2:\d+: /);
      expect(r.errLines[1]).toContain('out.csv');
      const bytes = readFileSync(dir.path('out.csv'), 'utf8');
      expect(bytes.startsWith('\ufeff')).toBe(true);
      const rows = Papa.parse<Record<string, string>>(bytes.slice(1), { header: true, delimiter: ';', skipEmptyLines: true }).data;
      const byFile = (name: string) => rows.filter((x) => x.file!.endsWith(name));
      const bkpsdmIks = parseCascade(parse(readFileSync(EXAMPLE, 'utf8')))
        .results()
        .reduce((n, x) => n + (x.indicators?.length ?? 0), 0);
      // The BKPSDM worksheet has no targets: one row per indicator, with an empty year.
      expect(byFile('bkpsdm.csv')).toHaveLength(bkpsdmIks);
      expect(byFile('bkpsdm.xlsx')).toHaveLength(bkpsdmIks);
      expect(byFile('bkpsdm.xlsx').every((x) => x.year === '')).toBe(true);
      const mine = byFile('uji.json').filter((x) => x.indicator_statement === ik.statement);
      expect(mine.map((x) => [x.year, x.target, x.realisation])).toEqual([
        ['2025', '', '352'],
        ['2026', '400', String(realisationAsOf({ q1: 80, q2: 95 }, 'sum').value)],
      ]);
      // Formula neutralised.
      expect(byFile('uji.json')[0]!.agency).toBe("'=Dinas Uji");
    } finally {
      dir.cleanup();
    }
  });

  it('has help in Indonesian and English', async () => {
    expect((await cli(['export', '--help', '--locale', 'id'])).stdout).toMatch(/satu\s+baris\s+per\s+IK\s+per\s+tahun/);
    expect((await cli(['export', '--help'])).stdout).toMatch(/one row\s+per\s+indicator\s+per\s+year/);
  });
});
