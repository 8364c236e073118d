// Property: any text in any field gives a well-formed SVG, injects nothing, and reads back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCascade, type CascadeDocument } from '@pokin/core';
import { normalizeText, renderSvg } from '@pokin/svg';
import { textArbitrary, validDocumentArbitrary } from '../../../test/support/arbitraries.js';
import { ATTRIBUTES, ELEMENTS, byClass, elements, lines, parseXml, readsBack } from './xml.js';

/** Strings that stress an XML writer, up to 2,000 characters. */
const nasty = fc.oneof(
  textArbitrary('unicode', 60),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    ']]>',
    '"\'&<>',
    '<!--',
    '<![CDATA[x]]>',
    '&amp;',
    '\u0000\u0001\u001f',
    '\u202Eمؤشر\u202C',
    '\u{1F431}\u200D\u{1F464}',
  ),
  fc.string({ unit: 'grapheme', minLength: 1500, maxLength: 2000 }),
);

/** Renders a document and checks the SVG: well-formed, only our markup, every text reads back. */
function check(doc: CascadeDocument, locale: 'id' | 'en'): void {
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
    expect(readsBack(lines(statements[0]!), normalizeText(r.statement)), r.statement).toBe(true);
    const indicators = byClass(g!, 'indicator');
    expect(indicators).toHaveLength(r.indicators.length);
    indicators.forEach((e, i) => {
      expect(readsBack(lines(e), normalizeText(`${locale === 'en' ? 'KPI:' : 'IK:'} ${r.indicators[i]!.statement}`))).toBe(true);
    });
  }
}

describe('renderSvg on any document', () => {
  it('is well-formed, has only its own elements and attributes, and every text reads back', () => {
    fc.assert(fc.property(validDocumentArbitrary({ maxResults: 12 }), fc.constantFrom<'id' | 'en'>('id', 'en'), check), { numRuns: 60 });
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
        expect(readsBack(lines(byClass(g1!, 'statement')[0]!), normalizeText(statement))).toBe(true);
        expect(readsBack(lines(byClass(g1!, 'indicator')[0]!), normalizeText(`IK: ${indicator}`))).toBe(true);
        const level = byClass(g1!, 'level')[0];
        if (normalizeText(label) === '') expect(level).toBeUndefined();
        else expect(readsBack(lines(level!), normalizeText(label))).toBe(true);
        expect(readsBack(lines(byClass(g2!, 'statement')[0]!), normalizeText(title))).toBe(true);
        const heading = byClass(root, 'subtitle')[0];
        if (normalizeText(title) !== '' && normalizeText(agency) !== '')
          expect(readsBack(lines(heading!), normalizeText(agency))).toBe(true);
      }),
      { numRuns: 80 },
    );
  });
});

// Every counterexample fast-check has found, kept as a regression test.
describe('counterexamples found before', () => {
  const cases: [string, unknown][] = [
    [
      'a statement that is only a line break',
      {
        pokin: 1,
        title: '\u0000',
        results: [
          { id: 'A', level: 'A', statement: '\r\n' },
          { id: 'a', level: 'A', statement: '\u0000' },
        ],
        levels: [{ key: 'A', label: { id: ' ', en: ' ' }, tier: 'strategis' }],
      },
    ],
    [
      'an indicator that starts with a BOM',
      {
        pokin: 1,
        title: '<',
        results: [
          { id: '__', level: 'tujuan', statement: '<', indicators: [{ statement: '\ufeff< ' }] },
          { id: '_', level: 'tujuan', statement: ' ' },
        ],
        levels: 'renstra',
      },
    ],
    [
      'an indicator of blanks',
      {
        pokin: 1,
        title: '\u0000',
        results: [
          { id: 'A', level: 'goal', statement: ' ' },
          { id: 'a', level: 'goal', statement: '\u0000', indicators: [{ statement: '  ' }] },
        ],
      },
    ],
    [
      'NUL in the title and a statement (U+FFFD in the output)',
      {
        pokin: 1,
        title: '<script>alert(1)</script>',
        agency: { name: '\u0000' },
        results: [{ id: 'R', level: 'goal', statement: '\u0000' }],
      },
    ],
  ];
  for (const [name, doc] of cases) {
    it(name, () => {
      check(doc as CascadeDocument, 'id');
      check(doc as CascadeDocument, 'en');
    });
  }
});
