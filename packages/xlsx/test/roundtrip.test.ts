import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { generateCascade } from '@pokin/core/testing';
import { parseXlsx, renderXlsx } from '@pokin/xlsx';
import { validDocumentArbitrary } from '../../../test/support/arbitraries.js';
import { bkpsdmDocument, bkpsdmFilled } from './helpers.js';

describe('parseXlsx(renderXlsx(c)) equals c', () => {
  it('for the BKPSDM example, as is and with targets and owners filled in', () => {
    for (const c of [parseCascade(bkpsdmDocument()), bkpsdmFilled()]) {
      const back = parseXlsx(renderXlsx(c));
      expect(back.layout).toBe('results');
      expect(back.sheet).toBe('Tabel Kinerja');
      expect(back.cascade.toDocument()).toEqual(c.toDocument());
      expect(back.notes).toEqual([]);
    }
  });

  it('for a generated tree of 1,000 results, in both languages', () => {
    const c = generateCascade({ results: 1000, seed: 3, indicatorsPerResult: 2, crosscutting: 0.05 });
    for (const locale of ['id', 'en'] as const) {
      const back = parseXlsx(renderXlsx(c, { locale }));
      expect(back.cascade.equals(c)).toBe(true);
    }
  });

  it('for generated documents with any text (controls, markup, spaces at the ends, formula leads)', () => {
    fc.assert(
      fc.property(validDocumentArbitrary({ maxResults: 10 }), (doc) => {
        const c = parseCascade(doc);
        const back = parseXlsx(renderXlsx(c, { sheets: ['results'] }));
        expect(back.cascade.toDocument()).toEqual(c.toDocument());
      }),
      { numRuns: Number(process.env.RUNS ?? 100) },
    );
  });

  it('with only the worksheet sheet: the Kertas Kerja layout gives the tree, statements and indicators back', () => {
    const c = parseCascade(bkpsdmDocument());
    const back = parseXlsx(renderXlsx(c, { sheets: ['worksheet'] }));
    expect(back.layout).toBe('kertas-kerja');
    const shape = (x: typeof c) =>
      x
        .results()
        .map((r) => [r.level, r.statement, r.parent === null ? null : x.result(r.parent)!.statement, r.indicators.map((i) => i.statement)]);
    expect(shape(back.cascade)).toEqual(shape(c));
    expect(back.notes.map((n) => n.text.id).join('\n')).toContain('dibuat otomatis');
  });
});

describe('the second-round owner fields travel in the results table', () => {
  it('owner position type, name and NIP, in .xlsx and CSV, and only when used', async () => {
    const { parseCsv, renderCsv } = await import('@pokin/csv');
    const doc = bkpsdmDocument() as unknown as { results: Record<string, unknown>[] };
    doc.results[0]!.owner = {
      unit: 'Sekretariat',
      position: 'Kepala Badan',
      positionType: 'jpt-pratama',
      name: 'Nama Pejabat',
      nip: '197001011995031001',
    };
    const c = parseCascade(doc);
    expect(parseXlsx(renderXlsx(c)).cascade.equals(c)).toBe(true);
    const csv = renderCsv(c);
    expect(csv.split('\r\n')[0]).toMatch(/,notes,owner_position_type,owner_name,owner_nip$/);
    expect(parseCsv(csv, { title: c.title, levels: c.toDocument().levels }).results()).toEqual(c.results());
    expect(renderCsv(parseCascade(bkpsdmDocument())).split('\r\n')[0]).toMatch(/,notes$/);
  });
});
