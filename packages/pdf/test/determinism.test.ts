// The same cascade and options give the same bytes; the creation date is fixed unless given.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CREATION_DATE, renderPdf } from '@pokin/pdf';
import { bkpsdm, pdfInfo, qpdfObjects, skipWithoutPdfTools, tempPdf } from './support.js';

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

describe('determinism', () => {
  const cascade = bkpsdm();

  it('gives the same bytes for the same input', () => {
    const a = renderPdf(cascade, { paper: 'A4', orientation: 'portrait' });
    const b = renderPdf(cascade, { paper: 'A4', orientation: 'portrait' });
    expect(sha(a)).toBe(sha(b));
    expect(Buffer.from(a.subarray(0, 8)).toString('latin1')).toBe('%PDF-1.7');
  });

  it.skipIf(skipWithoutPdfTools())('writes the fixed creation date, and a stable /ID, unless a date is given', () => {
    const read = (bytes: Uint8Array) => {
      const path = tempPdf(bytes);
      const trailer = qpdfObjects(path).trailer!.value as { '/ID': string[] };
      return { info: pdfInfo(path), id: trailer['/ID'][0] };
    };
    const a = read(renderPdf(cascade));
    expect(a.info.CreationDate).toBe('D:20000101000000Z');
    expect(read(renderPdf(cascade)).id).toBe(a.id);
    const dated = read(renderPdf(cascade, { creationDate: new Date(Date.UTC(2026, 11, 5)) }));
    expect(dated.info.CreationDate).toBe('D:20261205000000Z');
    expect(dated.id).not.toBe(a.id);
    expect(DEFAULT_CREATION_DATE.toISOString()).toBe('2000-01-01T00:00:00.000Z');
  });
});
