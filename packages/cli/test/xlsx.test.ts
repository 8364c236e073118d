/**
 * `.xlsx` in and out of the CLI: `render --to xlsx`, an `.xlsx` input to review, render and stats,
 * and a malformed workbook as one Indonesian line with exit 2 and no output file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCascade } from '@pokin/core';
import { parseXlsx } from '@pokin/xlsx';
import { GOAL_ROW, RESULTS_HEADER, makeXlsx, sheetXml } from '../../xlsx/test/support.js';
import { cli, EXAMPLE, tempDir } from './support.js';

const example = parseCascade(parse(readFileSync(EXAMPLE, 'utf8')));
const out = tempDir();
afterAll(() => out.cleanup());

describe('pokin and .xlsx', () => {
  it('render --to xlsx writes a workbook that reads back to the same cascade, and review reads it', async () => {
    const file = out.path('bkpsdm.xlsx');
    const r = await cli(['render', EXAMPLE, '--to', 'xlsx', '-o', file]);
    expect(r.code).toBe(0);
    expect(parseXlsx(new Uint8Array(readFileSync(file))).cascade.equals(example)).toBe(true);
    const review = await cli(['review', file, '--format', 'json']);
    expect(review.code).toBeLessThan(2);
    const yaml = await cli(['render', file, '--to', 'yaml']);
    expect(yaml.code).toBe(0);
    expect(parseCascade(parse(yaml.stdout)).equals(example)).toBe(true);
  });

  it('refuses to write a workbook to a terminal', async () => {
    const r = await cli(['render', EXAMPLE, '--to', 'xlsx'], { tty: true });
    expect(r.code).toBe(2);
    expect(r.errLines.join('\n')).toContain('--to xlsx is binary');
  });

  it('a malformed workbook: one line in Bahasa Indonesia, exit 2, no output', async () => {
    const bad = tempDir({ 'rusak.xlsx': 'ini bukan zip' });
    const target = bad.path('keluar.yaml');
    const r = await cli(['render', bad.path('rusak.xlsx'), '--to', 'yaml', '-o', target, '--locale', 'id']);
    expect(r.code).toBe(2);
    expect(r.errLines).toHaveLength(1);
    expect(r.errLines[0]).toContain('bukan berkas .xlsx (isinya bukan arsip zip)');
    expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
    expect(existsSync(target)).toBe(false);
    bad.cleanup();
  });

  it('in the language --locale names, for a reading problem and for a problem of the tree', async () => {
    const bad = tempDir({ 'x.xlsx': '' });
    // A well-formed workbook whose one row names a level the scheme lacks.
    writeFileSync(bad.path('x.xlsx'), makeXlsx(sheetXml([RESULTS_HEADER, GOAL_ROW.map((c) => (c === 'goal' ? 'gol' : c))])));
    const en = await cli(['review', bad.path('x.xlsx'), '--locale', 'en']);
    expect(en.errLines[0]).toMatch(/sheet "Sheet1", cell D2 \(column "level"\): level "gol" is not in the level scheme/);
    const id = await cli(['review', bad.path('x.xlsx'), '--locale', 'id']);
    expect(id.errLines[0]).toMatch(/lembar "Sheet1", sel D2 \(kolom "level"\): level "gol" tidak ada dalam skema level/);
    bad.cleanup();
  });

  it("review of a workbook names each finding's row, and its cell's row and column in JSON", async () => {
    const dir = tempDir({ 'w.xlsx': '' });
    // A target below the baseline of an indicator whose higher is better: a finding on cell L2.
    writeFileSync(dir.path('w.xlsx'), makeXlsx(sheetXml([RESULTS_HEADER, [...GOAL_ROW.slice(0, 10), 80, 70]])));
    const text = await cli(['review', dir.path('w.xlsx'), '--locale', 'id']);
    expect(text.stdout).toMatch(/G1 {2}Tujuan {2}\S*w\.xlsx baris 2\n/);
    const json = JSON.parse((await cli(['review', dir.path('w.xlsx'), '--format', 'json'])).stdout) as Record<string, unknown>[];
    expect(json.find((f) => f.rule === 'target-worse-than-baseline')).toMatchObject({
      path: 'results[0].indicators[0].targets.2026',
      line: 2,
      column: 12,
    });
    dir.cleanup();
  });

  it("every command that reads a workbook tells the reader's notes on stderr, once, not only render", async () => {
    const dir = tempDir({ 'w.xlsx': '' });
    // The 2026 target computed by a formula whose saved value is 2: a note, not an error.
    const target = { xml: '<c r="REF"><f>K2*2</f><v>2</v></c>' };
    writeFileSync(dir.path('w.xlsx'), makeXlsx(sheetXml([RESULTS_HEADER, GOAL_ROW.map((c, i) => (i === 11 ? target : c))])));
    const note = /^pokin: \S*w\.xlsx: .*1 sel berisi rumus dibaca dari nilai yang terakhir dihitung/;
    for (const argv of [
      ['review', dir.path('w.xlsx')],
      ['review', dir.path('w.xlsx'), '--format', 'json'],
      ['stats', dir.path('w.xlsx')],
      ['render', dir.path('w.xlsx'), '--to', 'yaml'],
      ['report', dir.path('w.xlsx'), '--year', '2026', '--to', 'csv'],
    ]) {
      const r = await cli([...argv, '--locale', 'id']);
      expect(r.code, argv.join(' ')).toBeLessThan(2);
      expect(
        r.errLines.filter((l) => note.test(l)),
        argv.join(' '),
      ).toHaveLength(1);
      expect(r.stdout, argv.join(' ')).not.toContain('sel berisi rumus');
    }
    dir.cleanup();
  });

  it('English with POKIN_LOCALE=en', async () => {
    const bad = tempDir({ 'x.xlsx': 'not a zip' });
    const r = await cli(['review', bad.path('x.xlsx')], { env: { POKIN_LOCALE: 'en' } });
    expect(r.code).toBe(2);
    expect(r.errLines[0]).toContain('not an .xlsx file (it is not a zip archive)');
    bad.cleanup();
  });
});

describe('--encoding windows-1252 for a CSV saved by Excel on Windows', () => {
  it('reads the bytes as Windows-1252 (é is 0xE9), and refuses them as UTF-8', async () => {
    const header =
      'result_id,parent_id,contributes_to,level,statement,indicator_id,indicator,unit,polarity,baseline_year,baseline_value\r\n';
    const row = 'G1,,,goal,Meningkatnya kualitas layanan caf\u00e9,,,,,,\r\n';
    const bytes = Uint8Array.from([...header, ...row].map((ch) => ch.charCodeAt(0)));
    const dir = tempDir({ 'excel.csv': bytes });
    const ok = await cli(['render', dir.path('excel.csv'), '--to', 'json', '--encoding', 'windows-1252']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('layanan caf\u00e9');
    const refused = await cli(['render', dir.path('excel.csv'), '--to', 'json']);
    expect(refused.code).toBe(2);
    dir.cleanup();
  });

  it('names the option in the refusal of a CSV, in Indonesian and English, and not for YAML', async () => {
    const dir = tempDir({
      'excel.csv': Uint8Array.from([...'result_id,level,statement\r\nG1,goal,Layanan caf\u00e9\r\n'].map((ch) => ch.charCodeAt(0))),
      'tree.yaml': Uint8Array.from([...'pokin: 1\ntitle: Caf\u00e9\n'].map((ch) => ch.charCodeAt(0))),
    });
    const id = await cli(['review', dir.path('excel.csv'), '--locale', 'id']);
    expect(id.stderr).toContain('atau baca CSV Windows-1252 apa adanya dengan --encoding windows-1252');
    const en = await cli(['review', dir.path('excel.csv'), '--locale', 'en']);
    expect(en.stderr).toContain('or read a Windows-1252 CSV as it is with --encoding windows-1252');
    const yaml = await cli(['review', dir.path('tree.yaml'), '--locale', 'id']);
    expect(yaml.stderr).toContain('bukan teks UTF-8');
    expect(yaml.stderr).not.toContain('--encoding');
    dir.cleanup();
  });
});

describe('--encoding windows-1252 maps 0x80-0x9F as Windows does', () => {
  it('reads “ ” – ’ … € (0x93 0x94 0x96 0x92 0x85 0x80), not C1 controls', async () => {
    const header =
      'result_id,parent_id,contributes_to,level,statement,indicator_id,indicator,unit,polarity,baseline_year,baseline_value\r\n';
    const row = 'G1,,,goal,Layanan \u0093prima\u0094 \u0096 warga\u0092 \u0085 \u0080,,,,,,\r\n';
    const bytes = Uint8Array.from([...header, ...row].map((ch) => ch.charCodeAt(0)));
    const dir = tempDir({ 'excel.csv': bytes });
    const ok = await cli(['render', dir.path('excel.csv'), '--to', 'json', '--encoding', 'windows-1252']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).results[0].statement).toBe('Layanan \u201cprima\u201d \u2013 warga\u2019 \u2026 \u20ac');
    dir.cleanup();
  });
});
