/**
 * The optional keys of the second round (DESIGN.md section 8) added to a generated document, in
 * their canonical form: a document `id` and `signatory`, qualified references to other documents,
 * crosscutting entries with a status, `previous`, owners with a position type, name and NIP, and
 * indicators with realisations, notes, a scale and the indicator manual. Used by
 * `validDocumentArbitrary({ extended: true })`.
 *
 * @module
 */
import fc from 'fast-check';
import type { CascadeDocument, Indicator, ResultDocument } from '@pokin/core';

const PLAIN = { noNullPrototype: true } as const;
const slug = fc.stringMatching(/^[a-z][a-z\d-]{0,8}\d$/);
const refId = fc.stringMatching(/^[A-Za-z0-9._-]{1,8}$/);
const number = fc.integer({ min: -1000, max: 100_000 });
const nip = fc.stringMatching(/^[\d ]{1,21}$/);
/** A reference to a result of another document, `doc#id`. */
const externalRef = fc.tuple(slug, refId).map(([d, i]) => `${d}#${i}`);

function someOf<T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) {
  return fc.record(fields, { requiredKeys: [], noNullPrototype: true }).filter((o) => Object.keys(o).length > 0);
}

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

function ownerArbitrary(text: fc.Arbitrary<string>) {
  return someOf({
    unit: text,
    position: text,
    agency: text,
    positionType: fc.constantFrom('jpt-madya', 'jpt-pratama', 'administrator', 'pengawas', 'fungsional', 'pelaksana'),
    name: text,
    nip,
  });
}

function realisationArbitrary(text: fc.Arbitrary<string>) {
  const value = fc.oneof({ weight: 3, arbitrary: number }, { weight: 1, arbitrary: text });
  return fc.oneof(
    value,
    fc.record({ q1: value, q2: value, q3: value, q4: value }, { requiredKeys: [], noNullPrototype: true }),
    fc.record({ m01: value, m02: value, m07: value, m12: value }, { requiredKeys: [], noNullPrototype: true }),
  );
}

function planningArbitrary(text: fc.Arbitrary<string>) {
  const year = fc.integer({ min: 2000, max: 2040 }).map(String);
  const note = someOf({
    supportingFactors: text,
    inhibitingFactors: text,
    followUp: text,
    evidence: fc.array(text, { minLength: 1, maxLength: 2 }),
  });
  return fc.record(
    {
      iku: fc.boolean(),
      scale: fc.dictionary(
        text.filter((k) => k !== '__proto__'),
        number,
        { minKeys: 1, maxKeys: 4, noNullPrototype: true },
      ),
      realisations: fc.dictionary(year, realisationArbitrary(text), { minKeys: 1, maxKeys: 3, noNullPrototype: true }),
      yearValue: fc.constantFrom('last', 'sum', 'average'),
      realisationNotes: fc.dictionary(year, note, { minKeys: 1, maxKeys: 2, noNullPrototype: true }),
      owner: ownerArbitrary(text),
      definition: text,
      formula: text,
      dataSource: text,
      dataProvider: text,
      frequency: fc.constantFrom('bulanan', 'triwulanan', 'semesteran', 'tahunan'),
    },
    { requiredKeys: [], noNullPrototype: true },
  );
}

/** Per result: what to add. */
interface ResultExtras {
  readonly externalParent?: string;
  readonly statuses: readonly (readonly [string | undefined, string | undefined])[];
  readonly external: readonly string[];
  readonly previous?: string;
  readonly owner?: Record<string, unknown>;
  readonly indicators: readonly Record<string, unknown>[];
}

/** The arbitraries {@link extendDocument} assembles, for one text arbitrary. */
interface Parts {
  readonly status: fc.Arbitrary<readonly [string | undefined, string | undefined]>;
  readonly owner: fc.Arbitrary<Record<string, unknown> | undefined>;
  readonly planning: fc.Arbitrary<Record<string, unknown>>;
  readonly previous: fc.Arbitrary<string | undefined>;
  readonly head: fc.Arbitrary<{ id?: string; signatory?: Record<string, unknown> }>;
}

/**
 * The parts, built once per text arbitrary: `extendDocument` runs for every generated document
 * (through `chain`), and building the arbitraries (regular expressions above all) cost more than
 * generating from them. Building draws no random value, so the documents are the same.
 */
