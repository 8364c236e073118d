/**
 * The strict JSON check agrees with JSON.parse on what is valid, and says where.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../src/input/document-json.js';
import { MAX_JSON_DEPTH, checkJson } from '../src/input/json-check.js';

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

  it('does not overflow the stack on deep nesting: past MAX_JSON_DEPTH it says where', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(checkJson(deep)).toEqual({ offset: MAX_JSON_DEPTH, message: 'nested more than 1,000 levels deep' });
    const fits = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    expect(checkJson(fits)).toBeUndefined();
    expect(checkJson(fits.slice(0, -1))?.message).toMatch(/unexpected end of file/);
  });
});

describe('parseJsonText locates document paths (jsonc-parser syntax tree)', () => {
  const text =
    '{"pokin": 1,\n "title": "a",\n "results": [{"id": "G1", "level": "goal", "statement": "S", "statment": "x"},\n   {"id": "G2"}]}';
  const parsed = parseJsonText(text, 'x.json');

  it('a value, a key, a list item, and the nearest ancestor of a missing path', () => {
    expect(parsed.locate(['title'])).toEqual({ line: 2, column: 11 });
    expect(parsed.locate(['results', 0, 'statment'], true)).toEqual({ line: 3, column: 62 });
    expect(parsed.locate(['results', 0, 'statment'])).toEqual({ line: 3, column: 74 });
    expect(parsed.locate(['results', 1])).toEqual({ line: 4, column: 4 });
    expect(parsed.locate(['results', 1, 'parent'])).toEqual({ line: 4, column: 4 });
    expect(parsed.locate([])).toEqual({ line: 1, column: 1 });
  });
});
