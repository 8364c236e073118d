/**
 * A table row taller than a page (a result with many long indicators, as some agencies list) is
 * not clipped: it goes on over the next pages under the repeated header, with "(lanjutan)", and
 * pdftotext finds every indicator.
 */
import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { renderPdfWithPlan } from '@pokin/pdf';
import { pdfText, qpdfCheck, skipWithoutPdfTools, squash, tempPdf } from './support.js';

const IKS = 70;
const cascade = parseCascade({
  pokin: 1,
  title: 'Baris panjang',
  results: [
    {
      id: 'G1',
      level: 'goal',
      statement: 'Meningkatnya kualitas tata kelola pemerintahan daerah',
      indicators: Array.from({ length: IKS }, (_, i) => ({
        statement: `Persentase capaian indikator nomor ${i + 1} dari rencana aksi tahunan perangkat daerah yang diukur setiap triwulan`,
        unit: '%',
      })),
    },
  ],
});

describe.skipIf(skipWithoutPdfTools())('a row taller than a page', () => {
  it('continues on the next pages with the header repeated, and every indicator is printed', () => {
    const { bytes, plan } = renderPdfWithPlan(cascade, { paper: 'A4', orientation: 'portrait', sections: { tree: false } });
    const path = tempPdf(bytes);
    qpdfCheck(path);
    const sheet = plan.sections.flatMap((s, i) => (s === 'worksheetSection' ? [i + 1] : []));
    expect(sheet.length).toBeGreaterThan(1);
    const text = squash(pdfText(path, sheet[0], sheet.at(-1)));
    for (let i = 1; i <= IKS; i++) expect(text, `IK ${i}`).toContain(`indikator nomor ${i} dari`);
    for (const n of sheet.slice(1)) {
      const page = pdfText(path, n);
      expect(page).toContain('Kinerja Strategis');
      expect(page).toContain('(lanjutan)');
    }
  });
});
