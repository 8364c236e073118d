import type * as z from 'zod/mini';
import type { CascadeIssue } from '../errors.js';
import { documentJsonSchema } from '../schema.js';
import { MAX_ISSUES, issue, quote } from './issues.js';

/**
 * zod's issues turned into pokin's: one stable code per kind of problem, with its parameters, in
 * the order and at the paths of the document; an unknown key gets a "did you mean" from the keys
 * of its own object, read from the public JSON Schema of the format (no zod internals).
 *
 * @module
 */

type JsonSchema = { readonly [k: string]: unknown };
let jsonSchema: JsonSchema | undefined;

/** The branch of a node that is an object (for a key) or a list (for an index). */
function branch(node: JsonSchema | undefined, want: 'object' | 'array'): JsonSchema | undefined {
  if (node === undefined) return undefined;
  const fits = (n: JsonSchema): boolean =>
    want === 'object' ? n.properties !== undefined || typeof n.additionalProperties === 'object' : n.items !== undefined;
  if (fits(node)) return node;
  const alternatives = (node.anyOf ?? node.oneOf) as readonly JsonSchema[] | undefined;
  return alternatives?.find(fits);
}

/**
 * The keys the format allows in the object at `segments` (`['results', 3, 'owner']`), so a typo is
 * matched against the keys of that object only; undefined when the path leads to no object.
 */
function keysAt(segments: readonly (string | number)[]): readonly string[] | undefined {
  jsonSchema ??= documentJsonSchema();
  let node: JsonSchema | undefined = jsonSchema;
  for (const seg of segments) {
    if (typeof seg === 'number') node = branch(node, 'array')?.items as JsonSchema | undefined;
    else {
      const o = branch(node, 'object');
      const props = o?.properties as Readonly<Record<string, JsonSchema>> | undefined;
      node =
        props !== undefined && Object.prototype.hasOwnProperty.call(props, seg)
          ? props[seg]
          : (o?.additionalProperties as JsonSchema | undefined);
    }
    if (typeof node !== 'object') return undefined;
  }
  const props = branch(node, 'object')?.properties as Readonly<Record<string, unknown>> | undefined;
  return props === undefined ? undefined : Object.keys(props);
}

/** Most unknown keys of one object that get a "did you mean" hint (each costs an edit distance per known key). */
const MAX_HINTS = 50;

function suggestKey(key: string, known: readonly string[]): string | undefined {
  if (key.length > 40) return undefined;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return quote(value);
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects returned above; a primitive is left
  return String(value);
}

function valueAt(input: unknown, segments: readonly PropertyKey[]): unknown {
  let v = input;
  for (const s of segments) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[s];
  }
  return v;
}

/** The issues of the union branch that got inside the value (its issues have a path), if one did. */
function deepestBranch(branches: readonly (readonly z.core.$ZodIssue[])[]): readonly z.core.$ZodIssue[] | undefined {
  let best: readonly z.core.$ZodIssue[] | undefined;
  let depth = 0;
  for (const issues of branches) {
    let d = 0;
    for (const i of issues) if (i.path.length > d) d = i.path.length;
    if (d > depth) {
      best = issues;
      depth = d;
    }
  }
  return best;
}

/** Patterns of the format's own string checks, by what they check. */
function formatKind(zi: z.core.$ZodIssue): 'invalid-id' | 'invalid-reference' | 'invalid-year' | undefined {
  if (zi.code !== 'invalid_format') return undefined;
  const raw = (zi as { pattern?: unknown }).pattern;
  const pattern = typeof raw === 'string' ? raw : raw instanceof RegExp ? raw.source : '';
  if (pattern.includes('#')) return 'invalid-reference';
  if (pattern.includes('19')) return 'invalid-year';
  return 'invalid-id';
}

/** pokin's issues for one of zod's; `omitted` counts the unknown keys past what an error lists. */
export function fromZodIssue(zi: z.core.$ZodIssue, input: unknown, omitted: { count: number }): CascadeIssue[] {
  const segments = zi.path.filter((s): s is string | number => typeof s !== 'symbol');
  if (zi.code === 'unrecognized_keys') {
    const known = keysAt(segments) ?? [];
    // Hints for as many keys as an error lists; past that, no one reads them.
    const keys = zi.keys.length > MAX_ISSUES ? zi.keys.slice(0, MAX_ISSUES) : zi.keys;
    omitted.count += zi.keys.length - keys.length;
    return keys.map((k, n) => {
      // A hint is for a typo or two; a document with hundreds of unknown keys gets hints on the first few.
      const hint = n < MAX_HINTS ? suggestKey(k, known) : undefined;
      return issue('unknown-key', [...segments, k], hint === undefined ? { key: quote(k) } : { key: quote(k), hint });
    });
  }
  const v = valueAt(input, segments);
  if (segments.length === 1 && segments[0] === 'pokin') return [issue('version', segments, v === undefined ? {} : { value: describe(v) })];
  if (segments.length === 0 && zi.code === 'invalid_type') return [issue('not-object', [], { got: describe(input) })];
  const last = segments[segments.length - 1];
  switch (zi.code) {
    case 'invalid_type':
      if (v === undefined) return [issue('required', segments)];
      return [issue(zi.expected === 'int' ? 'not-integer' : 'wrong-type', segments, { expected: zi.expected, got: describe(v) })];
    case 'invalid_union': {
      // A list or object that one branch took apart (levels: a preset name, or a list of levels):
      // that branch's own issues say what is wrong inside it, e.g. `levels[0].label: required`.
      const inner = typeof v === 'object' && v !== null ? deepestBranch(zi.errors) : undefined;
      if (inner !== undefined) return inner.flatMap((i) => fromZodIssue({ ...i, path: [...zi.path, ...i.path] }, input, omitted));
      return [v === undefined ? issue('required', segments) : issue('invalid-value', segments, { value: describe(v) })];
    }
    case 'invalid_value':
      if (v === undefined) return [issue('required', segments)];
      return [issue('invalid-value', segments, { value: describe(v), allowed: zi.values.map((x) => String(x)).join(', ') })];
    case 'invalid_key': {
      // zod says only "Invalid key in record"; the key's own issue says why (e.g. a target year).
      const kind = zi.issues[0] === undefined ? undefined : formatKind(zi.issues[0]);
      return [issue(kind === 'invalid-year' ? 'invalid-year' : 'invalid-key', segments, { key: describe(last) })];
    }
    case 'invalid_format':
      return [issue(formatKind(zi) ?? 'schema', segments, { message: zi.message })];
    case 'too_small':
      if (zi.origin === 'string') return [issue('empty', segments)];
      if (zi.origin === 'array')
        return [
          segments.length === 1 && segments[0] === 'results'
            ? issue('no-results', segments)
            : issue('too-few', segments, { minimum: Number(zi.minimum) }),
        ];
      return [issue('out-of-range', segments, { minimum: Number(zi.minimum) })];
    case 'too_big':
      return [issue('out-of-range', segments, { maximum: Number(zi.maximum) })];
    case 'custom': {
      const kind = (zi.params as { pokin?: string } | undefined)?.pokin;
      if (kind === 'period-order') return [issue('period-order', segments)];
      return [issue('schema', segments, { message: zi.message })];
    }
    default:
      return [issue('schema', segments, { message: zi.message })];
  }
}
