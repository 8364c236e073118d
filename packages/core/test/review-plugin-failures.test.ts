/**
 * A plug-in rule that fails while the review runs (throws, returns no visitors or a Promise,
 * reports a message its meta lacks or without a placeholder's data), or that clashes with one of
 * pokin's rules or another plug-in's: each is one `RuleError` (a `UsageError`) naming the rule,
 * the place and the original message, with the rule's own error as its `cause`.
 */
import { describe, expect, it } from 'vitest';
import { RuleError, UsageError, WORKSPACE_RULES, loadWorkspace, parseCascade, review, reviewWorkspace, type RuleModule } from '@pokin/core';
import { WORKSPACE_RULE_IDS } from '../src/review/registry.js';
import { cleanDocument } from './support/review-cases';

const cascade = parseCascade(cleanDocument());
const firstId = cascade.results()[0]!.id;

const meta = (id = 'prov/x', messages: Record<string, unknown> = { m: { id: 'Hasil {id}.', en: 'Result {id}.' } }) => ({
  id,
  defaultSeverity: 'warning',
  category: 'statement',
  description: { id: 'Uji.', en: 'Test.' },
  messages,
});
const rule = (create: (context: { report: (d: unknown) => void }) => unknown, id?: string): RuleModule =>
  ({ meta: meta(id), create }) as unknown as RuleModule;

const failure = (f: () => unknown): RuleError => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    expect(e).toBeInstanceOf(RuleError);
    return e as RuleError;
  }
  throw new Error('did not throw');
};

describe('a rule that fails while the review runs', () => {
  it('a result visitor that throws: the rule, the result and the message, the error as its cause', () => {
    const boom = new TypeError('boom');
    const e = failure(() =>
      review(cascade, {
        plugins: [
          rule(() => ({
            result: () => {
              throw boom;
            },
          })),
        ],
      }),
    );
    expect(e.message).toBe(`@pokin/core review: rule "prov/x": threw in the result visitor at result "${firstId}": boom`);
    expect(e.code).toBe('threw');
    expect(e.ruleId).toBe('prov/x');
    expect(e.params).toEqual({ where: 'result', resultId: firstId, reason: 'boom' });
    expect(e.cause).toBe(boom);
  });

  it('create, the document, indicator and exit visitors', () => {
    const thrower = () => {
      throw new Error('boom');
    };
    const where = (visitors: Record<string, unknown>) => failure(() => review(cascade, { plugins: [rule(() => visitors)] })).params;
    expect(failure(() => review(cascade, { plugins: [rule(thrower)] })).params).toMatchObject({ where: 'create', reason: 'boom' });
    expect(where({ document: thrower })).toMatchObject({ where: 'document' });
    expect(where({ exit: thrower })).toMatchObject({ where: 'exit' });
    const ind = where({ indicator: thrower });
    expect(ind).toMatchObject({ where: 'indicator', indicatorIndex: 0 });
    expect(typeof ind.resultId).toBe('string');
  });

  it('create returning nothing, a number or a Promise', () => {
    expect(failure(() => review(cascade, { plugins: [rule(() => undefined)] })).message).toBe(
      '@pokin/core review: rule "prov/x": create must return its visitors (an object), not undefined',
    );
    expect(failure(() => review(cascade, { plugins: [rule(() => 3)] })).params).toEqual({ got: 'number' });
    const e = failure(() => review(cascade, { plugins: [rule(() => Promise.resolve({}))] }));
    expect(e.code).toBe('create-promise');
    expect(e.message).toMatch(/create must return its visitors, not a Promise/);
  });

  it('an unknown messageId, naming where it was reported', () => {
    const e = failure(() => review(cascade, { plugins: [rule((c) => ({ exit: () => c.report({ messageId: 'nope' }) }))] }));
    expect(e.code).toBe('unknown-message');
    expect(e.params).toEqual({ messageId: 'nope', where: 'exit' });
    expect(e.message).toMatch(/rule "prov\/x": reported message "nope", which its meta.messages does not define, in the exit visitor$/);
  });

  it('a placeholder the data lacks, when the finding is written', () => {
    const e = failure(() => review(cascade, { plugins: [rule((c) => ({ exit: () => c.report({ messageId: 'm', data: {} }) }))] }));
    expect(e.code).toBe('data-missing');
    expect(e.params).toEqual({ messageId: 'm', placeholder: 'id' });
    expect(failure(() => review(cascade, { plugins: [rule((c) => ({ exit: () => c.report({ messageId: 'm' }) }))] })).code).toBe(
      'data-missing',
    );
    const ok = review(cascade, { plugins: [rule((c) => ({ exit: () => c.report({ messageId: 'm', data: { id: 'X' } }) }))] });
    expect(ok.find((d) => d.rule === 'prov/x')?.message).toBe('Hasil X.');
  });
});

describe('rule ids and messages checked when the rules are loaded', () => {
  it("knows the workspace rules' ids in the review of one document", () => {
    expect(WORKSPACE_RULE_IDS).toEqual(WORKSPACE_RULES.map((r) => r.meta.id));
  });

  const workspace = () => loadWorkspace([{ name: 'a.json', cascade }]);

  it("a plug-in rule with the id of one of pokin's rules, a review rule or a workspace rule, in either review", () => {
    const ws = workspace();
    for (const id of ['single-child', WORKSPACE_RULES[0]!.meta.id, 'agency-unlinked']) {
      const plugin = { name: 'prov', rules: [rule(() => ({}), id)] };
      for (const e of [failure(() => review(cascade, { plugins: [plugin] })), failure(() => reviewWorkspace(ws, { plugins: [plugin] }))]) {
        expect(e.code).toBe('clash-builtin');
        expect(e.message).toBe(
          `@pokin/core review: plugin "prov": rule "${id}": has the id of pokin's built-in rule; give it the plug-in's prefix`,
        );
      }
    }
  });

  it('two plug-ins with one rule id name both', () => {
    const e = failure(() => review(cascade, { plugins: [{ name: 'a', rules: [rule(() => ({}))] }, rule(() => ({}))] }));
    expect(e.code).toBe('clash-plugin');
    expect(e.message).toBe('@pokin/core review: plugins[1]: rule "prov/x": is defined by plugin "a" too');
    expect(e.params).toEqual({ other: 'plugin "a"', otherIndex: 0 });
  });

  it('a message whose two texts use different placeholders', () => {
    const bad = { meta: meta('prov/x', { m: { id: 'Hasil {id}', en: 'Result {ident}' } }), create: () => ({}) } as unknown as RuleModule;
    const e = failure(() => review(cascade, { plugins: [bad] }));
    expect(e.code).toBe('placeholders-differ');
    expect(e.params).toEqual({ messageId: 'm', idNames: 'id', enNames: 'ident' });
  });
});
