import { describe, expect, it } from 'vitest';
import * as classic from 'zod';
import * as mini from 'zod/mini';
import { RuleOptionsError, UsageError, defineRule, parseCascade, resolveRuleSettings, review, type RuleModule } from '@pokin/core';
import { cleanDocument } from './support/review-cases';

/** A plug-in rule that reports each result once when `every` is on; its options schema is given. */
function ruleWith(id: string, options: RuleModule<{ every: boolean }>['meta']['options']): RuleModule<{ every: boolean }> {
  return defineRule({
    meta: {
      id,
      defaultSeverity: 'info',
      category: 'structure',
      description: { id: 'Uji.', en: 'Test.' },
      messages: { seen: { id: 'Kinerja {id}.', en: 'Result {id}.' } },
      options,
    },
    create(context) {
      return { result: (r) => (context.options.every ? context.report({ messageId: 'seen', data: { id: r.id }, result: r }) : undefined) };
    },
  });
}

describe("a plug-in rule's options schema", () => {
  const c = parseCascade(cleanDocument());
  const rules = [
    ruleWith('p/classic', classic.strictObject({ every: classic.boolean().default(false) })),
    ruleWith('p/mini', mini.strictObject({ every: mini._default(mini.boolean(), false) })),
  ];

  it('may be written with classic zod or zod/mini: defaults apply, options pass through', () => {
    for (const rule of rules) {
      const id = rule.meta.id;
      expect(review(c, { plugins: [rule] }).filter((d) => d.rule === id)).toEqual([]);
      expect(review(c, { plugins: [rule], rules: { [id]: ['info', { every: true }] } }).filter((d) => d.rule === id)).not.toEqual([]);
    }
  });

  it('refuses bad options with a UsageError naming the rule and the option, either way', () => {
    for (const rule of rules) {
      const id = rule.meta.id;
      const bad = () => review(c, { plugins: [rule], rules: { [id]: ['info', { every: 'yes' }] } });
      expect(bad).toThrow(UsageError);
      expect(bad).toThrow(`options of rule "${id}" (every): Invalid input: expected boolean, received string`);
    }
  });

  it('says which rule, which option and why, as fields of a RuleOptionsError; resolveRuleSettings checks the same', () => {
    for (const rule of rules) {
      const id = rule.meta.id;
      const options = { rules: { [id]: ['info', { every: 'yes' }] as ['info', unknown] } };
      for (const call of [() => review(c, { plugins: [rule], ...options }), () => resolveRuleSettings(options.rules, [rule])]) {
        const e = (() => {
          try {
            call();
          } catch (err) {
            return err;
          }
          return undefined;
        })();
        expect(e).toBeInstanceOf(RuleOptionsError);
        expect(e).toMatchObject({ ruleId: id, option: 'every', reason: 'Invalid input: expected boolean, received string' });
      }
      // A rule turned off is not run, so its options are not checked.
      expect(resolveRuleSettings({ [id]: ['off', { every: 'yes' }] }, [rule]).get(id)).toBe('off');
    }
  });
});
