/**
 * The Perjanjian Kinerja annex as PDF: one page per position of the example workspace, the
 * position, the sasaran and the signature blocks in the text a PDF reader extracts.
 */
import { describe, expect, it } from 'vitest';
import { renderPerjanjianKinerjaPdf } from '@pokin/pdf';
import { exampleWorkspace } from '../../../test/support/workspace.js';

const ws = exampleWorkspace();

describe('renderPerjanjianKinerjaPdf', () => {
  it('makes a PDF with one bookmark per position, deterministic', () => {
    const a = renderPerjanjianKinerjaPdf(ws.cascade, { year: 2026, position: 'Kepala Dinas' });
    const b = renderPerjanjianKinerjaPdf(ws.cascade, { year: 2026, position: 'Kepala Dinas' });
    expect(Buffer.from(a.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const text = Buffer.from(a).toString('latin1');
    // Two positions match: Kepala Dinas Kesehatan and Kepala Dinas Komunikasi dan Informatika.
    expect(text.match(/\/Type \/Page\b/g)?.length).toBe(2);
  });

  it('refuses a year that is not a year', () => {
    expect(() => renderPerjanjianKinerjaPdf(ws.cascade, { year: 99 })).toThrow(/year/);
  });
});
