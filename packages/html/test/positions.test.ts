import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { crosscuttingMatrix, parseCascade } from '@pokin/core';
import { renderCrosscuttingHtml, renderPerjanjianKinerja, renderPetaCascading } from '@pokin/html';
import { exampleWorkspace } from '../../../test/support/workspace.js';
import { positionDocuments as documents } from './support-positions.js';

describe('renderPerjanjianKinerja', () => {
  const ws = exampleWorkspace();
  it('prints one annex per position with its sasaran, IK, target of the year and both parties', () => {
    const html = renderPerjanjianKinerja(ws.cascade, { year: 2026, position: 'Kepala Dinas Kesehatan' });
    expect(html.match(/<section class="annex">/g)).toHaveLength(1);
    expect(html).toContain('<h1>Lampiran Perjanjian Kinerja Tahun 2026</h1>');
    expect(html).toContain('Menurunnya Angka Stunting pada Balita');
    expect(html).toContain('<td class="target">17</td>');
    expect(html).toContain('Pihak Kedua,');
    expect(html).toContain('Bupati Contoh');
    expect(html).toContain('NIP. 197505102003122005');
    expect(html).toContain('Kota Contoh, 2 Januari 2026');
  });

  it('takes the first year of the period by default and says when no result has an owner', () => {
    expect(renderPerjanjianKinerja(ws.document('bkpsdm-2026')!.cascade)).toContain('Target 2025');
    const none = parseCascade({ pokin: 1, title: 'T', results: [{ id: 'A', level: 'goal', statement: 'Meningkatnya A' }] });
    expect(renderPerjanjianKinerja(none, { year: 2026 })).toContain('Belum ada kinerja yang memiliki penanggung jawab');
  });

  it('refuses a year that is not a year', () => {
    expect(() => renderPerjanjianKinerja(ws.cascade, { year: 26.5 })).toThrow(/year/);
  });
});

describe('renderPetaCascading', () => {
  it('lists each position with its results, indicators and targets per year', () => {
    const html = renderPetaCascading(exampleWorkspace().document('bkpsdm-2026')!.cascade);
    expect(html).toContain('Peta Cascading Kinerja per Jabatan');
    expect(html).toContain('<strong>Kepala Badan</strong>');
    expect(html).toContain('Analis Sumber Daya Manusia Aparatur');
    for (const y of [2025, 2026, 2027, 2028, 2029]) expect(html).toContain(`<th scope="col">${y}</th>`);
  });
});

describe('renderCrosscuttingHtml', () => {
  it('shows every status in the matrix and the list', () => {
    const html = renderCrosscuttingHtml(crosscuttingMatrix(exampleWorkspace()));
    for (const s of ['Disetujui', 'Diusulkan', 'Ditolak', 'Tanpa status']) expect(html).toContain(`>${s}</td>`);
    expect(html).toContain('Pelatihan teknis kesehatan menjadi tugas Dinas Kesehatan, bukan BKPSDM');
  });
});

describe('security', () => {
  it.each(documents().filter(([n]) => n.includes('hostile')))('escapes every text in %s', (_n, html) => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('html-validate', () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: { 'no-trailing-whitespace': 'off', 'long-title': 'off' },
  });
  it.each(documents())('reports no error for %s', async (_name, html) => {
    const report = await validator.validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`))).toEqual([]);
  });
});
