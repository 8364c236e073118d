// The BKPSDM example printed as one A3 landscape page and as a paged A4 portrait document, read
// back by qpdf and poppler-utils.
import { describe, expect, it } from 'vitest';
import { renderPdfWithPlan } from '@pokin/pdf';
import { checkMarginsBlank, checkPlan, checkTextInBoxes, checkWordsApart } from './checks.js';
import { bkpsdm, pdfFonts, pdfText, pdfWords, qpdfCheck, skipWithoutPdfTools, tempPdf } from './support.js';

const skip = skipWithoutPdfTools();

describe.skipIf(skip)('BKPSDM example', () => {
  const cascade = bkpsdm();

  it('prints the tree on one A3 landscape page', () => {
    const { bytes, plan } = renderPdfWithPlan(cascade, { paper: 'A3', orientation: 'landscape' });
    expect(plan.treePages).toHaveLength(1);
    expect(plan.pageSize.map(Math.round)).toEqual([1191, 842]);
    checkPlan(cascade, plan);
    const path = tempPdf(bytes);
    expect(qpdfCheck(path)).toContain('No syntax or stream encoding errors');
    const words = pdfWords(path);
    checkTextInBoxes(cascade, plan, path, words);
    checkWordsApart(plan, words);
    checkMarginsBlank(plan, path);
  });

  it('prints a paged A4 portrait document: the top first, then each branch below its breadcrumb', () => {
    const { bytes, plan } = renderPdfWithPlan(cascade, { paper: 'A4', orientation: 'portrait' });
    expect(plan.treePages.length).toBeGreaterThan(1);
    expect(plan.pageSize.map(Math.round)).toEqual([595, 842]);
    checkPlan(cascade, plan);
    const [first, ...rest] = plan.treePages;
    expect(first!.stubs).toHaveLength(0);
    expect(first!.results.map((r) => r.id)).toContain('G1');
    for (const p of rest) {
      expect(p.stubs.length).toBeGreaterThan(0);
      // A stub is drawn in full on the page it continues, which comes before.
      for (const s of p.stubs) expect(p.stubPage!.results.map((r) => r.id)).toContain(s.id);
      expect(p.stubPage!.number).toBeLessThan(p.number);
    }
    const path = tempPdf(bytes);
    qpdfCheck(path);
    const words = pdfWords(path);
    checkTextInBoxes(cascade, plan, path, words);
    checkWordsApart(plan, words);
    checkMarginsBlank(plan, path);
    // Every "lanjutan di halaman N" names the page the branch continues on.
    for (const p of plan.treePages) {
      const text = pdfText(path, p.number);
      for (const c of p.continuations.values()) expect(text).toContain(`lanjutan di halaman ${c.target.number}`);
      if (p.stubPage !== undefined) expect(text).toContain(`lanjutan dari halaman ${p.stubPage.number}`);
    }
  });

  it('embeds Arimo, regular and bold, as subsets', () => {
    const path = tempPdf(renderPdfWithPlan(cascade).bytes);
    const fonts = pdfFonts(path);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['Arimo-Bold', 'Arimo-Regular']);
    for (const f of fonts) {
      expect(f.embedded).toBe(true);
      expect(f.subset).toBe(true);
      expect(f.type).toBe('CID TrueType');
    }
  });

  it('holds the cover, the Langkah 1, 2 and 4 tables with headers repeated, and page numbers, in Bahasa Indonesia', () => {
    const { bytes, plan } = renderPdfWithPlan(cascade, { paper: 'A4', orientation: 'portrait' });
    const path = tempPdf(bytes);
    const text = pdfText(path);
    for (const s of [
      'Pohon Kinerja BKPSDM',
      'Periode 2025–2029',
      'Kelompok kinerja',
      'Langkah 1: Menetapkan outcome',
      'Langkah 2: Menetapkan CSF',
      'Langkah 4: Kinerja dan indikator kinerja',
      `Halaman 2 dari ${plan.pageCount}`,
    ]) {
      expect(text).toContain(s);
    }
    // The worksheet runs over pages: each repeats the tier header, and a merged cell cut by the
    // page break goes on with "(lanjutan)".
    const sheet = plan.sections.flatMap((s, i) => (s === 'worksheetSection' ? [i + 1] : []));
    expect(sheet.length).toBeGreaterThan(1);
    for (const n of sheet) expect(pdfText(path, n)).toContain('Kinerja Operasional');
    expect(pdfText(path, sheet[1])).toContain('(lanjutan)');
  });

  it('speaks English on request', () => {
    const { bytes, plan } = renderPdfWithPlan(cascade, { locale: 'en', paper: 'A4', orientation: 'portrait' });
    const text = pdfText(tempPdf(bytes));
    for (const s of ['Step 1: Setting the outcome', 'Performance tiers', `Page 2 of ${plan.pageCount}`, 'continued on page', 'KPI:'])
      expect(text).toContain(s);
    // (The document itself says "Pendidikan Lanjutan"; the PDF's own words are English.)
    for (const s of ['lanjutan di halaman', 'lanjutan dari halaman', '(lanjutan)', 'Halaman', 'Kelompok kinerja', 'IK:'])
      expect(text).not.toContain(s);
  });
});
