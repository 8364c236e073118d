/**
 * Analysts: many files and folders in one call, one combined table; a broken file is a row in the
 * table and makes the exit code 2 without stopping the others.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli, smallTree, tempDir } from './support.js';

const json = (v: unknown) => JSON.stringify(v, null, 2);
const agency = (name: string, extra: (rs: Record<string, unknown>[]) => void = () => undefined) => {
  const t = smallTree({ agency: { name } });
  extra(t.results as Record<string, unknown>[]);
  return t;
};

const dir = tempDir({
  'a.yaml': `# Dinas A\n${json(agency('Dinas A'))}`,
  'b.json': json(agency('Dinas, "B"', (rs) => delete rs[5]!.indicators)),
  'trees/c.json': json(agency('Dinas C')),
  'trees/sub/d.yml': json(agency('Dinas D')),
  'trees/sub/broken.json': '{"pokin": 1,',
  'trees/notes.txt': 'not an input',
  'trees/.hidden/e.json': json(agency('Hidden')),
  // The lock file Excel keeps beside an open workbook: skipped, as hidden files are.
  'trees/~$c.xlsx': 'x\0\0\0',
});
afterAll(() => dir.cleanup());

function parseCsv(text: string): string[][] {
  // Minimal RFC 4180 reader for the assertions.
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  return rows;
}

describe('review across files and folders', () => {
  it('--format csv prints one table covering every file, the broken one as a parse-error row', async () => {
    const r = await cli(['review', 'a.yaml', 'b.json', 'trees/', '--format', 'csv', '--locale', 'id'], { cwd: dir.dir });
    expect(r.code).toBe(2);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(['file', 'agency', 'result', 'rule', 'severity', 'message', 'indicator', 'path', 'line', 'column', 'url']);
    expect(rows.slice(1).every((row) => row.length === 11)).toBe(true);
    const files = [...new Set(rows.slice(1).map((row) => row[0]))];
    // b.json has an error; the broken file is a row; the others appear when they have findings.
    expect(files).toContain('b.json');
    expect(files).toContain('trees/sub/broken.json');
    expect(files).not.toContain('trees/.hidden/e.json');
    const broken = rows.find((row) => row[0] === 'trees/sub/broken.json')!;
    expect(broken[3]).toBe('parse-error');
    expect(broken[4]).toBe('error');
    // In the language asked for (--locale id).
    expect(broken[5]).toMatch(/^JSON tidak sah: /);
    expect(broken.slice(8, 10)).toEqual(['1', '13']);
    const b = rows.find((row) => row[0] === 'b.json' && row[3] === 'indicator-missing')!;
    expect(b[1]).toBe('Dinas, "B"');
    expect(b[2]).toBe('O2');
    expect(b[7]).toMatch(/^results\[\d+\]\.indicators$/);
    expect(Number(b[8])).toBeGreaterThan(1);
    expect(b[10]).toBe('https://github.com/pokin-dev/pokin/blob/main/docs/aturan.md#indicator-missing');
    // The error was also reported on stderr, once, with its place.
    expect(r.errLines).toEqual([
      'pokin: trees/sub/broken.json:1:13: JSON tidak sah: berkas berakhir terlalu cepat: seharusnya nama properti dalam tanda kutip ganda',
    ]);
  });

  it('--format json is one array across files, with file and agency on every finding', async () => {
    const r = await cli(['review', 'trees', 'b.json', '--format', 'json'], { cwd: dir.dir });
    expect(r.code).toBe(2);
    const rows = JSON.parse(r.stdout) as { file: string; agency: string | null; rule: string; line: number | null }[];
    const order = [...new Set(rows.map((x) => x.file))];
    // Folder contents are sorted, arguments keep their order.
    expect(order.indexOf('trees/sub/broken.json')).toBeLessThan(order.indexOf('b.json'));
    expect(rows.find((x) => x.file === 'trees/sub/broken.json')).toMatchObject({ rule: 'parse-error', agency: null, line: 1 });
    expect(rows.find((x) => x.file === 'b.json' && x.rule === 'indicator-missing')).toMatchObject({ agency: 'Dinas, "B"' });
  });

  it('text output reviews every file and says how many could not be read', async () => {
    const r = await cli(['review', 'a.yaml', 'trees'], { cwd: dir.dir });
    expect(r.code).toBe(2);
    for (const f of ['a.yaml', 'trees/c.json', 'trees/sub/d.yml']) expect(r.stdout).toContain(`${f}  Pohon Kinerja Uji`);
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/in 3 files \(18 results\); 1 file could not be read$/);
  });

  it('without the broken file the exit code reflects the findings', async () => {
    const r = await cli(['review', 'a.yaml', 'trees/c.json', 'trees/sub/d.yml', '--format', 'csv'], { cwd: dir.dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('a file named twice', () => {
  it('is reviewed once: directly and again through its folder', async () => {
    const rowsOf = async (args: string[]) =>
      (JSON.parse((await cli(['review', ...args, '--format', 'json'], { cwd: dir.dir })).stdout) as { file: string }[]).filter(
        (x) => x.file === 'trees/c.json',
      ).length;
    const once = await rowsOf(['trees/c.json']);
    expect(once).toBeGreaterThan(0);
    expect(await rowsOf(['trees/c.json', 'trees/', 'trees/c.json'])).toBe(once);
  });
});

describe('stats across files', () => {
  it('--format csv is one row per file, the broken one with its error', async () => {
    const r = await cli(['stats', 'a.yaml', 'b.json', 'trees', '--format', 'csv'], { cwd: dir.dir });
    expect(r.code).toBe(2);
    const rows = parseCsv(r.stdout);
    const head = rows[0]!;
    expect(head.slice(0, 10)).toEqual([
      'file',
      'agency',
      'title',
      'results',
      'indicators',
      'results_without_indicator',
      'depth',
      'leaves',
      'roots',
      'crosscutting_links',
    ]);
    expect(head).toContain('level_output');
    expect(head.at(-1)).toBe('error');
    expect(rows.slice(1).map((row) => row[0])).toEqual(['a.yaml', 'b.json', 'trees/c.json', 'trees/sub/broken.json', 'trees/sub/d.yml']);
    const col = (name: string) => head.indexOf(name);
    const b = rows[2]!;
    expect(b[col('results')]).toBe('6');
    expect(b[col('results_without_indicator')]).toBe('1');
    expect(b[col('level_output')]).toBe('2');
    expect(rows[4]![col('error')]).toMatch(/^trees\/sub\/broken\.json:1:13: invalid JSON/);
  });

  it('text output for several files is one table', async () => {
    const r = await cli(['stats', 'a.yaml', 'trees/c.json'], { cwd: dir.dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^file +results +IK +no IK +depth +leaves +crosscut +strategis +urusan +taktis +operasional$/);
    expect(lines[1]).toMatch(/^a\.yaml +6 +6 +0 +5 +2 +0 +1 +1 +2 +2$/);
  });

  it('parses YAML written by a person with a comment line', async () => {
    // a.yaml is JSON with a leading YAML comment: read as YAML.
    const r = await cli(['render', 'a.yaml', '--to', 'yaml'], { cwd: dir.dir });
    expect(r.code).toBe(0);
    expect(parse(r.stdout)).toMatchObject({ pokin: 1, agency: { name: 'Dinas A' } });
  });
});

describe('symbolic links in a folder', () => {
  it('a link to a file inside is read, one to outside is skipped, a broken one is reported, a link to a folder is not followed', async () => {
    const { symlinkSync } = await import('node:fs');
    const links = tempDir({
      'real/a.json': json(agency('Dinas A')),
      'real/x/b.yaml': json(agency('Dinas B')),
      'outside/d.json': json(agency('Dinas D')),
    });
    try {
      symlinkSync(links.path('real/x/b.yaml'), links.path('real/b.json'));
      symlinkSync(links.path('outside/d.json'), links.path('real/d.json'));
      symlinkSync(links.path('outside/missing.json'), links.path('real/c.json'));
      symlinkSync(links.path('real'), links.path('real/loop.json'));
      symlinkSync(links.path('outside'), links.path('real/sub'));
      const r = await cli(['stats', 'real', '--format', 'json'], { cwd: links.dir });
      const rows = JSON.parse(r.stdout) as { file: string; error: string | null; agency: string | null }[];
      expect(rows.map((x) => [x.file, x.error === null ? x.agency : x.error])).toEqual([
        ['real/a.json', 'Dinas A'],
        ['real/b.json', 'Dinas B'],
        ['real/c.json', 'real/c.json: no such file or folder'],
        ['real/x/b.yaml', 'Dinas B'],
      ]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/real\/d\.json: catatan: dilewati: tautan simbolis ke luar folder/);
    } finally {
      links.cleanup();
    }
  });
});
