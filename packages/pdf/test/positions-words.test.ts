/** The Perjanjian Kinerja annex as PDF writes its date and numbers in the reader's language. */
import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { renderPerjanjianKinerjaPdf, renderPetaCascadingPdf } from '@pokin/pdf';
import { pdfText, skipWithoutPdfTools, squash, tempPdf } from './support.js';
import { signedTree } from '../../../test/support/signed-tree.js';

const tree = () => parseCascade(signedTree());

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
