/** The Perjanjian Kinerja annex writes its date and numbers in the reader's language. */
import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { renderPerjanjianKinerja, renderPetaCascading } from '@pokin/html';
import { signedTree } from '../../../test/support/signed-tree.js';

const tree = () => parseCascade(signedTree());

describe('renderPerjanjianKinerja: date and numbers', () => {
  it('prints the signature date in words', () => {
    expect(renderPerjanjianKinerja(tree(), { year: 2025 })).toContain('Kota Contoh, 2 Januari 2025');
    expect(renderPerjanjianKinerja(tree(), { year: 2025, locale: 'en' })).toContain('Kota Contoh, 2 January 2025');
  });

  it('writes a decimal comma in Indonesian and a decimal point in English', () => {
    expect(renderPerjanjianKinerja(tree(), { year: 2025 })).toContain('<td class="target">71,6</td>');
    expect(renderPerjanjianKinerja(tree(), { year: 2025, locale: 'en' })).toContain('<td class="target">71.6</td>');
    expect(renderPetaCascading(tree(), { locale: 'en' })).toContain('<td class="target">71.6</td>');
  });
});
