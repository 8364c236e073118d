/**
 * `pokin pk`: a `--position` that matches nothing is refused, the results left out for lack of an
 * owner are named, an agreement of a position with itself is warned of, and the Kepala Daerah
 * signs alone.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from './support.js';
import { foreignWords } from './words.js';

const WS = join('examples', 'workspace');
const out = tempDir({});
afterAll(() => out.cleanup());

/** A tree whose Kepala Dinas is written under two units: the lower result's owner is the same position. */
const samePosition = () => ({
  pokin: 1,
  title: 'T',
  period: { start: 2025, end: 2029 },
  results: [
    {
      id: 'A',
      level: 'goal',
      statement: 'Meningkatnya Derajat Kesehatan',
      owner: { unit: 'Dinas Kesehatan', position: 'Kepala Dinas' },
      indicators: [{ id: 'A.1', statement: 'Usia Harapan Hidup', unit: 'tahun', targets: { '2026': 71.6 } }],
    },
    {
      id: 'B',
      level: 'ultimate-outcome',
      parent: 'A',
      statement: 'Meningkatnya Mutu Pelayanan Kesehatan',
      owner: { unit: 'Sekretariat', position: 'Kepala Dinas' },
      indicators: [{ id: 'B.1', statement: 'Persentase puskesmas terakreditasi', unit: '%', targets: { '2026': 80 } }],
    },
  ],
});

describe('pk --position', () => {
  it('refuses a position no result has, exit 2, no file, naming the positions there are', async () => {
    const target = out.path('pk-walikota.pdf');
    const r = await cli(['pk', WS, '--year', '2026', '--position', 'Walikota', '-o', target]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--position "Walikota": no position matches; the positions are: Bupati Contoh; Kepala Badan;');
    expect(existsSync(target)).toBe(false);
    const id = await cli(['pk', WS, '--year', '2026', '--position', 'Walikota', '-o', target, '--locale', 'id']);
    expect(id.stderr).toContain('tidak ada jabatan yang cocok; jabatan yang ada: Bupati Contoh;');
  });
});

describe('pk notes', () => {
  it('names the results left out for lack of an owner', async () => {
    const r = await cli(['pk', WS, '--year', '2026', '--position', 'Kepala Dinas Kesehatan']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /note: 8 results without an owner are left out of the Performance Agreement .*: bkpsdm-2026#OP08, bkpsdm-2026#OP09, /,
    );
    expect(foreignWords(r.stderr, 'en')).toEqual([]);
    const id = await cli(['pk', WS, '--year', '2026', '--position', 'Kepala Dinas Kesehatan', '--locale', 'id']);
    expect(id.stderr).toContain('catatan: 8 kinerja tanpa penanggung jawab (owner)');
  });

  it('refuses an -o whose extension names no format of pk, or another than --to, writing nothing', async () => {
    const tree = join(out.dir, 'formats.json');
    writeFileSync(tree, JSON.stringify(samePosition()));
    const svg = join(out.dir, 'pk.svg');
    const r = await cli(['pk', tree, '--year', '2026', '-o', svg]);
    expect(r.code).toBe(2);
    expect(r.errLines.join('\n')).toMatch(/cannot tell the format from its extension/);
    expect(existsSync(svg)).toBe(false);
    const pdf = join(out.dir, 'pk.pdf');
    const clash = await cli(['pk', tree, '--year', '2026', '--to', 'html', '-o', pdf]);
    expect(clash.code).toBe(2);
    expect(clash.errLines.join('\n')).toMatch(/extension \.pdf does not match the format html/);
    expect(existsSync(pdf)).toBe(false);
  });

  it("warns of an agency still named as pokin init's sample", async () => {
    const tree = join(out.dir, 'sample.json');
    writeFileSync(tree, JSON.stringify({ ...samePosition(), agency: { name: 'Dinas Contoh' } }));
    const r = await cli(['pk', tree, '--year', '2026', '--locale', 'id']);
    expect(r.code).toBe(0);
    expect(r.errLines.join('\n')).toMatch(/nama perangkat daerah masih "Dinas Contoh", contoh dari pokin init/);
  });

  it('warns of an agreement whose two parties are the same position', async () => {
    const tree = out.path('same.json');
    writeFileSync(tree, JSON.stringify(samePosition()));
    const r = await cli(['pk', tree, '--year', '2026']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'warning: the first and second party of the Performance Agreement (PK) of "Kepala Dinas" are the same position',
    );
    expect(foreignWords(r.stderr, 'en')).toEqual([]);
    expect(r.stderr).toContain('("Dinas Kesehatan" and "Sekretariat")');
    const id = await cli(['pk', tree, '--year', '2026', '--locale', 'id']);
    expect(id.stderr).toContain('peringatan: Pihak Pertama dan Pihak Kedua Perjanjian Kinerja "Kepala Dinas" adalah jabatan yang sama');
  });

  it('prints the Bupati signing alone: no second party and no NIP line to fill in', async () => {
    const r = await cli(['pk', WS, '--year', '2026', '--position', 'Bupati', '--locale', 'id'], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('H. Sutrisno Hadi, S.H., M.H.');
    expect(r.stdout).not.toContain('Pihak Kedua');
    expect(r.stdout).not.toContain('NIP. ....');
  });
});
