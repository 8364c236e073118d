import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { documentJsonSchema } from '@pokin/core';
import { validDocumentArbitrary } from '../../../test/support/arbitraries.js';

const schemaText = readFileSync(new URL('../schema.json', import.meta.url), 'utf8');
const schema = JSON.parse(schemaText) as Schema;
const example = parse(readFileSync(new URL('../../../examples/bkpsdm/pokin.yaml', import.meta.url), 'utf8')) as unknown;

type Schema = { [k: string]: unknown };

/** The keywords the generated schema uses; {@link validate} implements each of them. */
const KEYWORDS = new Set([
  '$schema',
  '$id',
  'title',
  'description',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'minItems',
  'anyOf',
  'const',
  'enum',
  'pattern',
  'minLength',
  'minimum',
  'maximum',
]);

function keywordsOf(s: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(s)) s.forEach((x) => keywordsOf(x, out));
  else if (typeof s === 'object' && s !== null) {
    for (const [k, v] of Object.entries(s)) {
      out.add(k);
      if (k === 'properties') Object.values(v as object).forEach((x) => keywordsOf(x, out));
      else if (k !== 'const' && k !== 'enum') keywordsOf(v, out);
    }
  }
  return out;
}

const typeOf = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v;

/**
 * A small JSON Schema (2020-12) validator for the keywords in {@link KEYWORDS}; enough to check
 * documents against `schema.json` without a validator dependency. Returns the failing paths.
 */
function validate(s: Schema, v: unknown, path = '$', errors: string[] = []): string[] {
  if (s.type !== undefined) {
    const types = ([] as string[]).concat(s.type as string | string[]);
    const t = typeOf(v);
    if (!types.includes(t) && !(t === 'integer' && types.includes('number'))) errors.push(`${path}: type ${t}, want ${types.join('|')}`);
  }
  if ('const' in s && v !== s.const) errors.push(`${path}: const`);
  if (s.enum !== undefined && !(s.enum as unknown[]).includes(v)) errors.push(`${path}: enum`);
  if (typeof v === 'string') {
    if (s.minLength !== undefined && [...v].length < (s.minLength as number)) errors.push(`${path}: minLength`);
    if (s.pattern !== undefined && !new RegExp(s.pattern as string, 'u').test(v)) errors.push(`${path}: pattern`);
  }
  if (typeof v === 'number') {
    if (s.minimum !== undefined && v < (s.minimum as number)) errors.push(`${path}: minimum`);
    if (s.maximum !== undefined && v > (s.maximum as number)) errors.push(`${path}: maximum`);
  }
  if (Array.isArray(v)) {
    if (s.minItems !== undefined && v.length < (s.minItems as number)) errors.push(`${path}: minItems`);
    if (s.items !== undefined) v.forEach((x, i) => validate(s.items as Schema, x, `${path}[${i}]`, errors));
  }
  if (typeOf(v) === 'object') {
    const o = v as Record<string, unknown>;
    const props = (s.properties ?? {}) as Record<string, Schema>;
    for (const r of (s.required ?? []) as string[]) if (!(r in o)) errors.push(`${path}.${r}: required`);
    for (const [k, x] of Object.entries(o)) {
      if (s.propertyNames !== undefined) validate(s.propertyNames as Schema, k, `${path}{${k}}`, errors);
      if (k in props) validate(props[k]!, x, `${path}.${k}`, errors);
      else if (s.additionalProperties === false) errors.push(`${path}.${k}: not allowed`);
      else if (typeof s.additionalProperties === 'object') validate(s.additionalProperties as Schema, x, `${path}.${k}`, errors);
    }
  }
  if (s.anyOf !== undefined && !(s.anyOf as Schema[]).some((alt) => validate(alt, v, path).length === 0)) errors.push(`${path}: anyOf`);
  return errors;
}

