/**
 * What a Windows user needs instead of `>`: `review` and `stats` write with `-o` (whole, named on
 * stderr) in a `--csv-profile` (`excel-id`: ";" and a BOM) or as JSON Lines; `render` takes its
 * format from `-o`, refuses an extension naming another format, and names what it wrote.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { PROFILES } from '@pokin/csv';
import { CSV_PROFILES } from '../src/output/table.js';
import { report, say, usage } from '../src/messages/index.js';
import { cli, EXAMPLE, smallTree, tempDir } from './support.js';

const dir = tempDir({ 'a.json': JSON.stringify(smallTree()), 'b.json': JSON.stringify(smallTree({ title: 'Kedua' })) });
afterAll(() => dir.cleanup());
const BOM = [0xef, 0xbb, 0xbf];

describe('review and stats -o, --csv-profile, --format jsonl', () => {
  it('review --format csv --csv-profile excel-id -o: ";" between fields, CRLF, a BOM, nothing on stdout', async () => {
    const r = await cli([
      'review',
      EXAMPLE,
      '--format',
      'csv',
      '--csv-profile',
      'excel-id',
      '-o',
      dir.path('temuan.csv'),
      '--locale',
      'id',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.errLines).toEqual([`pokin: ${say(report.wrote([dir.path('temuan.csv')]), 'id')}`]);
    const bytes = readFileSync(dir.path('temuan.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('file;agency;result;rule;severity;message;indicator;path;line;column;url');
    expect(lines.length).toBeGreaterThan(10);
  });

  it('the same rows as on stdout without a profile, and the text report in a file has no colour', async () => {
    const plain = await cli(['review', EXAMPLE, '--format', 'csv']);
    const file = await cli(['review', EXAMPLE, '--format', 'csv', '--csv-profile', 'rfc4180', '-o', dir.path('rfc.csv')]);
    expect(file.code).toBe(0);
    expect(readFileSync(dir.path('rfc.csv'), 'utf8')).toBe(plain.stdout.replace(/\n/g, '\r\n'));
    await cli(['review', EXAMPLE, '-o', dir.path('reviu.txt'), '--color', '--locale', 'id']);
    const text = readFileSync(dir.path('reviu.txt'), 'utf8');
    expect(text).not.toContain('\u001b[');
    expect(text).toContain('31 kinerja');
  });

  it('--format jsonl: one finding per line, each the row of --format json', async () => {
    const json = JSON.parse((await cli(['review', EXAMPLE, '--format', 'json'])).stdout) as unknown[];
    const jsonl = await cli(['review', EXAMPLE, '--format', 'jsonl']);
    const lines = jsonl.stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(json);
    const stats = await cli(['stats', dir.path('a.json'), dir.path('b.json'), '--format', 'jsonl']);
    expect(
      stats.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).title),
    ).toEqual(['Pohon Kinerja Uji', 'Kedua']);
  });

  it('stats -o with excel-id writes a BOM and ";"; -o never writes over an input', async () => {
    const r = await cli([
      'stats',
      dir.path('a.json'),
      dir.path('b.json'),
      '--format',
      'csv',
      '--csv-profile',
      'excel-id',
      '-o',
      dir.path('stats.csv'),
    ]);
    expect(r.code).toBe(0);
    const bytes = readFileSync(dir.path('stats.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    expect(bytes.toString('utf8').split('\r\n')[0]).toMatch(/^\ufefffile;agency;title;results;/);
    const before = readFileSync(dir.path('a.json'), 'utf8');
    const over = await cli(['review', dir.path('a.json'), '-o', dir.path('a.json')]);
    expect(over.code).toBe(2);
    expect(readFileSync(dir.path('a.json'), 'utf8')).toBe(before);
  });

  it('the CLI profiles are the CSV package profiles', () => {
    for (const [name, p] of Object.entries(CSV_PROFILES))
      expect({ ...p, newline: p.newline }).toEqual({ ...PROFILES[name as keyof typeof PROFILES] });
  });
});

describe('render -o', () => {
  it('takes the format from the extension and says which file it wrote', async () => {
    for (const [name, start] of [
      ['pohon.svg', '<svg'],
      ['pohon.html', '<!DOCTYPE'],
      ['pohon.yml', 'pokin: 1'],
      ['pohon.json', '{'],
    ] as const) {
      const r = await cli(['render', EXAMPLE, '-o', dir.path(name), '--locale', 'id']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.errLines).toEqual([`pokin: ${say(report.wrote([dir.path(name)]), 'id')}`]);
      expect(readFileSync(dir.path(name), 'utf8').slice(0, 200)).toContain(start);
    }
  });

  it('refuses --to that the extension contradicts, and -o without a known extension or --to', async () => {
    const png = await cli(['render', EXAMPLE, '--to', 'svg', '-o', dir.path('x.png'), '--locale', 'id']);
    expect(png.code).toBe(2);
    expect(png.errLines).toEqual([`pokin: ${say(usage.extensionMismatch('svg', dir.path('x.png'), 'png'), 'id')}`]);
    expect(existsSync(dir.path('x.png'))).toBe(false);
    const unknown = await cli(['render', EXAMPLE, '-o', dir.path('x.docx')]);
    expect(unknown.code).toBe(2);
    expect(unknown.errLines[0]).toContain('--to');
    const none = await cli(['render', EXAMPLE]);
    expect(none.code).toBe(2);
    // --to with an extension it does not know is the user's choice: kept.
    const txt = await cli(['render', EXAMPLE, '--to', 'yaml', '-o', dir.path('pohon.txt')]);
    expect(txt.code).toBe(0);
  });
});
