import { describe, expect, it } from 'vitest';
import { formatIssue, safeParseCascade, type CascadeIssue } from '@pokin/core';

const U = { id: 'U1', level: 'ultimate-outcome', statement: 's', parent: 'G1' };
/** One document with (nearly) every kind of problem. */
const bad = {
  pokin: 2,
  titel: 'x',
  period: { start: 2029, end: 2025 },
  levels: 'permenpan89',
  csf: [{ problem: 'p', desiredCondition: 'd', result: 'NOPE' }],
  results: [
    {
      id: 'G1',
      level: 'goal',
      statement: '',
      indicators: [
        { id: 'i', statement: 's', polarity: 'naik', targets: { '25': 1 }, baseline: { year: 2024 } },
        { id: 'i', statement: 's' },
      ],
    },
    { ...U, parent: 'ZZ', contributesTo: ['YY', 'U1'], owner: { unti: 'x' } },
    { ...U, id: 'U 2', indicators: 'Persentase' },
    { ...U },
  ],
};

const issuesOf = (input: unknown, locale?: 'id' | 'en'): readonly CascadeIssue[] => {
  const r = safeParseCascade(input, locale === undefined ? {} : { locale });
  if (r.success) throw new Error('expected issues');
  return r.error.issues;
};

describe('issues in the user language', () => {
  it('give every issue a specific code and its parameters', () => {
    const issues = issuesOf(bad);
    expect(new Set(issues.map((i) => i.code)).size).toBeGreaterThanOrEqual(10);
    expect(issues.some((i) => i.code === 'schema')).toBe(false);
    const dup = issues.find((i) => i.code === 'duplicate-indicator-id')!;
    expect(dup.params).toEqual({ id: '"i"', first: 'results[0].indicators[0]' });
  });

  it("speak English by default (issue.message) and Indonesian with locale: 'id' or formatIssue", () => {
    const en = issuesOf(bad);
    const id = issuesOf(bad, 'id');
    expect(id.map((i) => i.code)).toEqual(en.map((i) => i.code));
    for (let k = 0; k < en.length; k++) {
      expect(formatIssue(en[k]!, 'en')).toBe(en[k]!.message);
      expect(formatIssue(en[k]!)).toBe(id[k]!.message);
      expect(id[k]!.message).not.toBe(en[k]!.message);
    }
    const english = /\b(does not exist|expected|unknown|required|cannot|duplicate|must|missing|unsupported|level scheme|did you mean)\b/;
    for (const i of id) expect(i.message).not.toMatch(english);
    expect(id.map((i) => i.message)).toContain('induk "ZZ" tidak ada: tidak ada hasil dengan id ini');
    expect(id.map((i) => i.message)).toContain('kunci "unti" tidak dikenal (maksudnya "unit"?)');
  });

  it('say the error itself in the same language', () => {
    const r = safeParseCascade(bad, { locale: 'id' });
    expect(r.success ? '' : r.error.message).toMatch(/^@pokin\/core parseCascade: \d+ masalah dalam dokumen\n/);
  });

  it('have Indonesian and English words for the refusals of the snapshot and the cap', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(issuesOf({ pokin: 1, title: 't', results: [proxy] }, 'id')[0]!.message).toMatch(/^nilai ini tidak dapat dibaca/);
    const many: Record<string, unknown> = { pokin: 1, title: 't', results: [{ id: 'G1', level: 'goal', statement: 's' }] };
    for (let k = 0; k < 1_005; k++) many[`x${k}`] = k;
    expect(issuesOf(many, 'id').at(-1)!.message).toBe('... dan 5 masalah lain');
  });

  it('name an object that is not plain data by its kind, and a BigInt as such', () => {
    const doc = { pokin: 1, title: 't', results: [{ id: 'G1', level: 'goal', statement: 's' }] };
    const map = issuesOf(new Map(Object.entries(doc)), 'en');
    expect(map.map((i) => i.message)).toEqual([
      "a Map is not plain data: give plain objects and lists (what JSON.parse gives, or a YAML parser's parse(); for a YAML Document, its toJS())",
    ]);
    const dated = issuesOf({ ...doc, results: [{ ...doc.results[0], statement: new Date(0) }] }, 'id');
    expect(dated[0]).toMatchObject({ path: 'results[0].statement', message: expect.stringMatching(/^Date bukan data biasa/) as unknown });
    const big = issuesOf({ ...doc, pokin: 1n }, 'en');
    expect(big[0]).toMatchObject({
      path: 'pokin',
      message: 'a BigInt (1n) is not a number pokin reads: parse the YAML without intAsBigInt',
    });
    // Plain objects of another realm and without a prototype are data.
    expect(safeParseCascade(Object.assign(Object.create(null) as object, doc)).success).toBe(true);
  });
});
