/**
 * A workspace result whose parent in another document resolves to nothing: the matrix says so,
 * and the crosscutting annex does not count a request to nothing as a link.
 */
import { describe, expect, it } from 'vitest';
import { crosscuttingMatrix, loadWorkspace } from '@pokin/core';
import { renderCrosscuttingHtml, renderHtml } from '@pokin/html';

const ik = { statement: 'Persentase layanan tersedia', unit: '%', polarity: 'up', targets: { '2026': 80 } };
const workspace = () =>
  loadWorkspace(
    [
      {
        name: 'pemda.yaml',
        document: {
          pokin: 1,
          id: 'pemda',
          title: 'Pemda',
          results: [{ id: 'S1', level: 'goal', statement: 'Meningkatnya Mutu Layanan Publik', indicators: [ik] }],
        },
      },
      {
        name: 'dinas.yaml',
        document: {
          pokin: 1,
          id: 'dinas',
          title: 'Dinas',
          results: [
            { id: 'G1', level: 'goal', parent: 'pemda#S1', statement: 'Meningkatnya Mutu Layanan Dinas', indicators: [ik] },
            {
              id: 'G2',
              level: 'goal',
              parent: 'pemda#S6',
              contributesTo: [{ to: 'pemda#S9', status: 'disetujui' }],
              statement: 'Meningkatnya Disiplin Pegawai',
              indicators: [ik],
            },
          ],
        },
      },
    ],
    { pemda: 'pemda' },
  );

describe('a result whose parent in another document is not there', () => {
  it('is marked in the combined matrix with its written parent', () => {
    const html = renderHtml(workspace().cascade, { sections: { context: false, csf: false, worksheet: false, matrix: true } });
    expect(html).toContain('induknya tidak ada dalam pohon ini: pemda#S6');
    expect(html.match(/class="unattached"/g)).toHaveLength(1);
    const en = renderHtml(workspace().cascade, { locale: 'en', sections: { context: false, csf: false, worksheet: false, matrix: true } });
    expect(en).toContain('its parent is not in this tree: pemda#S6');
  });

  it('is not counted as a link to the Pemda in the crosscutting annex, only listed', () => {
    const html = renderCrosscuttingHtml(crosscuttingMatrix(workspace()));
    expect(html).not.toContain('✓ 1');
    expect(html).toContain('pemda#S9');
  });
});
