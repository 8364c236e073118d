/**
 * The cascading matrix in the PDF: printed when the document has targets, baselines, owners or
 * budget codes, after the worksheet, with both header rows on every page; pdftotext finds its
 * headers, every indicator and every target.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { generateCascade } from '@pokin/core/testing';
import { renderPdfWithPlan } from '@pokin/pdf';
import { pdfText, qpdfCheck, skipWithoutPdfTools, squash, tempPdf } from './support.js';

const TEMPLATE = fileURLToPath(new URL('../../../examples/templat/pokin.yaml', import.meta.url));
const pagesOf = (sections: readonly string[], key: string): number[] => sections.flatMap((s, i) => (s === key ? [i + 1] : []));

describe.skipIf(skipWithoutPdfTools())('the cascading matrix', () => {
  it('prints the template example on A4 landscape: kinerja by tier, IK, satuan, kondisi awal, targets, penanggung jawab', () => {
    const cascade = parseCascade(parse(readFileSync(TEMPLATE, 'utf8')));
    const { bytes, plan } = renderPdfWithPlan(cascade, { paper: 'A4', orientation: 'landscape' });
    const path = tempPdf(bytes);
    qpdfCheck(path);
    const pages = pagesOf(plan.sections, 'matrixSection');
    expect(pages.length).toBeGreaterThan(0);
    expect(pages[0]).toBeGreaterThan(Math.max(...pagesOf(plan.sections, 'worksheetSection')));
    const text = squash(pdfText(path, pages[0], pages.at(-1)));
    for (const s of [
      'Matriks cascading kinerja',
      'Kinerja Strategis',
      'Indikator Kinerja',
      'Satuan',
      'Target',
      'Penanggung Jawab',
      'Unit Kerja',
    ])
      expect(text).toContain(s);
    for (const r of cascade.results())
      for (const ind of r.indicators) {
        expect(text).toContain(squash(ind.statement));
        for (const v of Object.values(ind.targets ?? {})) expect(text).toContain(String(v));
      }
  });

  it('prints decimals with the decimal comma in Bahasa Indonesia and the point in English', () => {
    const doc = parse(readFileSync(TEMPLATE, 'utf8')) as { results: { indicators?: { targets?: Record<string, unknown> }[] }[] };
    const ind = doc.results.flatMap((r) => r.indicators ?? []).find((i) => i.targets !== undefined)!;
    ind.targets![Object.keys(ind.targets!)[0]!] = 79.25;
    const cascade = parseCascade(doc);
    const textOf = (locale: 'id' | 'en') => {
      const { bytes, plan } = renderPdfWithPlan(cascade, { locale, sections: { tree: false, worksheet: false } });
      const pages = pagesOf(plan.sections, 'matrixSection');
      return pdfText(tempPdf(bytes), pages[0], pages.at(-1));
    };
    expect(textOf('id')).toContain('79,25');
    expect(textOf('en')).toContain('79.25');
  });

  it('runs over pages with both header rows repeated, and is left out of a tree with nothing to add', () => {
    const big = generateCascade({ results: 120, seed: 3 });
    const { bytes, plan } = renderPdfWithPlan(big, { paper: 'A4', orientation: 'landscape', sections: { tree: false, worksheet: false } });
    const path = tempPdf(bytes);
    const pages = pagesOf(plan.sections, 'matrixSection');
    expect(pages.length).toBeGreaterThan(1);
    for (const n of pages) expect(pdfText(path, n)).toMatch(/Target[\s\S]*Penanggung Jawab/);
    const bare = parseCascade({
      pokin: 1,
      title: 't',
      results: [{ id: 'G1', level: 'goal', statement: 's', indicators: [{ statement: 'i' }] }],
    });
    expect(renderPdfWithPlan(bare).plan.sections).not.toContain('matrixSection');
  });
});
