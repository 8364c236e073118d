/**
 * A CSV problem in a field beyond the last header is placed by the column's number in the user's
 * language: it read `kolom "(beyond the last header)" (7)` in the Indonesian output.
 */
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './support.js';

const RAGGED = 'kode;induk;level;kinerja;indikator;satuan\r\nG1;;goal;Tujuan;IK satu;%\r\nG2;;goal;Tujuan dua;IK dua;%;lebih\r\n';

describe('the place of a field beyond the last header', () => {
  it('is "kolom ke-7" in Bahasa Indonesia and "column 7" in English', async () => {
    const t = tempDir({ 'isian.csv': RAGGED });
    try {
      const id = await cli(['review', t.path('isian.csv'), '--locale', 'id']);
      expect(id.code).toBe(2);
      expect(id.stderr).toContain('baris 3, kolom ke-7: baris ini berisi 7 kolom tetapi tajuknya 6');
      expect(id.stderr).not.toContain('beyond');
      const en = await cli(['review', t.path('isian.csv')]);
      expect(en.stderr).toContain('row 3, column 7: the row has 7 fields but the header has 6');
    } finally {
      t.cleanup();
    }
  });
});
