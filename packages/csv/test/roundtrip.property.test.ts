import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCascade, type Cascade } from '@pokin/core';
import { generateCascade } from '@pokin/core/testing';
import { parseCsv, renderCsv, type CsvProfile, type ParseCsvOptions } from '@pokin/csv';
import { validDocumentArbitrary } from '../../../test/support/arbitraries.js';

const PROFILES: readonly CsvProfile[] = ['rfc4180', 'excel', 'excel-id'];

/** The document-level parts, which the results shape does not carry, passed back as options. */
function documentParts(c: Cascade): ParseCsvOptions {
  const d = c.toDocument();
  return { title: d.title, agency: d.agency, period: d.period, levels: d.levels, context: d.context, csf: d.csf };
}

describe('parseCsv(renderCsv(c)) equals c', () => {
  for (const profile of PROFILES) {
    it(`for generated documents, profile ${profile}`, () => {
      fc.assert(
        fc.property(validDocumentArbitrary({ maxResults: 12 }), (doc) => {
          const c = parseCascade(doc);
          const back = parseCsv(renderCsv(c, { profile }), documentParts(c));
          expect(back.toDocument()).toEqual(c.toDocument());
          expect(back.equals(c)).toBe(true);
        }),
        { numRuns: Number(process.env.RUNS ?? 150) },
      );
    });
  }

  it('with LF line endings instead of CRLF (a file saved by another tool)', () => {
    fc.assert(
      fc.property(validDocumentArbitrary({ maxResults: 8, text: 'ascii' }), fc.constantFrom(...PROFILES), (doc, profile) => {
        const c = parseCascade(doc);
        // Only record separators change: cells here hold no CR, so every CRLF separates records.
        const csv = renderCsv(c, { profile });
        fc.pre(!/[\r\n][^\r\n]/.test(csv.replace(/\r\n/g, '')));
        const back = parseCsv(csv.replace(/\r\n/g, '\n'), documentParts(c));
        expect(back.equals(c)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('for results written with an empty owner, budget or targets (the canonical document leaves them out, so no cell has to tell them apart)', () => {
    const c = parseCascade({
      pokin: 1,
      title: 't',
      results: [{ id: 'G1', level: 'goal', statement: 's', owner: {}, budget: {}, indicators: [{ statement: 'i', targets: {} }] }],
    });
    expect(c.toDocument().results[0]).toEqual({ id: 'G1', level: 'goal', statement: 's', indicators: [{ statement: 'i' }] });
    for (const profile of PROFILES) expect(parseCsv(renderCsv(c, { profile }), { title: 't' }).equals(c)).toBe(true);
  });

  it('for a generated realistic cascade, with the levels detected from the file', () => {
    for (const levels of ['permenpan-89', 'renstra'] as const) {
      const c = generateCascade({ results: 300, seed: 7, levels });
      const back = parseCsv(renderCsv(c, { profile: 'excel-id' }), { ...documentParts(c), levels: undefined });
      expect(back.results()).toEqual(c.results());
      expect(back.levels).toEqual(c.levels);
    }
  });
});
