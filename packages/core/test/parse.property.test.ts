import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Cascade, CascadeError, formatPath, safeParseCascade } from '@pokin/core';
import { validDocumentArbitrary } from '../../../test/support/arbitraries.js';
import { propertyRuns } from '../../../test/support/runs.js';
import { mutate, type Json } from './support/mutate.js';

/** `safeParseCascade` must answer every input with a Cascade or a CascadeError, never throw. */
function answersProperly(input: unknown): void {
  const r = safeParseCascade(input);
  if (r.success) {
    expect(r.data).toBeInstanceOf(Cascade);
    return;
  }
  expect(r.error).toBeInstanceOf(CascadeError);
  expect(r.error.issues.length).toBeGreaterThan(0);
  for (const i of r.error.issues) {
    expect(typeof i.message).toBe('string');
    expect(i.path).toBe(formatPath(i.segments));
  }
}

// 1,000 inputs per property (10,000 with POKIN_PROPERTY_SCALE=10, as before: 30 s of CPU).
const RUNS = propertyRuns(1_000);

describe('safeParseCascade never throws', () => {
  it(`on any JSON value (${RUNS} runs)`, () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), answersProperly), { numRuns: RUNS });
  });

  it(`on JSON values in the shape of a document (${RUNS} runs)`, () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd', 'a b', '', 'toString', '__proto__');
    const anyJson = fc.jsonValue({ maxDepth: 2 });
    const level = fc.oneof(
      fc.constantFrom('goal', 'ultimate-outcome', 'intermediate-outcome', 'immediate-outcome', 'outcome', 'output', 'tujuan', 'x'),
      anyJson,
    );
    const result = fc.record(
      {
        id: fc.oneof({ weight: 5, arbitrary: id }, anyJson),
        level,
        statement: fc.oneof(fc.string(), anyJson),
        parent: fc.oneof({ weight: 3, arbitrary: id }, fc.constant(null), anyJson),
        contributesTo: fc.oneof(fc.array(id, { maxLength: 3 }), anyJson),
        indicators: fc.oneof(
          fc.array(fc.record({ id, statement: fc.string(), targets: fc.dictionary(fc.string(), anyJson) }, { requiredKeys: [] }), {
            maxLength: 2,
          }),
          anyJson,
        ),
      },
      { requiredKeys: [] },
    );
    const levels = fc.oneof(
      fc.constantFrom(undefined, 'permenpan-89', 'renstra', 'nope'),
      fc.array(
        fc.record(
          {
            key: id,
            label: fc.oneof(fc.record({ id: fc.string(), en: fc.string() }), anyJson),
            tier: fc.constantFrom('strategis', 'urusan', 'taktis', 'operasional', 'x'),
            optional: fc.oneof(fc.boolean(), anyJson),
          },
          { requiredKeys: ['key'] },
        ),
        { maxLength: 4 },
      ),
      anyJson,
    );
    const doc = fc.record(
      {
        pokin: fc.oneof({ weight: 5, arbitrary: fc.constant(1) }, anyJson),
        title: fc.oneof(fc.string(), anyJson),
        levels,
        csf: fc.array(fc.record({ problem: fc.string(), desiredCondition: fc.string(), result: id }, { requiredKeys: [] }), {
          maxLength: 2,
        }),
        period: fc.oneof(fc.record({ start: fc.integer(), end: fc.integer() }), anyJson),
        results: fc.oneof({ weight: 5, arbitrary: fc.array(result, { maxLength: 6 }) }, anyJson),
      },
      { requiredKeys: ['pokin', 'title', 'results'] },
    );
    fc.assert(fc.property(doc, answersProperly), { numRuns: RUNS });
  });

  it(`on mutated valid documents (${RUNS} runs)`, () => {
    const mutation = fc.tuple(
      fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
      fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
      fc.constantFrom<'replace' | 'delete' | 'add'>('replace', 'delete', 'add'),
    );
    fc.assert(
      fc.property(
        validDocumentArbitrary({ maxResults: 6, maxIndicators: 2 }),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (doc, mutations) => {
          let d = doc as unknown as Json;
          for (const [picks, value, action] of mutations) d = mutate(d, picks, value, action);
          answersProperly(d);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('on values that JSON cannot hold', () => {
    for (const v of [undefined, Symbol('x'), 1n, () => 1, new Map(), new Date(0), Object.create(null), NaN, Infinity, [undefined]])
      answersProperly(v);
    answersProperly({ pokin: 1, title: 't', results: [Object.create(null)] });
    answersProperly({
      pokin: 1,
      title: 't',
      results: [{ id: 'a', level: 'goal', statement: 's', indicators: [{ statement: 's', baseline: { year: 2024, value: NaN } }] }],
    });
  });
});
