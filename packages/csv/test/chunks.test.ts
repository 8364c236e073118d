import { generateCascade } from '@pokin/core/testing';
import { renderCsv, writeCsvChunks, type CsvOptions } from '@pokin/csv';
import { describe, expect, it } from 'vitest';

const cascade = generateCascade({ results: 300, seed: 7, crosscutting: 0.05 });

describe('writeCsvChunks', () => {
  const cases: CsvOptions[] = [
    {},
    { profile: 'excel' },
    { profile: 'excel-id' },
    { shape: 'worksheet' },
    { shape: 'worksheet', profile: 'excel-id' },
  ];
  it.each(cases)('joined chunks equal renderCsv for %o', (options) => {
    const chunks: string[] = [];
    writeCsvChunks(cascade, (c) => chunks.push(c), options, 37);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.join('')).toBe(renderCsv(cascade, options));
    // Every chunk ends at a record boundary, and only the first carries the BOM.
    expect(chunks.every((c) => c.endsWith('\r\n'))).toBe(true);
    expect(chunks.slice(1).some((c) => c.startsWith('\ufeff'))).toBe(false);
  });

  it('one chunk when the rows fit', () => {
    const chunks: string[] = [];
    writeCsvChunks(cascade, (c) => chunks.push(c));
    expect(chunks).toEqual([renderCsv(cascade)]);
  });
});
