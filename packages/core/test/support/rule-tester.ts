/**
 * ESLint's RuleTester for pokin's review: each rule folder's test lists documents the rule must
 * report on (`reject`) and documents it must leave alone (`accept`).
 */
import { describe, expect, it } from 'vitest';
import type { ReviewOptions, RuleEntry } from '@pokin/core';
import { reviewDoc, type Doc } from './review-fixtures';

/** One case. */
export interface RuleTestCase {
  readonly name: string;
  readonly doc: () => Doc | Record<string, unknown>;
  /** Only findings on this result count. */
  readonly where?: string;
  /** Rule setting with options, e.g. `['info', { max: 3 }]`. */
  readonly entry?: RuleEntry;
  /** Text the Indonesian message must contain. */
  readonly says?: string;
  /** Exact number of findings expected (reject cases). */
  readonly count?: number;
  /** Further review options (plug-ins). */
  readonly options?: ReviewOptions;
}

/** Registers the accept and reject cases of one rule. */
export function testRule(
  rule: string,
  cases: { readonly reject: readonly RuleTestCase[]; readonly accept: readonly RuleTestCase[] },
): void {
  const run = (c: RuleTestCase, locale: 'id' | 'en') =>
    reviewDoc(c.doc(), { ...c.options, locale, rules: c.entry === undefined ? {} : { [rule]: c.entry } }).filter(
      (d) => d.rule === rule && (c.where === undefined || d.resultId === c.where),
    );
  describe(`rule ${rule}`, () => {
    it.each(cases.reject.map((c) => [c.name, c] as const))('reports %s', (_n, c) => {
      const found = run(c, 'id');
      expect(found.length).toBeGreaterThan(0);
      if (c.count !== undefined) expect(found).toHaveLength(c.count);
      if (c.says !== undefined) expect(found.map((d) => d.message).join('\n')).toContain(c.says);
      for (const d of found) expect(d.message).not.toMatch(/\{[A-Za-z0-9_]+\}/);
      const en = run(c, 'en');
      expect(en.length).toBe(found.length);
      for (const d of en) expect(d.message).not.toMatch(/\{[A-Za-z0-9_]+\}/);
    });
    it.each(cases.accept.map((c) => [c.name, c] as const))('stays silent on %s', (_n, c) => {
      expect(run(c, 'id').map((d) => d.message)).toEqual([]);
    });
  });
}
