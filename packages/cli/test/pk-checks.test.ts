/**
 * `pokin pk`: a `--position` that matches nothing is refused, and the results left out for lack
 * of an owner are named.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './support.js';

const WS = join('examples', 'workspace');
const out = tempDir({});
afterAll(() => out.cleanup());

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
      /note: 8 results without an owner are left out of the Perjanjian Kinerja .*: bkpsdm-2026#OP08, bkpsdm-2026#OP09, /,
    );
    const id = await cli(['pk', WS, '--year', '2026', '--position', 'Kepala Dinas Kesehatan', '--locale', 'id']);
    expect(id.stderr).toContain('catatan: 8 kinerja tanpa penanggung jawab (owner)');
  });
});
