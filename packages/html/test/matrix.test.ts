/**
 * The cascading matrix section: its table (result cells spanning their indicator rows, tier
 * colours of the diagram, values right-aligned), the signature block, and the print: A4
 * landscape in Chromium's print-to-PDF with the header rows on every page and page numbers.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TIER_COLORS, parseCascade, type Cascade } from '@pokin/core';
import { renderHtml } from '@pokin/html';
import { CHROMIUM_ARGS, CHROMIUM_PATH, skipWithoutChromium } from '../../../test/support/env.js';
import { bkpsdmDocument, readGrid } from './support.js';

/** The BKPSDM example with targets, baselines and owners filled in for a few results. */
export function bkpsdmFilled(): Cascade {
  const doc = bkpsdmDocument() as any;
  const r = doc.results;
  doc.period = { start: 2025, end: 2029 };
  r[0].owner = { unit: 'Badan Kepegawaian dan Pengembangan SDM', position: 'Kepala Badan' };
  r[0].indicators[0].baseline = { year: 2024, value: 245 };
  r[0].indicators[0].targets = { '2025': 250, '2026': 260, '2027': 270, '2028': 280, '2029': 290 };
  r[1].owner = { unit: 'Sekretariat', position: 'Sekretaris' };
  r[1].budget = { program: '5.03.02', activity: '5.03.02.2.01', subActivity: '5.03.02.2.01.0001' };
  r[1].indicators[0].baseline = { year: 2024, value: 81.5 };
  r[1].indicators[0].targets = { '2025': 83, '2026': '84-85' };
  return parseCascade(doc);
}

const SIGNATORY = {
  place: 'Kota Contoh',
  date: '2 Januari 2026',
  name: 'Dr. Contoh Pejabat, M.Si.',
  position: 'Kepala Badan',
  nip: '197001011995031001',
};

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

  it('prints a signature block when given one', () => {
    const html = renderHtml(bkpsdmFilled(), { sections: { matrix: true }, signatory: SIGNATORY });
    expect(html).toContain('<p class="place-date">Kota Contoh, 2 Januari 2026</p>');
    expect(html).toContain('<p class="nip">NIP. 197001011995031001</p>');
  });
});

describe.skipIf(skipWithoutChromium())('the matrix printed by Chromium', () => {
  it('A4 landscape, header rows on every page, page numbers', async () => {
    const html = renderHtml(bkpsdmFilled(), {
      sections: { context: false, csf: false, worksheet: false, matrix: true },
      signatory: SIGNATORY,
    });
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const dir = mkdtempSync(join(tmpdir(), 'pokin-matrix-'));
    const pdf = join(dir, 'matrix.pdf');
    try {
      const page = await browser.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    } finally {
      await browser.close();
    }
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThan(1);
    // A4 landscape: 842 x 595 points.
    expect(info).toMatch(/Page size:\s+841\.9\d* x 59[45]\.\d+ pts \(A4\)/);
    for (let p = 1; p <= pages; p++) {
      const text = execFileSync('pdftotext', ['-layout', '-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' });
      expect(text, `page ${p}`).toContain('Indikator Kinerja');
      expect(text, `page ${p}`).toMatch(new RegExp(`\\b${p}\\s*/\\s*${pages}\\b`));
    }
  }, 120_000);
});
