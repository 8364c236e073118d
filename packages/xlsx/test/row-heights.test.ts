/**
 * Rows of the Matriks Cascading are tall enough for their wrapped text: a long statement merged
 * over its indicator rows gets its lines shared out over them, so a spreadsheet does not clip its
 * last lines (the row heights are fixed, as LibreOffice does not grow a merged cell's rows).
 */
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { renderXlsx } from '@pokin/xlsx';
import { LINE_HEIGHT, lineCount } from '../src/text.js';

const STATEMENT =
  'Terselenggaranya pengembangan kompetensi aparatur pengelola perizinan berusaha berbasis risiko melalui pendidikan ' +
  'pelatihan bimbingan teknis sertifikasi profesional berkelanjutan sehingga meningkatkan profesionalisme integritas ' +
  'akuntabilitas responsivitas kecepatan ketepatan pelayanan perizinan terintegrasi elektronik kepada seluruh masyarakat ' +
  'pelaku usaha penanaman modal kabupaten sesuai ketentuan peraturan perundang-undangan berlaku';

describe('row heights of the matrix sheet', () => {
  it('counts wrapped lines word by word, a word that does not fit starting the next line', () => {
    expect(lineCount('', 30)).toBe(1);
    expect(lineCount('kata', 30)).toBe(1);
    expect(lineCount('satu\ndua', 30)).toBe(2);
    // 15 lines in LibreOffice at width 30; never fewer estimated.
    expect(lineCount(STATEMENT, 30)).toBeGreaterThanOrEqual(15);
    expect(lineCount('x'.repeat(130), 30)).toBeGreaterThanOrEqual(5);
  });

  it('gives a long statement merged over two indicator rows the height of its lines', () => {
    const cascade = parseCascade({
      pokin: 1,
      title: 'Panjang',
      results: [
        {
          id: 'G1',
          level: 'goal',
          statement: STATEMENT,
          indicators: [
            { statement: 'Indeks satu', unit: '%', targets: { 2025: 1 } },
            { statement: 'Indeks dua', unit: '%', targets: { 2025: 2 } },
          ],
        },
      ],
    });
    const files = unzipSync(renderXlsx(cascade));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const heights = [...sheet.matchAll(/<row r="(\d+)"[^>]*? ht="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    const body = heights.filter(([r]) => r === 5 || r === 6).map(([, h]) => h);
    expect(body).toHaveLength(2);
    expect(body[0]! + body[1]!).toBeGreaterThanOrEqual(15 * LINE_HEIGHT);
  });
});
