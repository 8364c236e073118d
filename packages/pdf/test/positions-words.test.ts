/** The Perjanjian Kinerja annex as PDF writes its date and numbers in the reader's language. */
import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { renderPerjanjianKinerjaPdf, renderPetaCascadingPdf } from '@pokin/pdf';
import { pdfText, skipWithoutPdfTools, squash, tempPdf } from './support.js';

const tree = () =>
  parseCascade({
    pokin: 1,
    title: 'T',
    period: { start: 2025, end: 2026 },
    signatory: { place: 'Kota Contoh', date: '2025-01-02' },
    results: [
      {
        id: 'A',
        level: 'goal',
        statement: 'Meningkatnya Derajat Kesehatan',
        owner: { unit: 'Dinas Kesehatan', position: 'Kepala Dinas' },
        indicators: [{ id: 'A.1', statement: 'Usia Harapan Hidup', unit: 'tahun', targets: { '2025': 71.6 } }],
      },
    ],
  });

describe.skipIf(skipWithoutPdfTools())('renderPerjanjianKinerjaPdf: date and numbers', () => {
  it('prints the date in words and a decimal comma in Indonesian', () => {
    const text = squash(pdfText(tempPdf(renderPerjanjianKinerjaPdf(tree(), { year: 2025 }))));
    expect(text).toContain('Kota Contoh, 2 Januari 2025');
    expect(text).toContain('71,6');
  });

  it('prints the date in English words and a decimal point in English', () => {
    const text = squash(pdfText(tempPdf(renderPerjanjianKinerjaPdf(tree(), { year: 2025, locale: 'en' }))));
    expect(text).toContain('Kota Contoh, 2 January 2025');
    expect(text).toContain('71.6');
    expect(text).not.toContain('71,6');
    expect(squash(pdfText(tempPdf(renderPetaCascadingPdf(tree(), { locale: 'en' }))))).toContain('71.6');
  });
});
