// Options: defaults, checks, and the renderer plug-in.
import { describe, expect, it } from 'vitest';
import { UsageError, parseCascade } from '@pokin/core';
import { PAPER_SIZES, pdfRenderer, renderPdfWithPlan, resolvePdfOptions, type PdfOptions } from '@pokin/pdf';
import { bkpsdm } from './support.js';

describe('options', () => {
  it('defaults to A4 landscape in Bahasa Indonesia with the cover, tree, Langkah 1, 2 and 4 and the matrix', () => {
    const s = resolvePdfOptions();
    expect([s.paper, s.orientation, s.locale, s.minFontSize]).toEqual(['A4', 'landscape', 'id', 7]);
    expect([s.pageWidth, s.pageHeight]).toEqual([PAPER_SIZES.A4[1], PAPER_SIZES.A4[0]]);
    expect(s.sections).toEqual({ cover: true, tree: true, context: true, csf: true, worksheet: true, matrix: true, review: false });
  });

  it.each<[string, PdfOptions]>([
    ['paper', { paper: 'Letter' as never }],
    ['orientation', { orientation: 'sideways' as never }],
    ['locale', { locale: 'fr' as never }],
    ['minFontSize', { minFontSize: 5 }],
    ['sections.bogus', { sections: { bogus: true } as never }],
    ['showIndicators', { showIndicators: 'yes' as never }],
    ['creationDate', { creationDate: new Date(Number.NaN) }],
  ])('refuses a bad %s with a UsageError naming it', (name, options) => {
    expect(() => resolvePdfOptions(options)).toThrow(UsageError);
    expect(() => resolvePdfOptions(options)).toThrow(name);
  });

  it('is a renderer plug-in returning bytes', () => {
    expect([pdfRenderer.name, pdfRenderer.mediaType, pdfRenderer.extension]).toEqual(['pdf', 'application/pdf', 'pdf']);
    expect(pdfRenderer.render(bkpsdm(), { sections: { cover: false, context: false, csf: false, worksheet: false } })).toBeInstanceOf(
      Uint8Array,
    );
  });

  it('leaves out the sections turned off, and adds the review when asked', () => {
    const { plan } = renderPdfWithPlan(bkpsdm(), {
      sections: { cover: false, context: false, csf: false, worksheet: false, review: true },
    });
    expect(new Set(plan.sections)).toEqual(new Set(['treeSection', 'reviewSection']));
  });

  it('keeps a larger minimum text size when asked', () => {
    const { plan } = renderPdfWithPlan(bkpsdm(), {
      minFontSize: 9,
      paper: 'A4',
      orientation: 'portrait',
      sections: { cover: false, context: false, csf: false, worksheet: false },
    });
    for (const p of plan.treePages) expect(p.smallestText).toBeGreaterThanOrEqual(9);
  });
});

describe('limits', () => {
  it('refuses a chain deeper than 1,000 levels with a UsageError, as the SVG layout does', () => {
    const levels = Array.from({ length: 1200 }, (_, i) => ({ key: `l${i}`, label: { id: `L${i}`, en: `L${i}` }, tier: 'operasional' }));
    const results = Array.from({ length: 1200 }, (_, i) => ({
      id: `R${i}`,
      level: `l${i}`,
      statement: `s${i}`,
      parent: i === 0 ? null : `R${i - 1}`,
    }));
    const cascade = parseCascade({ pokin: 1, title: 'deep', levels, results });
    expect(() => renderPdfWithPlan(cascade, { sections: { cover: false, context: false, csf: false, worksheet: false } })).toThrow(
      /more than 1000 levels deep/,
    );
  });
});
