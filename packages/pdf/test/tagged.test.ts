/**
 * The PDF is tagged: pdfinfo says so and reads its logical structure in reading order (cover,
 * tree figures with alternative text, headings, tables with header and data cells); the running
 * headers and page numbers are artifacts, outside it; the document's language is set.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '@pokin/pdf';
import { bkpsdm, qpdfObjects, skipWithoutPdfTools, tempPdf } from './support.js';

describe.skipIf(skipWithoutPdfTools())('tagged PDF', () => {
  const cascade = bkpsdm();

  it.each(['id', 'en'] as const)('is tagged, in reading order, with alternative text on the tree (%s)', (locale) => {
    const path = tempPdf(renderPdf(cascade, { paper: 'A4', orientation: 'portrait', locale, sections: { review: true } }));
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m);
    const struct = execFileSync('pdfinfo', ['-struct-text', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const top = struct
      .split('\n')
      .filter((l) => /^ {2}\S/.test(l))
      .map((l) => l.trim().replace(' (block)', ''));
    // The cover first, then Langkah 1 and 2, the tree's pages, the worksheet, the review.
    expect(top[0]).toBe('Sect');
    expect(top.filter((l) => l === 'Figure').length).toBeGreaterThan(1);
    expect(top.indexOf('Figure')).toBeGreaterThan(top.indexOf('Table'));
    expect(top.filter((l) => l === 'H1').length).toBeGreaterThanOrEqual(4);
    expect(struct).toMatch(/TH\n\s+"(Kinerja Strategis|Strategic)/);
    expect(struct).toMatch(/TD\n\s+"G1 Meningkatnya/);
    // Page numbers are artifacts: no "Halaman 2 dari" / "Page 2 of" in the structure.
    expect(struct).not.toMatch(/Halaman \d+ dari|Page \d+ of/);

    const objects = Object.values(qpdfObjects(path)).map((o) => o.value as Record<string, unknown> | undefined);
    const catalog = objects.find((v) => v?.['/Type'] === '/Catalog')!;
    expect(catalog['/Lang']).toBe(`u:${locale}`);
    const figures = objects.filter((v) => v?.['/S'] === '/Figure');
    expect(figures.length).toBeGreaterThan(1);
    for (const f of figures) expect(String(f!['/Alt'])).toMatch(locale === 'id' ? /Pohon kinerja|Langkah 3/ : /Step 3/);
    const alt = figures.map((f) => String(f!['/Alt'])).join(' ');
    for (const r of cascade.results()) expect(alt).toContain(r.statement);
  });
});
