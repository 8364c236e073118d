import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { parseXlsx, renderXlsx } from '@pokin/xlsx';
import { capaianDocument } from '../../../test/support/capaian-document.js';

describe('YAML -> .xlsx -> YAML keeps every realisation, note and scale value', () => {
  const c = parseCascade(capaianDocument());
  for (const locale of ['id', 'en'] as const) {
    it(`with ${locale} headers`, () => {
      const back = parseXlsx(renderXlsx(c, { locale, sheets: ['results'] }));
      expect(back.cascade.toDocument()).toEqual(c.toDocument());
    });
  }
  it('in the full workbook (document parts from its hidden sheet)', () => {
    expect(parseXlsx(renderXlsx(c)).cascade.toDocument()).toEqual(c.toDocument());
  });
});
