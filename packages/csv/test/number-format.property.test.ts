import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../src/cell.js';

// formatNumber has a fast path for numbers of at most two decimals; it must write what String(n) writes.
describe('formatNumber', () => {
  it('writes every number of up to two decimals as String(n) does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 15), max: 10 ** 15 }), (hundredths) => {
        const n = hundredths / 100;
        expect(formatNumber(n, '.')).toBe(String(n));
        expect(formatNumber(n, ',')).toBe(String(n).replace('.', ','));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes any finite double as String(n) does', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(formatNumber(n, '.')).toBe(String(n));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes the edges as String(n) does', () => {
    for (const n of [0, -0, 0.1, 0.01, -0.05, 1.15, 2.5, 1e-7, 1e21, 99999999999.99, 9999999999999.99, 12345678901234.5, 1 / 3, 5e-324]) {
      expect(formatNumber(n, '.')).toBe(String(n));
    }
  });
});
