/** Numbers in review messages: the language's decimal mark, and thousands grouped from five digits on. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMessage, numberText } from '../src/review/engine';

describe('numbers in messages', () => {
  it.each([
    [95.16, '95,16', '95.16'],
    [0.254, '0,254', '0.254'],
    [2025, '2025', '2025'],
    [1101.97, '1101,97', '1101.97'],
    [10_000, '10.000', '10,000'],
    [591_927_983_245, '591.927.983.245', '591,927,983,245'],
    [-123_456.5, '-123.456,5', '-123,456.5'],
  ])('%d is "%s" in Bahasa Indonesia and "%s" in English', (n, id, en) => {
    expect(numberText(n, 'id')).toBe(id);
    expect(numberText(n, 'en')).toBe(en);
  });

  it('fills a placeholder with the number in the message language', () => {
    expect(formatMessage('realisasi {value} dari target {target}', { value: 95.16, target: 655_000_000_000 }, 'id')).toBe(
      'realisasi 95,16 dari target 655.000.000.000',
    );
  });

  it('reads back as the number: dropping the grouping and swapping the decimal mark gives String(n)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), (n) => {
        expect(numberText(n, 'en').replaceAll(',', '')).toBe(String(n));
        expect(numberText(n, 'id').replaceAll('.', '').replace(',', '.')).toBe(String(n));
      }),
    );
  });
});
