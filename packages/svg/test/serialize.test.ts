// The serializer's building blocks: number formatting and escaping.
import { describe, expect, it } from 'vitest';
import { attributes, escapeAttribute, escapeText, num } from '../src/xml.js';

describe('num', () => {
  it('writes at most two decimals, without -0', () => {
    expect([0, -0, 1, -1, 1.5, 1.25, 1.255, 1.004, 0.05, -0.05, -12.3, 1234.567, 1e-9, -1e-9].map(num)).toEqual([
      '0', '0', '1', '-1', '1.5', '1.25', '1.25', '1', '0.05', '-0.05', '-12.3', '1234.57', '0', '0',
    ]);
  });
  it('agrees with rounding through toFixed for ordinary coordinates', () => {
    for (let i = 0; i < 2000; i++) {
      const v = (i * 7.919) % 3000 - 100;
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
