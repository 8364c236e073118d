/**
 * The strict JSON check agrees with JSON.parse on what is valid, and says where.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkJson } from '../src/input/json-check.js';

const valid = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('checkJson', () => {
  it('accepts every JSON that JSON.parse accepts (without duplicate keys)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(checkJson(text)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('refuses what JSON.parse refuses, on mangled JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), fc.constantFrom(',', '}', ']', '"', ':', ' ', 'x', '/'), (value, at, ch) => {
        const text = JSON.stringify(value);
        const i = at % (text.length + 1);
        const mangled = text.slice(0, i) + ch + text.slice(i);
        const problem = checkJson(mangled);
        if (valid(mangled)) {
          // Valid JSON can still hold a duplicate key, which JSON.parse lets through.
          if (problem !== undefined) expect(problem.message).toMatch(/duplicate key/);
        } else {
          expect(problem).toBeDefined();
          expect(problem!.offset).toBeGreaterThanOrEqual(0);
          expect(problem!.offset).toBeLessThanOrEqual(mangled.length);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('names trailing commas, comments, single quotes and duplicate keys', () => {
    expect(checkJson('[1,2,]')).toEqual({ offset: 4, message: 'trailing comma before "]"' });
    expect(checkJson('{"a":1,}')).toEqual({ offset: 6, message: 'trailing comma before "}"' });
    expect(checkJson('{"a":1 /* x */}')?.message).toBe('comments are not allowed in JSON');
    expect(checkJson("{'a':1}")?.message).toBe('strings need double quotes in JSON, not single quotes');
    expect(checkJson('{"a":1,"\\u0061":2}')).toEqual({ offset: 7, message: 'duplicate key "a" in an object' });
    expect(checkJson('"abc')?.message).toBe('unterminated string');
    expect(checkJson('{} x')?.message).toMatch(/after the end of the JSON value/);
  });

  it('does not overflow the stack on deep nesting', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(checkJson(deep)).toBeUndefined();
    expect(checkJson(deep.slice(0, -1))?.message).toMatch(/unexpected end of file/);
  });
});
