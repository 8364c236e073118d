/**
 * The workspace commands: `review FOLDER --workspace`, `render FOLDER --workspace` and `pk`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT, smallTree, tempDir } from './support.js';
import { foreignWords } from './words.js';

const WS = join('examples', 'workspace');
const out = tempDir({});
afterAll(() => out.cleanup());

describe('review --workspace', () => {
  it('reviews every document and the workspace rules, each finding under its file with its line', async () => {
    const r = await cli(['review', WS, '--workspace', '--format', 'json'], { cwd: ROOT });
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { file: string; rule: string; result: string; line: number | null }[];
    const rejected = rows.find((f) => f.rule === 'crosscutting-rejected')!;
    expect(rejected).toMatchObject({ file: join(WS, 'dinkes-2026.yaml'), result: 'OP2' });
    expect(readFileSync(join(ROOT, rejected.file), 'utf8').split('\n')[rejected.line! - 1]).toContain('status: ditolak');
    expect(rows.filter((f) => f.rule === 'crosscutting-one-sided')).toHaveLength(2);
  });

  it('says in Indonesian which documents it read, and exits 1 on a reference to nothing', async () => {
    const doc = (id: string, parent?: string) =>
      JSON.stringify({
        pokin: 1,
        id,
        title: id,
        results: [{ id: 'G1', level: 'goal', statement: 'Meningkatnya Mutu', ...(parent ? { parent } : {}) }],
      });
    const dir = tempDir({ 'a.json': doc('a'), 'b.json': doc('b', 'a#X9'), 'pokin.workspace.yaml': 'pemda: a\n' });
    try {
      const r = await cli(['review', dir.dir, '--workspace', '--locale', 'id'], { cwd: ROOT });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('Workspace a: 2 dokumen, 2 kinerja');
      expect(r.stdout).toContain('reference-unresolved');
      expect(r.stdout).toContain('dokumen "a" tidak memiliki kinerja dengan id "X9"');
    } finally {
      dir.cleanup();
    }
  });

  it('names the file of a broken document and of a bad manifest', async () => {
    const dir = tempDir({ 'a.json': '{"pokin": 1, "title": "A", "results": []}', 'pokin.workspace.yaml': 'pemda: a\nnope: 1\n' });
    try {
      const r = await cli(['review', dir.dir, '--workspace'], { cwd: ROOT });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('pokin.workspace.yaml');
      expect(r.stderr).not.toContain('    at ');
    } finally {
      dir.cleanup();
    }
  });
});

describe('render --workspace', () => {
  it('draws the Pemda tree with the agencies under their parents', async () => {
    const file = join(out.dir, 'ws.svg');
    const r = await cli(['render', WS, '--workspace', '--to', 'svg', '-o', file], { cwd: ROOT });
    expect(r.code).toBe(0);
    const svg = readFileSync(file, 'utf8');
    // Statements are wrapped into lines: a Pemda sasaran, an agency goal under it, a crosscutting link.
    expect(svg).toContain('Profesionalitas');
    expect(svg).toContain('Manajemen ASN');
    expect(svg).toMatch(/stroke-dasharray/);
  });

  it('writes the crosscutting annex and the combined matrix', async () => {
    const cc = await cli(['render', WS, '--workspace', '--to', 'html', '--view', 'crosscutting', '--locale', 'id'], { cwd: ROOT });
    expect(cc.stdout).toContain('Lampiran Crosscutting');
    expect(cc.stdout).toContain('Ditolak');
    const m = await cli(['render', WS, '--workspace', '--to', 'html'], { cwd: ROOT });
    expect(m.stdout).toContain('Menurunnya Prevalensi Stunting');
    expect(m.stdout).toContain('Tersedianya Aplikasi Rekam Medis Elektronik Puskesmas');
  });

  it('refuses a view the format cannot show', async () => {
    const r = await cli(['render', WS, '--workspace', '--to', 'svg', '--view', 'crosscutting'], { cwd: ROOT });
    expect(r.code).toBe(2);
  });
});

describe('pk', () => {
  it("without --year takes the first year of the period a CSV's target columns span", async () => {
    const r = await cli(['pk', join(ROOT, 'examples', 'templat', 'pokin.csv'), '--locale', 'id'], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Lampiran Perjanjian Kinerja Tahun 2025');
    const json = await cli(['render', join(ROOT, 'examples', 'templat', 'pokin.csv'), '--to', 'json'], { cwd: ROOT });
    expect(JSON.parse(json.stdout).period).toEqual({ start: 2025, end: 2029 });
  });

  it('refuses a tree where no result names an owner, writing nothing', async () => {
    const target = out.path('pk-none.html');
    const tree = out.path('tanpa-owner.json');
    writeFileSync(tree, JSON.stringify(smallTree({ period: { start: 2025, end: 2029 } })));
    const r = await cli(['pk', tree, '--year', '2026', '-o', target, '--locale', 'id'], { cwd: ROOT });
    expect(r.code).toBe(2);
    expect(r.errLines[0]).toMatch(
      /: belum ada kinerja yang memiliki penanggung jawab \(owner\): Perjanjian Kinerja dan peta cascading disusun per jabatan/,
    );
    expect(existsSync(target)).toBe(false);
    const en = await cli(['pk', tree, '--year', '2026', '-o', target, '--locale', 'en'], { cwd: ROOT });
    expect(en.errLines[0]).toMatch(/: no result names an owner: /);
    expect(foreignWords(en.stderr, 'en')).toEqual([]);
  });

  it('refuses a year outside the plan, writing nothing', async () => {
    const target = out.path('pk-2062.html');
    const r = await cli(['pk', WS, '--year', '2062', '-o', target, '--locale', 'id'], { cwd: ROOT });
    expect(r.code).toBe(2);
    expect(r.errLines).toEqual(['pokin: --year 2062 di luar periode dokumen 2025-2029']);
    expect(existsSync(target)).toBe(false);
  });

  it('prints the agreements of a workspace, the Bupati as the second party of a Kepala Dinas', async () => {
    const r = await cli(['pk', WS, '--year', '2026', '--position', 'Kepala Dinas Kesehatan', '--locale', 'id'], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Lampiran Perjanjian Kinerja Tahun 2026');
    expect(r.stdout).toContain('Bupati Contoh');
  });

  it('prints the peta cascading of one file', async () => {
    const r = await cli(['pk', join(WS, 'bkpsdm-2026.yaml'), '--peta', '--locale', 'id'], { cwd: ROOT });
    expect(r.stdout).toContain('Peta Cascading Kinerja per Jabatan');
  });

  it('writes the peta cascading as PDF and the agreements as .xlsx, by the -o extension', async () => {
    const pdf = join(out.dir, 'peta.pdf');
    expect((await cli(['pk', WS, '--peta', '-o', pdf], { cwd: ROOT })).code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const xlsx = join(out.dir, 'pk.xlsx');
    expect((await cli(['pk', WS, '--year', '2026', '-o', xlsx], { cwd: ROOT })).code).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString('latin1')).toBe('PK');
    const r = await cli(['pk', WS, '--peta', '--to', 'docx'], { cwd: ROOT });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('html, pdf or xlsx');
  });

  it('refuses a year that is not one', async () => {
    const r = await cli(['pk', WS, '--year', '26'], { cwd: ROOT });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a year');
  });
});

describe('stats owner coverage', () => {
  it('counts results with and without an owner per tier', async () => {
    const r = await cli(['stats', join(WS, 'bkpsdm-2026.yaml'), '--format', 'json'], { cwd: ROOT });
    const [row] = JSON.parse(r.stdout) as { owners: Record<string, { owned: number; unowned: number }> }[];
    expect(row!.owners.strategis).toEqual({ owned: 1, unowned: 0 });
    expect(row!.owners.operasional).toEqual({ owned: 13, unowned: 7 });
    const text = await cli(['stats', join(WS, 'bkpsdm-2026.yaml'), '--locale', 'id'], { cwd: ROOT });
    expect(text.stdout).toMatch(/berpemilik.*operasional 13\/20/);
  });
});
