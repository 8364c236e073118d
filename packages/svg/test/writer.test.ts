// The serializer's buffer writes text, attribute values and numbers exactly as the string
// versions in xml.ts would, except that it writes every character beyond ASCII as a reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SvgWriter, fragment } from '../src/writer.js';
import { escapeAttribute, escapeText, num } from '../src/xml.js';
import { parseXml } from './xml.js';

/** Strings of any UTF-16 code units: controls, lone surrogates, pairs, markup characters. */
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.constantFrom('&', '<', '>', '"', '\t', '\n', '\r', 'a', ' ', '\u00e9', '\u2013', '\uD83D', '\uDC31', '\u0000', '\u0085', '\uFFFE'), maxLength: 60 }));

const written = (write: (w: SvgWriter) => void, capacity?: number): string => {
  const w = new SvgWriter(capacity);
  write(w);
  return w.toString();
};

/** What an XML parser reads from `<t a="…">…</t>`. */
function read(attribute: string, text: string): { attribute: string; text: string } {
  const t = parseXml(`<t a="${attribute}">${text}</t>`).documentElement!;
  return { attribute: t.getAttribute('a')!, text: t.textContent ?? '' };
}

describe('SvgWriter', () => {
  it('escapes text and attribute values to what escapeText and escapeAttribute mean, in ASCII only', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        // A tiny first buffer, so every write also exercises growing it.
        const text = written((w) => w.text(s), 1);
        const attribute = written((w) => w.attribute(s), 1);
        expect(text).toMatch(/^[\x09\x0a\x0d\x20-\x7e]*$/);
        expect(attribute).toMatch(/^[\x20-\x7e]*$/);
        expect(read(attribute, text)).toEqual(read(escapeAttribute(s), escapeText(s)));
      }),
      { numRuns: 500 },
    );
  });

  it('writes a part of a text', () => {
    expect(written((w) => w.text('a<b&c>d', 1, 6))).toBe('&lt;b&amp;c&gt;');
  });

  it('writes numbers exactly as num does', () => {
    const numbers = fc.oneof(fc.double({ noNaN: false }), fc.integer({ min: -1e9, max: 1e9 }).map((i) => i / 100), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, -0, 0.005, -0.005, 1.255, 1e21, -1e21, Infinity, -Infinity, Number.NaN));
    fc.assert(
      fc.property(numbers, (n) => {
        expect(written((w) => w.num(n), 1)).toBe(num(n));
      }),
      { numRuns: 2000 },
    );
  });

  it('encodes markup beyond ASCII as character references', () => {
    expect(written((w) => w.raw('<a b="\u00b7">\u2013\u{1F431}</a>'), 1)).toBe('<a b="&#183;">&#8211;&#128049;</a>');
    expect(written((w) => w.fragment(fragment('x\u00e9y')))).toBe('x&#233;y');
  });
});
