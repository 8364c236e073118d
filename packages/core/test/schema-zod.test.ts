import { describe, expect, it } from 'vitest';
import { WorkspaceManifestSchema, documentJsonSchema, parseCascade, review } from '@pokin/core';
import { cleanDocument } from './support/review-cases';

// This file imports no classic zod, which would set zod's English messages itself: the messages
// below come from core's own set-up of `zod/mini` (schema-zod.ts).
describe("core's zod/mini schemas", () => {
  const c = parseCascade(cleanDocument());

  it("refuse a rule's options with zod's English message, as classic zod gave it", () => {
    expect(() => review(c, { rules: { 'too-many-indicators': ['info', { max: 0 }] } })).toThrow(
      '@pokin/core review: options of rule "too-many-indicators" (max): Too small: expected number to be >0',
    );
    expect(() => review(c, { rules: { 'flat-target': ['info', { minYears: 2.5 }] } })).toThrow(
      'options of rule "flat-target" (minYears): Invalid input: expected int, received number',
    );
    expect(() => review(c, { rules: { 'target-jump': ['info', { factor: 2, x: 1 }] } })).toThrow(
      'options of rule "target-jump": Unrecognized key: "x"',
    );
  });

  it('refuse a workspace manifest with the same messages and paths', () => {
    const r = WorkspaceManifestSchema.safeParse({ title: '', documents: ['a.yaml', 1] });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['title', 'Too small: expected string to have >=1 characters'],
      ['documents.1', 'Invalid input: expected string, received number'],
    ]);
    expect(WorkspaceManifestSchema.safeParse({ pokin: 1, pemda: 'pemda-x' })).toEqual({
      success: true,
      data: { pokin: 1, pemda: 'pemda-x' },
    });
  });

  it('carry their descriptions into the JSON Schema, each on its own copy', () => {
    const props = documentJsonSchema().properties as Record<string, { description?: string }>;
    expect(props.id?.description).toMatch(/^Pengenal dokumen/);
    expect(props.title?.description).toMatch(/^Judul pohon kinerja/);
  });
});
