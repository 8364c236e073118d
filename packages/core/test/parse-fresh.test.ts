/**
 * `safeParseCascade(value, { fresh: true })`: a fresh `JSON.parse` result is read in place, not
 * copied, and gives the same Cascade or the same issues as the default (the snapshot), also on
 * what the snapshot refuses.
 */
import { describe, expect, it } from 'vitest';
import { safeParseCascade } from '@pokin/core';
import { generateDocument } from '@pokin/core/testing';

const both = (text: string) => {
  const copied = safeParseCascade(JSON.parse(text));
  const fresh = safeParseCascade(JSON.parse(text), { fresh: true });
  return { copied, fresh };
};
const issues = (r: ReturnType<typeof safeParseCascade>) => (r.success ? [] : r.error.issues.map((i) => `${i.code} ${i.path} ${i.message}`));

const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const doc = (extra: string, indicator = '') =>
  `{"pokin": 1, "title": "T", "results": [{"id": "G1", "level": "goal", "statement": "S"${extra}, "indicators": [{"statement": "I"${indicator}}]}]}`;

describe('a fresh JSON value', () => {
  it('gives an equal Cascade', () => {
    const text = JSON.stringify(generateDocument({ results: 300, indicatorsPerResult: 2, crosscutting: 0.05, seed: 3 }));
    const { copied, fresh } = both(text);
    expect(copied.success && fresh.success && copied.data.equals(fresh.data)).toBe(true);
    expect(fresh.success && JSON.stringify(fresh.data.toDocument())).toBe(copied.success && JSON.stringify(copied.data.toDocument()));
  });

  it.each([
    ['a key "__proto__" in targets', doc('', ', "targets": {"__proto__": 1, "2026": 2}')],
    ['a key "__proto__" in a result', doc(', "__proto__": {"x": 1}')],
    ['a key "__proto__" in a scale', doc('', ', "scale": {"__proto__": 4, "WTP": 3}')],
    ['nesting past the limit', doc(`, "notes": ${deep(70)}`)],
    ['nesting just within the limit', doc(`, "notes": ${deep(60)}`)],
    ['an object with 10,001 keys', doc(`, "owner": {${Array.from({ length: 10_001 }, (_, i) => `"k${i}": 1`).join(',')}}`)],
    ['unknown keys and a missing parent', doc(', "parent": "X", "colour": "red"')],
  ])('gives the same issues as a copied one: %s', (_, text) => {
    const { copied, fresh } = both(text);
    expect(copied.success).toBe(false);
    expect(issues(fresh)).toEqual(issues(copied));
  });
});
