// Property: any text in any field gives a well-formed SVG, injects nothing, and reads back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { normalizeText, renderSvg } from '@pokin/svg';
import { textArbitrary, validDocumentArbitrary } from '../../../test/support/arbitraries.js';
import { ATTRIBUTES, ELEMENTS, byClass, elements, lineText, parseXml } from './xml.js';

const squash = (s: string): string => normalizeText(s).replace(/\s+/g, '');

/** Strings that stress an XML writer, up to 2,000 characters. */
const nasty = fc.oneof(
  textArbitrary('unicode', 60),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }),
  fc.constantFrom('<script>alert(1)</script>', ']]>', '"\'&<>', '<!--', '<![CDATA[x]]>', '&amp;', '\u0000\u0001\u001f', '\u202Eمؤشر\u202C', '\u{1F431}\u200D\u{1F464}'),
  fc.string({ unit: 'grapheme', minLength: 1500, maxLength: 2000 }),
);

describe('renderSvg on any document', () => {
  it('is well-formed, has only its own elements and attributes, and every text reads back', () => {
    fc.assert(
      fc.property(validDocumentArbitrary({ maxResults: 12 }), fc.constantFrom<'id' | 'en'>('id', 'en'), (doc, locale) => {
        const cascade = parseCascade(doc);
        const svg = renderSvg(cascade, { locale });
        const root = parseXml(svg).documentElement!;
        expect(root.tagName).toBe('svg');
        for (const e of elements(root)) {
          expect(ELEMENTS.has(e.tagName), e.tagName).toBe(true);
          for (let i = 0; i < e.attributes.length; i++) expect(ATTRIBUTES.has(e.attributes[i]!.name), e.attributes[i]!.name).toBe(true);
        }
        expect(elements(root).find((e) => e.tagName === 'title')!.textContent).toBe(normalizeText(cascade.title));
        const groups = byClass(root, 'result');
        expect(groups).toHaveLength(cascade.size);
        for (const r of cascade.results()) {
          const g = groups.find((x) => x.getAttribute('data-id') === r.id);
          expect(g, r.id).toBeDefined();
          const statements = byClass(g!, 'statement');
          expect(statements).toHaveLength(1);
          expect(squash(lineText(statements[0]!))).toBe(squash(r.statement));
          const indicators = byClass(g!, 'indicator').map((e) => squash(lineText(e)));
          expect(indicators).toEqual(r.indicators.map((ind) => squash(`${locale === 'en' ? 'KPI:' : 'IK:'} ${ind.statement}`)));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps any string in the title, statements, indicators, agency and level labels well-formed', () => {
    fc.assert(
      fc.property(nasty, nasty, nasty, nasty, nasty, (title, statement, indicator, agency, label) => {
        const cascade = parseCascade({
          pokin: 1,
          title,
          agency: { name: agency },
          levels: [
            { key: 'a', label: { id: label, en: label }, tier: 'strategis' },
            { key: 'b', label: { id: label, en: label }, tier: 'operasional' },
          ],
          results: [
            { id: 'R1', level: 'a', statement, indicators: [{ statement: indicator }] },
            { id: 'R2', level: 'b', parent: 'R1', statement: title, indicators: [{ statement }] },
          ],
        });
        const svg = renderSvg(cascade);
        const root = parseXml(svg).documentElement!;
        for (const e of elements(root)) expect(ELEMENTS.has(e.tagName)).toBe(true);
        expect(elements(root).find((e) => e.tagName === 'title')!.textContent).toBe(normalizeText(title));
        const [g1, g2] = byClass(root, 'result');
        expect(squash(lineText(byClass(g1!, 'statement')[0]!))).toBe(squash(statement));
        expect(squash(lineText(byClass(g1!, 'indicator')[0]!))).toBe(squash(`IK: ${indicator}`));
        expect(squash(lineText(byClass(g1!, 'level')[0] ?? g1!))).toContain(squash(label));
        expect(squash(lineText(byClass(g2!, 'statement')[0]!))).toBe(squash(title));
        const heading = byClass(root, 'subtitle')[0];
        if (normalizeText(title) !== '' && normalizeText(agency) !== '') expect(squash(lineText(heading!))).toBe(squash(agency));
      }),
      { numRuns: 80 },
    );
  });
});