const PARTS = new WeakMap<fc.Arbitrary<string>, Parts>();

function partsFor(text: fc.Arbitrary<string>): Parts {
  let parts = PARTS.get(text);
  if (parts === undefined) {
    parts = {
      status: fc.tuple(
        fc.option(fc.constantFrom('diusulkan', 'disetujui', 'ditolak'), { nil: undefined }),
        fc.option(text, { nil: undefined }),
      ),
      owner: maybe(ownerArbitrary(text)),
      planning: planningArbitrary(text),
      previous: maybe(fc.oneof(refId, externalRef)),
      head: fc.record(
        {
          // A document id that no generated external reference uses (those end in a digit).
          id: maybe(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}[a-z]$/)),
          signatory: maybe(someOf({ place: text, date: text, name: text, position: text, nip })),
        },
        PLAIN,
      ),
    };
    PARTS.set(text, parts);
  }
  return parts;
}

/** Adds the second-round keys to a valid document; the result is valid and canonical. */
export function extendDocument(doc: CascadeDocument, text: fc.Arbitrary<string>): fc.Arbitrary<CascadeDocument> {
  const results = doc.results;
  const { status, owner, planning, previous, head } = partsFor(text);
  const extras = results.map(
    (r) =>
      fc.record(
        {
          externalParent: r.parent == null ? maybe(externalRef) : fc.constant(undefined),
          statuses: fc.array(status, { minLength: r.contributesTo?.length ?? 0, maxLength: r.contributesTo?.length ?? 0 }),
          external: fc.array(externalRef, { maxLength: 2 }),
          previous,
          owner,
          indicators: fc.array(planning, { minLength: r.indicators?.length ?? 0, maxLength: r.indicators?.length ?? 0 }),
        },
        PLAIN,
      ) as fc.Arbitrary<ResultExtras>,
  );
  return fc.tuple(head, fc.tuple(...extras)).map(([h, ext]) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(doc)) {
      if (k === 'title' && h.id !== undefined) out.id = h.id;
      if (k === 'context' || k === 'csf' || k === 'results')
        if (h.signatory !== undefined && !('signatory' in out)) out.signatory = h.signatory;
      out[k] = k === 'results' ? results.map((r, i) => extendResult(r, ext[i]!)) : v;
    }
    return out as unknown as CascadeDocument;
  });
}

function extendResult(r: ResultDocument, e: ResultExtras): ResultDocument {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) {
    if (k === 'level' || k === 'statement' || k === 'id') out[k] = v;
  }
  const parent = r.parent ?? e.externalParent;
  if (parent != null) out.parent = parent;
  const contributions: unknown[] = (r.contributesTo ?? []).map((to, k) => {
    const [status, reason] = e.statuses[k] ?? [undefined, undefined];
    if (status === undefined && reason === undefined) return to;
    const c: Record<string, unknown> = { to };
    if (status !== undefined) c.status = status;
    if (reason !== undefined) c.reason = reason;
    return c;
  });
  contributions.push(...e.external);
  if (contributions.length > 0) out.contributesTo = contributions;
  if (e.previous !== undefined) out.previous = e.previous;
  if (r.indicators !== undefined) out.indicators = r.indicators.map((ind, k) => extendIndicator(ind, e.indicators[k] ?? {}));
  const owner = r.owner ?? e.owner;
  if (owner !== undefined) out.owner = owner;
  if (r.budget !== undefined) out.budget = r.budget;
  if (r.notes !== undefined) out.notes = r.notes;
  return out as unknown as ResultDocument;
}

/** The indicator with the planning fields, keys in the canonical order. */
function extendIndicator(ind: Indicator, p: Record<string, unknown>): Indicator {
  const order = [
    'id',
    'statement',
    'iku',
    'unit',
    'polarity',
    'scale',
    'baseline',
    'targets',
    'realisations',
    'yearValue',
    'realisationNotes',
    'owner',
    'definition',
    'formula',
    'dataSource',
    'dataProvider',
    'frequency',
  ];
  const all: Record<string, unknown> = { ...p, ...ind };
  const out: Record<string, unknown> = {};
  for (const k of order) if (all[k] !== undefined) out[k] = all[k];
  return out as Indicator;
}
