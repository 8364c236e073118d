/**
 * The example workspace loads, reviews and renders: the committed outputs are what the renderers
 * make of it today (golden files you can open), and its review finds no broken reference.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agencyNotes, crosscuttingMatrix, reviewWorkspace } from '@pokin/core';
import { renderCrosscuttingHtml, renderHtml, renderPerjanjianKinerja, renderPetaCascading } from '@pokin/html';
import { renderSvg } from '@pokin/svg';
import { EXAMPLE_WORKSPACE, exampleWorkspace } from '../../test/support/workspace.js';

const ws = exampleWorkspace();
const committed = (name: string) => readFileSync(new URL(name, EXAMPLE_WORKSPACE), 'utf8');

describe('examples/workspace', () => {
  it('loads four documents under the Pemda tree', () => {
    expect(ws.documents.map((d) => d.id)).toEqual(['pemda-2026', 'bkpsdm-2026', 'dinkes-2026', 'diskominfo-2026']);
    expect(ws.cascade.size).toBe(53);
  });

  it('reviews without a broken reference, with crosscutting in every status', () => {
    const found = reviewWorkspace(ws);
    expect(found.filter((d) => d.severity === 'error')).toEqual([]);
    expect(new Set(ws.links.map((l) => l.status ?? 'none'))).toEqual(new Set(['disetujui', 'diusulkan', 'ditolak', 'none']));
  });

  // The outputs as `pokin render examples/workspace --workspace ...` and `pokin pk` write them (README.md).
  it.each([
    ['pohon-kabupaten.svg', () => renderSvg(ws.cascade, { locale: 'id', boxNote: agencyNotes(ws, 'id') })],
    ['lampiran-crosscutting.html', () => renderCrosscuttingHtml(crosscuttingMatrix(ws), { locale: 'id', paper: 'A4' })],
    [
      'matriks-cascading.html',
      () =>
        renderHtml(ws.cascade, {
          locale: 'id',
          paper: 'A4',
          sections: { context: false, csf: false, worksheet: false, matrix: true },
          signatory: ws.pemda!.cascade.signatory!,
        }),
    ],
    ['perjanjian-kinerja-2026.html', () => renderPerjanjianKinerja(ws.cascade, { locale: 'id', year: 2026 })],
    ['peta-cascading-bkpsdm.html', () => renderPetaCascading(ws.document('bkpsdm-2026')!.cascade, { locale: 'id' })],
  ] as const)('%s is what the renderers make of the workspace', (name, make) => {
    expect(make()).toBe(committed(name));
  });
});
