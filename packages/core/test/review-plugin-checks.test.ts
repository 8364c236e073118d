/**
 * What a developer gets wrong when embedding the review: a plug-in given as a path, a rule whose
 * `meta` lacks a message language, a document passed without `parseCascade`. Each is one
 * `UsageError` naming the rule or the argument, when the review starts.
 */
import { describe, expect, it } from 'vitest';
import { UsageError, assertCascade, parseCascade, review, type RuleModule } from '@pokin/core';
import { cleanDocument } from './support/review-cases';

const cascade = parseCascade(cleanDocument());

const rule = (meta: Record<string, unknown>): RuleModule =>
  ({
    meta: { id: 'prov/x', defaultSeverity: 'info', category: 'statement', messages: { m: { id: 'pesan', en: 'message' } }, ...meta },
    create: (context: { report: (d: unknown) => void; document: unknown }) => ({
      document: () => context.report({ messageId: 'm' }),
    }),
  }) as unknown as RuleModule;

const refused = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('did not throw');
};

describe('plug-ins are checked when the review starts', () => {
  it('a path or null in plugins', () => {
    expect(refused(() => review(cascade, { plugins: ['./prov.js' as never] }))).toBe(
      `@pokin/core review: plugins[0] is the text "./prov.js", not a plug-in: give the imported module (a path is read only from the CLI's config file)`,
    );
    expect(refused(() => review(cascade, { plugins: [null as never] }))).toMatch(/^@pokin\/core review: plugins\[0\] is null/);
  });

  it('a message without its English, a message as plain text, no messages, a wrong severity', () => {
    expect(refused(() => review(cascade, { plugins: [rule({ messages: { m: { id: 'pesan' } } })] }))).toBe(
      '@pokin/core review: plugins[0]: rule "prov/x": meta.messages.m needs an "id" (Bahasa Indonesia) and an "en" text',
    );
    expect(refused(() => review(cascade, { plugins: [rule({ messages: { m: 'pesan' } })] }))).toMatch(/meta\.messages\.m needs/);
    expect(refused(() => review(cascade, { plugins: [rule({ messages: undefined })] }))).toMatch(
      /rule "prov\/x": meta\.messages is missing/,
    );
    expect(refused(() => review(cascade, { plugins: [rule({ defaultSeverity: 'warn' })] }))).toMatch(/meta\.defaultSeverity is "warn"/);
  });

  it("links a plug-in rule's finding to its own page, or to none (pokin's docs have no section for it)", () => {
    const own = review(cascade, { plugins: [rule({ url: 'https://example.go.id/aturan#x' })] }).find((d) => d.rule === 'prov/x');
    expect(own?.url).toBe('https://example.go.id/aturan#x');
    const none = review(cascade, { plugins: [rule({})] }).find((d) => d.rule === 'prov/x');
    expect(none).toBeDefined();
    expect(none).not.toHaveProperty('url');
  });
});

describe('assertCascade', () => {
  it('names what was given instead of a Cascade', () => {
    expect(refused(() => review(cleanDocument() as never))).toBe(
      '@pokin/core review: expected a Cascade (from parseCascade), got a plain object: pass the document through parseCascade first',
    );
    expect(refused(() => assertCascade(null, 'f'))).toBe('f: expected a Cascade (from parseCascade), got null');
    expect(refused(() => assertCascade([], 'f'))).toBe('f: expected a Cascade (from parseCascade), got an array');
    expect(() => assertCascade(cascade, 'f')).not.toThrow();
  });
});
