/**
 * The CSV tables of `review` and `stats`: RFC 4180 quoting, and cells a spreadsheet would run as a
 * formula neutralised.
 */
import { describe, expect, it } from 'vitest';
import { DANGEROUS_LEADS } from '@pokin/csv';
import { FORMULA_LEADS, csvCell, toCsv } from '../src/output/table.js';

describe('csv tables', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(12)).toBe('12');
  });

  it('neutralises formulas but keeps numbers and a lone "-"', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('-12.5')).toBe('-12.5');
    expect(csvCell('-')).toBe('-');
    // Full-width forms and a leading line break, which @pokin/csv neutralises too.
    expect(csvCell('\uff1dHYPERLINK("x")')).toBe(`"'\uff1dHYPERLINK(""x"")"`);
    expect(csvCell('\n=1+1')).toBe(`"'\n=1+1"`);
    expect(csvCell('\uff0b1')).toBe("'\uff0b1");
  });

  it('knows the same formula leads as @pokin/csv', () => {
    expect([...FORMULA_LEADS].sort()).toEqual([...DANGEROUS_LEADS].sort());
  });

  it('writes a header and one line per row', () => {
    expect(toCsv(['a', 'b'], [{ a: 1, b: 'x' }, { a: 2 }])).toBe('a,b\n1,x\n2,\n');
  });
});