describe('@pokin/core/schema.json', () => {
  it('is the committed output of documentJsonSchema() (run `pnpm --filter @pokin/core build` after a schema change)', () => {
    expect(schema).toEqual(documentJsonSchema());
    expect(schemaText).toBe(`${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
  });

  it('names its draft, its id and every top-level field, and rejects unknown keys everywhere', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://pokin.dev/schema/v1.json');
    expect(Object.keys(schema.properties as object)).toEqual([
      'pokin',
      'id',
      'title',
      'agency',
      'period',
      'levels',
      'signatory',
      'context',
      'csf',
      'results',
    ]);
    expect(schema.required).toEqual(['pokin', 'title', 'results']);
    const objects: Schema[] = [];
    (function collect(s: unknown) {
      if (Array.isArray(s)) s.forEach(collect);
      else if (typeof s === 'object' && s !== null) {
        const o = s as Schema;
        if (o.type === 'object' && o.properties !== undefined) objects.push(o);
        for (const [k, v] of Object.entries(o))
          if (k === 'properties') Object.values(v as object).forEach(collect);
          else collect(v);
      }
    })(schema);
    expect(objects.length).toBeGreaterThanOrEqual(10);
    for (const o of objects) expect(o.additionalProperties, Object.keys(o.properties as object).join(',')).toBe(false);
  });

  it('describes every field in Bahasa Indonesia first, with the English beside it', () => {
    const descriptions: string[] = [];
    (function collect(s: unknown) {
      if (Array.isArray(s)) s.forEach(collect);
      else if (typeof s === 'object' && s !== null) {
        for (const [k, v] of Object.entries(s)) {
          if (k === 'description' && typeof v === 'string') descriptions.push(v);
          else collect(v);
        }
      }
    })(schema);
    expect(descriptions.length).toBeGreaterThan(80);
    for (const d of descriptions) expect(d).toMatch(/^\S.* \/ \S.*$/);
  });

  it('offers the preset level keys for results[].level and the preset names for levels, and still takes a custom key', () => {
    const results = (schema.properties as Record<string, Schema>).results!;
    const level = ((results.items as Schema).properties as Record<string, Schema>).level!;
    const consts = (level.anyOf as Schema[]).filter((a) => 'const' in a).map((a) => a.const);
    expect(consts).toEqual([
      'goal',
      'ultimate-outcome',
      'intermediate-outcome',
      'immediate-outcome',
      'outcome',
      'output',
      'tujuan',
      'sasaran',
      'program',
      'kegiatan',
      'sub-kegiatan',
    ]);
    expect(validate(level, 'tingkat-khusus')).toEqual([]);
    expect(validate(level, 'bukan kunci')).not.toEqual([]);
    const levels = (schema.properties as Record<string, Schema>).levels!;
    expect(validate(levels, 'renstra')).toEqual([]);
    expect(validate(levels, 'renstara')).not.toEqual([]);
  });

  it('uses only keywords the test validator understands', () => {
    expect([...keywordsOf(schema)].filter((k) => !KEYWORDS.has(k))).toEqual([]);
  });

  it('validates the BKPSDM example', () => {
    expect(validate(schema, example)).toEqual([]);
  });

  it('validates every generated document', () => {
    fc.assert(
      fc.property(validDocumentArbitrary({ maxResults: 10 }), (doc) => {
        expect(validate(schema, doc)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects what parseCascade rejects for its shape', () => {
    const base = example as { results: Record<string, unknown>[] };
    const bad = (change: (d: typeof base) => void) => {
      const d = structuredClone(base);
      change(d);
      return validate(schema, d);
    };
    expect(bad((d) => void (d.results[0]!.parnet = 'x'))).toEqual(['$.results[0].parnet: not allowed']);
    expect(bad((d) => void ((d as Record<string, unknown>).pokin = 2))).toEqual(['$.pokin: const']);
    expect(bad((d) => void (d.results = []))).toEqual(['$.results: minItems']);
    expect(bad((d) => void (d.results[1]!.id = 'U 1'))).toEqual(['$.results[1].id: pattern']);
    expect(bad((d) => void ((d.results[0]!.indicators as Record<string, unknown>[])[0]!.targets = { '25': 1 }))).toEqual([
      '$.results[0].indicators[0].targets{25}: pattern',
    ]);
  });
});
