/**
 * `pokin init`: a starter tree for a period and a level scheme, YAML with the schema line or CSV
 * with a target column per year; never over an existing file unless --force.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { parseXlsx } from '@pokin/xlsx';
import { ZipReader } from '../../xlsx/src/read/zip.js';
import { parsePeriod, schemaReference } from '../src/commands/init.js';
import { STARTER_RESULTS, starterYaml } from '../src/init/starter.js';
import { input, report, say, usage } from '../src/messages/index.js';
import { cli, ROOT, tempDir } from './support.js';

const dir = tempDir();
afterAll(() => dir.cleanup());

describe('pokin init', () => {
  it('writes pokin.yaml by default: the schema line first, every year of the period targeted, valid, reviewed clean', async () => {
    const r = await cli(['init', '--period', '2026-2030', '--locale', 'id'], { cwd: dir.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.errLines[0]).toBe('pokin: ditulis: pokin.yaml');
    const text = readFileSync(dir.path('pokin.yaml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+schema\.json$/);
    const cascade = parseCascade(parse(text));
    expect(cascade.period).toEqual({ start: 2026, end: 2030 });
    expect(cascade.size).toBe(6);
    for (const r of cascade.results())
      for (const ik of r.indicators) expect(Object.keys(ik.targets ?? {})).toEqual(['2026', '2027', '2028', '2029', '2030']);
    const review = await cli(['review', 'pokin.yaml', '--locale', 'id'], { cwd: dir.dir });
    expect(review.code).toBe(0);
    expect(review.stdout).toContain('0 kesalahan, 0 peringatan');
  });

  it('the schema line reaches the schema from the file, so the editor finds it', () => {
    const text = readFileSync(dir.path('pokin.yaml'), 'utf8');
    const ref = /\$schema=(\S+)/.exec(text)![1]!;
    expect(existsSync(join(dir.dir, ref))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir.dir, ref), 'utf8')).$schema).toBeDefined();
    // In a folder where @pokin/core is installed, the line is the short path.
    expect(schemaReference(join(ROOT, 'packages', 'cli'))).toBe('./node_modules/@pokin/core/schema.json');
  });

  it('refuses to write over a file unless --force', async () => {
    const r = await cli(['init', '--locale', 'id'], { cwd: dir.dir });
    expect(r.code).toBe(2);
    expect(r.errLines).toEqual([`pokin: pokin.yaml: ${say(input.exists(), 'id')}`]);
    const forced = await cli(['init', '--force', '--agency', 'Dinas Kesehatan'], { cwd: dir.dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(dir.path('pokin.yaml'), 'utf8')).toContain('name: Dinas Kesehatan');
  });

  it('writes a CSV with a target column per year, in a profile, that reads back to the same tree', async () => {
    const r = await cli(
      ['init', 'isian.csv', '--period', '2025-2029', '--levels', 'renstra', '--csv-profile', 'excel-id', '--locale', 'id'],
      { cwd: dir.dir },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.errLines[1]).toContain('pokin review isian.csv --levels renstra');
    const bytes = readFileSync(dir.path('isian.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const header = bytes.toString('utf8').slice(1).split('\r\n')[0]!.split(';');
    expect(header.filter((h) => h.startsWith('target_'))).toEqual([
      'target_2025',
      'target_2026',
      'target_2027',
      'target_2028',
      'target_2029',
    ]);
    expect(header).toEqual(
      expect.arrayContaining(['owner_unit', 'owner_position', 'budget_program', 'budget_activity', 'budget_sub_activity']),
    );
    const back = await cli(['render', 'isian.csv', '--levels', 'renstra', '--to', 'json'], { cwd: dir.dir });
    const levels = JSON.parse(back.stdout).results.map((x: { level: string }) => x.level);
    expect(levels).toEqual(STARTER_RESULTS.renstra.map((x) => x.level));
  });

  it('writes an .xlsx template with dropdowns for level and direction that reads back to the same tree', async () => {
    const r = await cli(['init', 'isian.xlsx', '--period', '2025-2029', '--levels', 'renstra', '--locale', 'id'], { cwd: dir.dir });
    expect(r.code, r.stderr).toBe(0);
    // (the agency is a sample kept where Excel does not show it: said, so that it does not reach a PK)
    expect(r.errLines).toEqual([
      'pokin: ditulis: isian.xlsx',
      say(report.initAgency('Dinas Contoh'), 'id'),
      say(report.initNext('isian.xlsx', true), 'id'),
    ]);
    const bytes = new Uint8Array(readFileSync(dir.path('isian.xlsx')));
    const sheet = new ZipReader(bytes, { maxUnzippedBytes: 1e7, maxEntries: 100 }).text('xl/worksheets/sheet1.xml');
    const lists = [...sheet.matchAll(/<dataValidation type="list"[^>]*sqref="[A-Z]+2:[^"]*"><formula1>&quot;([^<]*)&quot;/g)];
    expect(lists.map((m) => m[1])).toEqual(['tujuan,sasaran,program,kegiatan,sub-kegiatan', 'naik,turun,rentang']);
    const { cascade } = parseXlsx(bytes);
    expect(cascade.results().map((x) => x.level)).toEqual(STARTER_RESULTS.renstra.map((x) => x.level));
    expect(cascade.toDocument()).toEqual(
      parseCascade(parse(starterYaml({ schema: 'x', agency: 'Dinas Contoh', start: 2025, end: 2029, scheme: 'renstra' }))).toDocument(),
    );
  });

  it('takes the format from the extension or --to, and refuses what it cannot write', async () => {
    expect((await cli(['init', 'pohon.txt'], { cwd: dir.dir })).code).toBe(2);
    const mismatch = await cli(['init', 'pohon.csv', '--to', 'yaml', '--locale', 'id'], { cwd: dir.dir });
    expect(mismatch.errLines).toEqual([`pokin: ${say(usage.extensionMismatch('yaml', 'pohon.csv', 'csv'), 'id')}`]);
    const xlsx = await cli(['init', 'pohon.xlsx', '--to', 'csv', '--locale', 'id'], { cwd: dir.dir });
    expect(xlsx.code).toBe(2);
    for (const f of ['pohon.txt', 'pohon.csv', 'pohon.xlsx']) expect(existsSync(dir.path(f))).toBe(false);
  });

  it('reads a period as two years, or one year and the four after it', () => {
    expect(parsePeriod('2025-2029')).toEqual({ start: 2025, end: 2029 });
    expect(parsePeriod(' 2025 – 2029 ')).toEqual({ start: 2025, end: 2029 });
    expect(parsePeriod('2026')).toEqual({ start: 2026, end: 2030 });
    expect(parsePeriod(undefined, new Date(2026, 0, 1))).toEqual({ start: 2027, end: 2031 });
    for (const bad of ['2029-2025', 'x', '1800-1805', '2025-2090']) expect(() => parsePeriod(bad)).toThrow();
  });

  it('quotes what YAML would misread, so any agency name makes a valid file', () => {
    for (const agency of ["Dinas 'Kesehatan'", 'Badan: Perencanaan', '# Dinas', 'yes', '@Dinas', '%Dinas']) {
      const doc = parse(starterYaml({ schema: 'x.json', agency, start: 2025, end: 2029, scheme: 'permenpan-89' }));
      expect(doc.agency.name).toBe(agency);
    }
  });
});
