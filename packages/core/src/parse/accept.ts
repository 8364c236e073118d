import type * as z from 'zod/mini';
import {
  DocumentSchema,
  FREE_TEXTS,
  ID_PATTERN,
  POSITION_TYPES,
  PolaritySchema,
  RESULT_REF_PATTERN,
  YEAR_KEY_PATTERN,
  YearValueSchema,
  AgencySchema,
  BaselineSchema,
  BudgetSchema,
  ContextSchema,
  ContributionSchema,
  CONTRIBUTION_STATUSES,
  CsfSchema,
  IndicatorSchema,
  LevelSchema,
  MonthsSchema,
  OwnerSchema,
  PeriodSchema,
  QuartersSchema,
  RealisationNoteSchema,
  ResultSchema,
  SignatorySchema,
} from '../schema.js';

/**
 * The fast accept path of the schema check: a plain walk over a document that says "valid" only
 * when {@link DocumentSchema} would accept it, and then gives what zod would give (the same
 * values, each object's keys in the schema's order), without zod's copy of every object. Anything
 * it is unsure of (a key it does not know, a value of another type) is "not sure": the caller then
 * runs zod, which says what is wrong in the words users know. So this path only has to be right
 * when it accepts; `test/parse/accept.property.test.ts` holds it to zod on generated and mutated
 * documents, and the key lists come from the zod shapes themselves.
 *
 * It rewrites the value in place (objects re-ordered, never values changed): use it on a value
 * the parser owns (a fresh `JSON.parse` result or the snapshot).
 *
 * @module
 */

/** "Not sure": let zod decide. */
const NO = Symbol('no');
/** A check: the output for a value (the same value, or a re-ordered object), or {@link NO}. */
type Check = (v: unknown) => unknown;

const string: Check = (v) => (typeof v === 'string' ? v : NO);
const text: Check = (v) => (typeof v === 'string' && v.length > 0 ? v : NO);
const matching =
  (re: RegExp): Check =>
  (v) =>
    typeof v === 'string' && re.test(v) ? v : NO;
const number: Check = (v) => (Number.isFinite(v) ? v : NO);
const boolean: Check = (v) => (typeof v === 'boolean' ? v : NO);
const year: Check = (v) => (Number.isSafeInteger(v) && (v as number) >= 1900 && (v as number) <= 2200 ? v : NO);
const oneOf = (values: readonly unknown[]): Check => {
  const set = new Set(values);
  return (v) => (set.has(v) ? v : NO);
};
/** The first check that accepts, as zod's union takes the first option that passes. */
const either =
  (...checks: Check[]): Check =>
  (v) => {
    for (const c of checks) {
      const out = c(v);
      if (out !== NO) return out;
    }
    return NO;
  };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

function list(item: Check, min = 0): Check {
  return (v) => {
    if (!Array.isArray(v) || v.length < min) return NO;
    const a = v as unknown[];
    for (let i = 0; i < a.length; i++) {
      const x = a[i];
      const out = item(x);
      if (out === NO) return NO;
      if (out !== x) a[i] = out;
    }
    return a;
  };
}

/** A `z.record(key, value)`: keys and values checked, the keys' order kept (as zod keeps it). */
function record(key: Check, value: Check): Check {
  return (v) => {
    if (!isPlainObject(v)) return NO;
    for (const k in v) {
      if (k === '__proto__' || key(k) === NO) return NO;
      const x = v[k];
      const out = value(x);
      if (out === NO) return NO;
      if (out !== x) v[k] = out;
    }
    return v;
  };
}

/**
 * A `z.strictObject`: the keys of `schema.shape` only, those without `optional()` required, and
 * the keys in the shape's order (zod builds its output in that order).
 */
