/**
 * The peta cascading per position as PDF, from the example workspace: sound (qpdf), Arimo
 * embedded, A4 landscape pages, every position and IK in the text a PDF reader extracts, no text
 * under 7 pt or off the page, deterministic.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { positionPlans } from '@pokin/core';
import { renderPetaCascadingPdf } from '@pokin/pdf';
import { exampleWorkspace } from '../../../test/support/workspace.js';
import { bkpsdm, pdfFonts, pdfText, pdfWords, qpdfCheck, skipWithoutPdfTools, squash, tempPdf } from './support.js';

const ws = exampleWorkspace();

describe.skipIf(skipWithoutPdfTools())('renderPetaCascadingPdf', () => {
  it('prints every position, result and IK with its targets, on sound A4 landscape pages', () => {
    const bytes = renderPetaCascadingPdf(ws.cascade);
    expect(Buffer.from(bytes).equals(Buffer.from(renderPetaCascadingPdf(ws.cascade)))).toBe(true);
    const path = tempPdf(bytes);
    qpdfCheck(path);
    const fonts = pdfFonts(path);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded && f.subset && /Arimo/.test(f.name))).toBe(true);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts/);
    const text = squash(pdfText(path));
    expect(text).toContain('PETA CASCADING KINERJA PER JABATAN');
    const plans = positionPlans(ws.cascade);
    expect(plans.length).toBeGreaterThan(5);
    for (const plan of plans) {
      expect(text).toContain(squash(plan.position.title));
      for (const item of plan.items) for (const ind of item.indicators) expect(text).toContain(squash(ind.statement));
    }
    // Targets with a decimal comma; years in the header.
    expect(text).toContain('2029');
    // No word under 7 pt (a word's box is about 1.1 times the type size) nor off the page.
    for (const w of pdfWords(path)) {
      expect(w.yMax - w.yMin, w.text).toBeGreaterThanOrEqual(7);
      expect(w.xMin).toBeGreaterThanOrEqual(0);
      expect(w.xMax).toBeLessThanOrEqual(841.89);
      expect(w.yMax).toBeLessThanOrEqual(595.28);
    }
  });

  it('in English, and says so when no result names an owner', () => {
    const en = squash(pdfText(tempPdf(renderPetaCascadingPdf(ws.cascade, { locale: 'en', years: [2026] }))));
    expect(en).toContain('CASCADING MAP BY POSITION');
    expect(en).toContain('Performance indicator');
    const none = squash(pdfText(tempPdf(renderPetaCascadingPdf(bkpsdm()))));
    expect(none).toContain('Belum ada kinerja yang memiliki penanggung jawab (owner).');
  });

  it('refuses a year that is not a year', () => {
    expect(() => renderPetaCascadingPdf(ws.cascade, { years: [26] })).toThrow(/years/);
  });
});
