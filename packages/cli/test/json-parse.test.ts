/**
 * The fast strict JSON parse gives what the located check gives: the value when `checkJson` finds
 * nothing, and `checkJson`'s own problem otherwise (duplicate keys and deep nesting included,
 * which `JSON.parse` lets through).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, checkJson } from '../src/input/json-check.js';
import { parseStrictJson } from '../src/input/json-parse.js';

/** What `parseStrictJson` must give for `text`, from `checkJson` and `JSON.parse`. */
function expected(text: string) {
  const problem = checkJson(text);
  return problem === undefined ? { ok: true, value: JSON.parse(text) as unknown } : { ok: false, problem };
}

describe('parseStrictJson', () => {
  it('agrees with checkJson on JSON with keys repeated, quotes and colons in strings, and cuts', () => {
    const key = fc.constantFrom('a', 'b', 'a":', 'x\\"', ':', '"', '\\');
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.constant(null), fc.array(tie('value')), tie('object')),
      object: fc.array(fc.tuple(key, tie('value'))).map((pairs) => pairs.map(([k, v]) => `${JSON.stringify(k)}:${v as string}`)),
    }));
    const text = json.value.map(function toText(v: unknown): string {
      if (Array.isArray(v) && v.every((e) => typeof e === 'string' && e.startsWith('"'))) return `{${v.join(',')}}`;
      if (Array.isArray(v)) return `[${v.map((e) => toText(e)).join(', ')}]`;
      return JSON.stringify(v);
    });
    fc.assert(
      fc.property(text, fc.nat(), fc.boolean(), (t, at, cut) => {
        const input = cut ? t.slice(0, at % (t.length + 1)) : t;
        expect(parseStrictJson(input)).toEqual(expected(input));
      }),
      { numRuns: 500 },
    );
  });

  it('finds a duplicate key deep inside, and a key that looks like a colon inside a string', () => {
    const text = JSON.stringify({ results: [{ id: 'a":b', level: 'x' }] }).replace('"level"', '"id"');
    expect(parseStrictJson(text)).toEqual({ ok: false, problem: checkJson(text) });
    expect(parseStrictJson('{"a":"x\\":y","b":[{"c":": \\""}]}')).toEqual({ ok: true, value: { a: 'x":y', b: [{ c: ': "' }] } });
  });

  it('refuses nesting past the limit as checkJson does, though JSON.parse reads it', () => {
    const deep = `${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`;
    expect(parseStrictJson(deep)).toEqual({ ok: false, problem: checkJson(deep) });
    const fits = `${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`;
    expect(parseStrictJson(fits).ok).toBe(true);
  });

  it('says where on invalid JSON, as checkJson does', () => {
    for (const text of ['', '{"a":1,}', '{"a":1}\u00a0', "{'a':1}", '{"a":1} x'])
      expect(parseStrictJson(text)).toEqual({ ok: false, problem: checkJson(text) });
  });
});