function object(
  schema: { shape: Record<string, z.ZodMiniType> },
  fields: Record<string, Check>,
  refine?: (o: Record<string, unknown>) => boolean,
): Check {
  const keys = Object.keys(schema.shape);
  const rank = new Map(keys.map((k, i) => [k, i]));
  // Read from each field's definition: a parse of `undefined` per field would build (and word) a
  // zod error for every required one, a tenth of a small document's check on a cold start.
  const required = keys.filter((k) => schema.shape[k]!.def.type !== 'optional');
  // A free text (`optionalText`) takes any string; any other key of the schema without a check
  // here fails the first parse, in every test.
  for (const k of keys) if (fields[k] === undefined && !FREE_TEXTS.has(schema.shape[k]!)) throw new Error(k);
  return (v) => {
    if (!isPlainObject(v)) return NO;
    let last = -1;
    let ordered = true;
    for (const k in v) {
      const r = rank.get(k);
      const x = v[k];
      if (r === undefined || x === undefined) return NO;
      const out = (fields[k] ?? string)(x);
      if (out === NO) return NO;
      if (out !== x) v[k] = out;
      if (r < last) ordered = false;
      last = r;
    }
    for (const k of required) if (!Object.hasOwn(v, k)) return NO;
    if (refine !== undefined && !refine(v)) return NO;
    if (ordered) return v;
    const out: Record<string, unknown> = {};
    for (const k of keys) if (Object.hasOwn(v, k)) out[k] = v[k];
    return out;
  };
}

/** The check of a whole document with `results` checked by `results`, built on first use (core's import stays light). */
function documentCheck(results: (result: Check) => Check): Check {
  const id = matching(ID_PATTERN);
  const ref = matching(RESULT_REF_PATTERN);
  const yearKey = matching(YEAR_KEY_PATTERN);
  const value = either(number, string);
  const owner = object(OwnerSchema, {
    agency: string,
    positionType: oneOf(POSITION_TYPES),
  });
  const quarters = object(QuartersSchema, { q1: value, q2: value, q3: value, q4: value });
  const months = object(MonthsSchema, Object.fromEntries(Object.keys(MonthsSchema.shape).map((m) => [m, value])));
  const indicator = object(IndicatorSchema, {
    id,
    statement: text,
    iku: boolean,
    polarity: oneOf(PolaritySchema.options),
    scale: record(text, number),
    baseline: object(BaselineSchema, { year, value }),
    targets: record(yearKey, value),
    realisations: record(yearKey, either(number, string, quarters, months)),
    yearValue: oneOf(YearValueSchema.options),
    realisationNotes: record(yearKey, object(RealisationNoteSchema, { evidence: list(string) })),
    owner,
  });
  const result = object(ResultSchema, {
    id,
    level: id,
    statement: text,
    parent: (v) => (v === null ? v : ref(v)),
    contributesTo: list(either(ref, object(ContributionSchema, { to: ref, status: oneOf(CONTRIBUTION_STATUSES) }))),
    previous: ref,
    indicators: list(indicator),
    owner,
    budget: object(BudgetSchema, {}),
  });
  const level = object(LevelSchema, {
    key: id,
    label: object(LevelSchema.shape.label, { id: text, en: text }),
    tier: oneOf(LevelSchema.shape.tier.options),
    optional: boolean,
  });
  const document = object(DocumentSchema, {
    pokin: oneOf([1]),
    id,
    title: text,
    agency: object(AgencySchema, { name: text }),
    // The schema's one refinement: the period does not end before it starts.
    period: object(PeriodSchema, { start: year, end: year }, (p) => (p.end as number) >= (p.start as number)),
    levels: either(text, list(level, 1)),
    signatory: object(SignatorySchema, {}),
    context: object(ContextSchema, { strategicIssues: list(string), expectations: list(string) }),
    csf: list(object(CsfSchema, { problem: text, desiredCondition: text, result: id })),
    results: results(result),
  });
  return document;
}

let built: Check | undefined;
let head: Check | undefined;

/**
 * True when the document without its results is valid: `value` is the document with `results`
 * set to any list (each result is checked elsewhere, as `readDiffVersion` does). Re-orders
 * objects of `value` in place.
 */
export function acceptDocumentHead(value: unknown): boolean {
  head ??= documentCheck(() => (v) => (Array.isArray(v) ? v : NO));
  return head(value) !== NO;
}

/**
 * What `DocumentSchema.safeParse(value).data` would be, when this walk is sure the value is
 * valid; otherwise `undefined` (then run zod). Re-orders objects of `value` in place.
 */
export function acceptDocument(value: unknown): z.output<typeof DocumentSchema> | undefined {
  built ??= documentCheck((result) => list(result, 1));
  const out = built(value);
  return out === NO ? undefined : (out as z.output<typeof DocumentSchema>);
}
