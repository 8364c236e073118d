// Wrapping and text normalisation.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arimoMeasurer, normalizeText, wrapText, type TextMeasurer } from '@pokin/core/layout';
import { wrapRanges, wrapRangesIfNormalized } from '../../src/layout/text.js';

/** Every character is 1 px wide: easy widths to reason about. */
const mono: TextMeasurer = { measure: (text) => Array.from(text).length };

describe('normalizeText', () => {
  it('collapses whitespace, line breaks and tabs to single spaces and trims', () => {
    expect(normalizeText('  Meningkatnya\n\nKinerja\t ASN \r\n')).toBe('Meningkatnya Kinerja ASN');
  });
  it('replaces characters XML cannot hold with U+FFFD', () => {
    expect(normalizeText('a\u0000b\u001bc\uFFFEd\uD800e')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
  });
  it('keeps emoji, combining marks and right-to-left text', () => {
    expect(normalizeText('e\u0301 \u{1F431} مؤشر')).toBe('e\u0301 \u{1F431} مؤشر');
  });
});

describe('wrapText', () => {
  it('breaks at spaces, greedily', () => {
    expect(wrapText('aaa bbb ccc dd', 7, 1, 'normal', mono)).toEqual(['aaa bbb', 'ccc dd']);
  });
  it('returns no lines for empty text', () => {
    expect(wrapText('', 10, 12, 'normal', mono)).toEqual([]);
  });
  it('breaks a word longer than the line between characters, without a hyphen', () => {
    expect(wrapText('ab abcdefghij c', 4, 1, 'normal', mono)).toEqual(['ab', 'abcd', 'efgh', 'ij c']);
  });
  it('never splits a surrogate pair or a base character from its combining mark', () => {
    const lines = wrapText('\u{1F431}\u{1F431}\u{1F431}e\u0301e\u0301', 2, 1, 'normal', { measure: (t) => t.length });
    for (const line of lines) {
      // eslint-disable-next-line no-misleading-character-class -- a lone surrogate or combining mark is what this looks for
      expect(line).not.toMatch(/^[\uDC00-\uDFFF\u0300-\u036F]|[\uD800-\uDBFF]$/);
    }
    expect(lines.join('')).toBe('\u{1F431}\u{1F431}\u{1F431}e\u0301e\u0301');
  });
  it('keeps every line within the width with the real measurer', () => {
    const text = 'Terselenggaranya Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK Penyelenggaraanpengembangankompetensiaparatur';
    for (const width of [40, 90, 150, 200]) {
      const lines = wrapText(text, width, 13, 'bold', arimoMeasurer);
      for (const line of lines) expect(arimoMeasurer.measure(line, 13, 'bold')).toBeLessThanOrEqual(width);
      expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    }
  });
  it('puts a single character that is wider than the line on a line of its own', () => {
    expect(wrapText('WW', 0.5, 1, 'normal', mono)).toEqual(['W', 'W']);
  });
});

describe('wrapRangesIfNormalized', () => {
  it('wraps only texts normalizeText leaves alone, as wrapRanges does, and every plain one', () => {
    const text = fc.oneof(
      fc.string({
        unit: fc.constantFrom(
          'a',
          'b',
          ' ',
          '\t',
          '\n',
          '\u0085',
          '\u00a0',
          '\u2028',
          '\uD83D',
          '\uDE00',
          '\u0000',
          '\u007f',
          '\uFFFF',
          '\u00e9',
          'W',
        ),
        maxLength: 40,
      }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.array(fc.stringMatching(/^[A-Za-z]{1,12}$/), { maxLength: 12 }).map((words) => words.join(' ')),
    );
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 200 }), (t, width) => {
        for (const measurer of [arimoMeasurer, mono]) {
          const ranges = wrapRangesIfNormalized(t, width, 12, 'bold', measurer);
          if (ranges !== undefined) {
            expect(normalizeText(t)).toBe(t);
            expect(ranges).toEqual(wrapRanges(t, width, 12, 'bold', measurer));
          } else expect(/^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/.test(t), 'plain text must be wrapped directly').toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
