/**
 * The cascading matrix printed by Chromium: A4 landscape in print-to-PDF, the header rows on every
 * page, and page numbers (read back with poppler).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '@pokin/html';
import { sharedBrowser } from '../../../test/support/browser.js';
import { skipWithoutChromium } from '../../../test/support/env.js';
import { SIGNATORY, bkpsdmFilled } from './matrix-support.js';

describe.skipIf(skipWithoutChromium())('the matrix printed by Chromium', () => {
  it('A4 landscape, header rows on every page, page numbers', async () => {
    const html = renderHtml(bkpsdmFilled(), {
      sections: { context: false, csf: false, worksheet: false, matrix: true },
      signatory: SIGNATORY,
    });
    const page = await (await sharedBrowser()).newPage();
    const dir = mkdtempSync(join(tmpdir(), 'pokin-matrix-'));
    const pdf = join(dir, 'matrix.pdf');
    try {
      await page.setContent(html, { waitUntil: 'load' });
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    } finally {
      await page.close();
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
