import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentSchema } from '@pokin/core';
import { acceptDocument } from '../src/parse/accept.js';
import { validDocumentArbitrary } from '../../../test/support/arbitraries.js';
import { propertyRuns } from '../../../test/support/runs.js';
import { mutate, type Json } from './support/mutate.js';

/**
 * The fast accept path of `parseCascade` against zod: it accepts exactly what `DocumentSchema`
 * accepts, and then gives zod's output, key order included (so the Cascade is the same). When it
 * does not accept, `parseCascade` runs zod as before, so the errors are zod's by construction.
 */
const RUNS = propertyRuns(400);

/** The document with every object's keys in reverse order (zod's output follows the schema's order). */
function reversed(v: Json): Json {
  if (Array.isArray(v)) return v.map(reversed);
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(
    Object.keys(v)
      .reverse()
      .map((k) => [k, reversed(v[k]!)]),
  );
}

/** Both paths on their own copy: the same answer, and the same output when they accept. */
function agree(doc: Json): void {
  const zod = DocumentSchema.safeParse(structuredClone(doc));
  const fast = acceptDocument(structuredClone(doc));
  expect(fast !== undefined).toBe(zod.success);
  if (fast !== undefined) expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
}

const tricky = fc.oneof(
  fc.constantFrom<Json>(null, '', 'x', 'a#b', 'bad id', '2026', 2026, 1899, 2201, 1.5, -1, true, {}, [], { q1: 1 }, { m13: 1 }),
  fc.constantFrom<Json>('up', 'sideways', 'disetujui', 'pelaksana', 'permenpan-89', { year: 2020, value: 1 }, { start: 2030, end: 2026 }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

describe('the fast accept path agrees with zod', () => {
  it(`on valid documents, in any key order (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(validDocumentArbitrary(), fc.boolean(), (d, reverse) => {
        const doc = reverse ? reversed(d) : d;
        expect(acceptDocument(structuredClone(doc))).toBeDefined();
        agree(doc);
      }),
      { numRuns: RUNS },
    );
  });

  it(`on mutated documents (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        validDocumentArbitrary(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        tricky,
        fc.constantFrom<'replace' | 'delete' | 'add'>('replace', 'delete', 'add'),
        (d, picks, value, action) => agree(mutate(d as Json, picks, value, action)),
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it('refuses a period that ends before it starts, as the schema does', () => {
    const doc = { pokin: 1, title: 't', period: { start: 2030, end: 2026 }, results: [{ id: 'a', level: 'goal', statement: 's' }] };
    expect(acceptDocument(structuredClone(doc))).toBeUndefined();
    agree(doc);
  });
});
