import { describe, expect, it } from 'vitest';
import { UsageError } from '@pokin/core';
import { renderCsv, writeCsvChunks } from '@pokin/csv';
import { bkpsdm } from './helpers.js';

describe('renderCsv options', () => {
  it('refuses a repeatAncestors that is not a boolean, as the other renderers refuse a wrong flag', () => {
    const c = bkpsdm();
    for (const v of ['no', 'false', 0, 1, null]) {
      expect(() => renderCsv(c, { shape: 'worksheet', repeatAncestors: v as never })).toThrow(UsageError);
    }
    expect(() => renderCsv(c, { shape: 'worksheet', repeatAncestors: 'no' as never })).toThrow(
      '@pokin/csv renderCsv: repeatAncestors must be a boolean, got "no"',
    );
    expect(() => writeCsvChunks(c, () => undefined, { repeatAncestors: 'no' as never })).toThrow(UsageError);
  });

  it('still takes a boolean repeatAncestors, true being the default', () => {
    const c = bkpsdm();
    expect(renderCsv(c, { shape: 'worksheet', repeatAncestors: true })).toBe(renderCsv(c, { shape: 'worksheet' }));
    expect(renderCsv(c, { shape: 'worksheet', repeatAncestors: false })).not.toBe(renderCsv(c, { shape: 'worksheet' }));
  });

  it('refuses options that are not an object, and a shape, profile or locale of the wrong type', () => {
    const c = bkpsdm();
    expect(() => renderCsv(c, 'worksheet' as never)).toThrow('@pokin/csv renderCsv: options must be an object');
    expect(() => renderCsv(c, { shape: 1 as never })).toThrow('@pokin/csv renderCsv: unknown shape 1');
    expect(() => renderCsv(c, { profile: ['excel'] as never })).toThrow(UsageError);
    expect(() => renderCsv(c, { profile: 'toString' as never })).toThrow('unknown profile "toString"');
    expect(() => renderCsv(c, { locale: true as never })).toThrow('@pokin/csv renderCsv: unknown locale true');
  });
});
