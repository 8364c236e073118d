// Hostile text: every string of the document reaches the PDF escaped (glyph ids in content
// streams, escaped strings in metadata), so none can break out into PDF syntax.
import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { renderPdf } from '@pokin/pdf';
import { pdfInfo, pdfText, qpdfCheck, qpdfObjects, skipWithoutPdfTools, squash, tempPdf } from './support.js';

const HOSTILE = [
  ') Tj ET /F1 99 Tf (pwned',
  '<script>alert(1)</script> & "quotes" \'single\'',
  'endstream endobj 9 0 obj << /Type /Catalog >> %%EOF',
  'back\\slash (paren) <hex> [array] {brace} /Name %comment',
  'line\nbreak\r\ttab\u0000nul\u0007bel',
  'RTL \u202Eoverride\u202C and emoji 🌳 and 汉字',
];

const doc = (statement: string) =>
  parseCascade({
    pokin: 1,
    title: HOSTILE[0],
    agency: { name: HOSTILE[2] },
    period: { start: 2025, end: 2029 },
    context: { mandate: HOSTILE[1], strategicIssues: [HOSTILE[3]!] },
    csf: [{ problem: HOSTILE[4], desiredCondition: HOSTILE[0], result: 'G1' }],
    signatory: { place: HOSTILE[3], date: '2026-01-15', name: HOSTILE[0], position: HOSTILE[1], nip: '19700101 199001 1 001' },
    results: [
      { id: 'G1', level: 'goal', statement, indicators: HOSTILE.map((s, i) => ({ id: `G1.${i}`, statement: s })) },
      { id: 'UO1', level: 'ultimate-outcome', parent: 'G1', statement: HOSTILE[2]! },
    ],
  });

describe.skipIf(skipWithoutPdfTools())('hostile text', () => {
  it.each(HOSTILE.map((s, i) => [i, s] as const))(
    'statement %i stays text: qpdf finds the file sound and pdftotext reads it back',
    (_, statement) => {
      const bytes = renderPdf(doc(statement), { sections: { review: true } });
      const path = tempPdf(bytes);
      qpdfCheck(path);
      const text = squash(pdfText(path));
      // Control characters are replaced and white space collapsed, as in the SVG; the words stay.
      for (const word of statement.split(/[\s\u0000-\u001f\u202a-\u202e]+/).filter((w) => /^[\x21-\x7e]+$/.test(w)))
        expect(text).toContain(word);
      // One catalog: nothing the text says became an object.
      const catalogs = Object.values(qpdfObjects(path)).filter(
        (o) => (o.value as Record<string, unknown> | undefined)?.['/Type'] === '/Catalog',
      );
      expect(catalogs).toHaveLength(1);
    },
  );

  it('escapes the metadata: title and author read back as written', () => {
    const path = tempPdf(renderPdf(doc('x')));
    qpdfCheck(path);
    const info = pdfInfo(path);
    expect(info.Title).toBe(HOSTILE[0]);
    expect(info.Author).toBe(HOSTILE[2]);
  });
});
