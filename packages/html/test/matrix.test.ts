/**
 * The cascading matrix section: its table (result cells spanning their indicator rows, tier
 * colours of the diagram, values right-aligned) and the signature block. Its print in Chromium is
 * `matrix.client.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { TIER_COLORS } from '@pokin/core';
import { renderHtml } from '@pokin/html';
import { SIGNATORY, bkpsdmFilled } from './matrix-support.js';
import { readGrid } from './support.js';

describe('the matrix section', () => {
  it('is off by default and on with sections.matrix', () => {
    const c = bkpsdmFilled();
    expect(renderHtml(c)).not.toContain('class="matrix"');
    expect(renderHtml(c, { sections: { matrix: true } })).toContain('<table class="matrix">');
  });

  it('one row per indicator; result cells span them; targets per year of the period; tier colours of the diagram', () => {
    const c = bkpsdmFilled();
    const html = renderHtml(c, { sections: { context: false, csf: false, worksheet: false, matrix: true } });
    const grid = readGrid(html, 'matrix');
    const indicators = c.results().reduce((n, r) => n + Math.max(1, r.indicators.length), 0);
    expect(grid.rows).toBe(indicators);
    expect(grid.overlaps).toBe(0);
    expect(new Set(grid.widths)).toEqual(new Set([grid.widths[0]]));
    expect(html).toContain('>Matriks Cascading Kinerja</caption>');
    for (const y of ['2025', '2026', '2027', '2028', '2029']) expect(html).toContain(`<th scope="col" class="value target">${y}</th>`);
    expect(html).toContain('<td class="value target">250</td>');
    expect(html).toContain('>Penanggung Jawab</th>');
    expect(html).toContain(`background: ${TIER_COLORS.strategis.fill}`);
    expect(html).toMatch(/<td class="number" rowspan="4">1<\/td>/);
    expect(renderHtml(c, { locale: 'en', sections: { matrix: true } })).toContain('>Cascading Performance Matrix</caption>');
  });

  it('prints decimals with the decimal comma in Bahasa Indonesia and the point in English', () => {
    const only = { context: false, csf: false, worksheet: false, matrix: true };
    expect(renderHtml(bkpsdmFilled(), { sections: only })).toContain('<td class="value">81,5</td>');
    expect(renderHtml(bkpsdmFilled(), { locale: 'en', sections: only })).toContain('<td class="value">81.5</td>');
  });

  it('prints a signature block when given one', () => {
    const html = renderHtml(bkpsdmFilled(), { sections: { matrix: true }, signatory: SIGNATORY });
    expect(html).toContain('<p class="place-date">Kota Contoh, 2 Januari 2026</p>');
    expect(html).toContain('<p class="nip">NIP. 197001011995031001</p>');
  });
});
