// The serializer's building blocks: number formatting and escaping.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeXmlText } from '@pokin/core/layout';
import { attributes, escapeAttribute, escapeText, num } from '../src/xml.js';
import { parseXml } from './xml.js';

describe('num', () => {
  it('writes at most two decimals, without -0', () => {
    expect([0, -0, 1, -1, 1.5, 1.25, 1.255, 1.004, 0.05, -0.05, -12.3, 1234.567, 1e-9, -1e-9].map(num)).toEqual([
      '0',
      '0',
      '1',
      '-1',
      '1.5',
      '1.25',
      '1.25',
      '1',
      '0.05',
      '-0.05',
      '-12.3',
      '1234.57',
      '0',
      '0',
    ]);
  });
  it('agrees with rounding through toFixed for ordinary coordinates', () => {
    for (let i = 0; i < 2000; i++) {
      const v = ((i * 7.919) % 3000) - 100;
      expect(Number(num(v))).toBeCloseTo(Math.round(v * 100) / 100, 9);
    }
  });
});

describe('escaping', () => {
  it('escapes character data', () => {
    expect(escapeText(`a<b>&"'c]]>`)).toBe(`a&lt;b&gt;&amp;"'c]]&gt;`);
  });
  it('escapes attribute values for double quotes, keeping whitespace characters', () => {
    expect(escapeAttribute(`a<b>&"c'\t\n\r`)).toBe(`a&lt;b&gt;&amp;&quot;c'&#9;&#10;&#13;`);
  });
  it('writes attributes in order, skipping undefined ones', () => {
    expect(attributes({ a: 'x"y', b: undefined, c: 1.234 })).toBe(' a="x&quot;y" c="1.23"');
  });
});

/** Strings of any UTF-16 code units: controls, lone surrogates, pairs, markup characters. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({
    unit: fc.constantFrom(
      '&',
      '<',
      '>',
      '"',
      '\t',
      '\n',
      '\r',
      'a',
      ' ',
      '\u00e9',
      '\u2013',
      '\uD83D',
      '\uDC31',
      '\u0000',
      '\u0085',
      '\uFFFE',
    ),
    maxLength: 60,
  }),
);

/** What an XML parser reads from `<t a="…">…</t>`. */
function read(attribute: string, text: string): { attribute: string; text: string } {
  const t = parseXml(`<t a="${attribute}">${text}</t>`).documentElement!;
  return { attribute: t.getAttribute('a')!, text: t.textContent ?? '' };
}

describe('escaping any string', () => {
  it('writes ASCII only, which a parser reads back as the text with XML-illegal characters replaced', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const text = escapeText(s);
        const attribute = escapeAttribute(s);
        expect(text).toMatch(/^[\x09\x0a\x0d\x20-\x7e]*$/);
        expect(attribute).toMatch(/^[\x20-\x7e]*$/);
        const clean = sanitizeXmlText(s);
        // A parser reads a raw CR LF or CR in character data as LF (XML 1.0, 2.11).
        expect(read(attribute, text)).toEqual({ attribute: clean, text: clean.replace(/\r\n?/g, '\n') });
      }),
      { numRuns: 500 },
    );
  });

  it('writes characters beyond ASCII as character references', () => {
    expect(escapeText('\u00b7\u2013\u{1F431}')).toBe('&#183;&#8211;&#128049;');
    expect(escapeAttribute('x\u00e9y')).toBe('x&#233;y');
  });
});
