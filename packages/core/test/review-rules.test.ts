import { describe, expect, it } from 'vitest';
import { REVIEW_RULES } from '@pokin/core';
import { CASES } from './support/review-cases';
import { reviewDoc } from './support/review-fixtures';

// Every rule: a minimal bad case where it fires (with the catalogue's message) and a good case
// where it does not. The per-family files test the finer points.
describe.each(['structure', 'statement', 'duplicates', 'indicator', 'target', 'text', 'crosscutting', 'csf'] as const)('%s rules', (family) => {
  const cases = CASES.filter((c) => c.family === family);
  it.each(cases.map((c) => [c.rule, c.name, c] as const))('%s fires on %s', (_rule, _name, c) => {
    const found = reviewDoc(c.bad()).filter((d) => d.rule === c.rule && (c.where === undefined || d.resultId === c.where));
    expect(found.length).toBeGreaterThan(0);
    if (c.message !== undefined) expect(found.map((d) => d.message)).toContain(c.message.id);
    const en = reviewDoc(c.bad(), { locale: 'en' }).filter((d) => d.rule === c.rule && (c.where === undefined || d.resultId === c.where));
    if (c.message !== undefined) expect(en.map((d) => d.message)).toContain(c.message.en);
  });
  it.each(cases.map((c) => [c.rule, c] as const))('%s stays quiet on the good case', (_rule, c) => {
    const found = reviewDoc(c.good()).filter((d) => d.rule === c.rule && (c.where === undefined || d.resultId === c.where));
    expect(found).toEqual([]);
  });
});

describe('coverage', () => {
  it('every rule in the registry has a case', () => {
    const covered = new Set(CASES.map((c) => c.rule));
    expect(REVIEW_RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });
  it('every case names its rule\'s family', () => {
    for (const c of CASES) expect(REVIEW_RULES.find((r) => r.id === c.rule)?.family).toBe(c.family);
  });
});
