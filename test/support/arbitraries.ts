/**
 * fast-check arbitraries of pokin documents, shared by the property tests of every package
 * (core's round trip, csv's `parseCsv(renderCsv(c))`, the svg and html escaping tests, ...).
 *
 * ```ts
 * import fc from 'fast-check';
 * import { parseCascade } from '@pokin/core';
 * import { validDocumentArbitrary } from '../../../test/support/arbitraries.js';
 *
 * fc.assert(fc.property(validDocumentArbitrary({ maxResults: 20 }), (doc) => {
 *   const c = parseCascade(doc); // never throws: every generated document is valid
 *   ...
 * }));
 * ```
 *
 * Every document {@link validDocumentArbitrary} makes is valid format version 1: unique ids, every
 * `parent`/`contributesTo` names an existing result, each child sits below its parent and skips
 * only optional levels, and there is no cycle (every link points to a strictly higher level).
 * Results come in a shuffled document order by default, so a child may come before its parent.
 *
 * @module
 */
import fc from 'fast-check';
import type { CascadeDocument, Indicator, Level, ResultDocument } from '@pokin/core';
import { LEVEL_PRESETS } from '@pokin/core';
import { extendDocument } from './extended.js';

/** fast-check may make null-prototype objects; documents read from JSON or YAML never have them. */
const PLAIN = { noNullPrototype: true } as const;

/** Which kind of strings the arbitraries put in free-text fields (statements, names, notes ...). */
export type TextKind =
  /**
   * Everything a file may hold: any Unicode scalar value (never a lone surrogate), C0 controls
   * such as NUL included, mixed with markup and CSV specials (`<script>`, `&`, quotes, `]]>`,
   * `=`, `;`, CR/LF), Cyrillic look-alikes, zero-width characters and plain ASCII.
   */
  | 'unicode'
  /**
   * As `'unicode'` without control characters other than tab, LF and CR: text that XML 1.0 can
   * carry (any script, emoji, combining marks, markup and CSV specials, newlines).
   */
  | 'printable'
  /** Printable ASCII only. */
  | 'ascii';

/** Options of {@link validDocumentArbitrary}. */
export interface ValidDocumentOptions {
  /**
   * Fewest results in a document.
   * @default 1
   */
  readonly minResults?: number;
  /**
   * Most results in a document.
   * @default 25
   */
  readonly maxResults?: number;
  /**
   * The level scheme: `'any'` mixes all of the others; `'default'` leaves `levels` out (so
   * `permenpan-89` applies); a preset name writes that name; `'inline'` writes a random inline
   * scheme (1 to 7 levels, some optional).
   * @default 'any'
   */
  readonly levels?: 'any' | 'default' | 'permenpan-89' | 'renstra' | 'inline';
  /**
   * Whether results may carry crosscutting `contributesTo` links.
   * @default true
   */
  readonly crosscutting?: boolean;
  /**
   * Text in free-text fields: a {@link TextKind} or your own arbitrary (it must never produce
   * the empty string for required fields; the generator does not check).
   * @default 'unicode'
   */
  readonly text?: TextKind | fc.Arbitrary<string>;
  /**
   * Whether to generate the optional parts: agency, period, context, csf, owners, budgets, notes,
   * baselines and targets. With `false`, documents hold only ids, levels, statements, parents,
   * crosscutting links and bare indicators.
   * @default true
   */
  readonly extras?: boolean;
  /**
   * Whether the results are shuffled, so that a child may come before its parent. With `false`,
   * every parent comes before its children.
   * @default true
   */
  readonly shuffle?: boolean;
  /**
   * Most indicators per result.
   * @default 3
   */
  readonly maxIndicators?: number;
  /**
   * Whether to add the optional keys of the second round (DESIGN.md section 8): a document `id`
   * and `signatory`, references to other documents (`doc#id`), crosscutting entries with a status,
   * `previous`, owners with a position type, name and NIP (on results and indicators), and
   * indicators with realisations, notes, a scale and the indicator manual. Off by default, so
   * the default documents are the version-1 documents older readers take.
   * @default false
   */
  readonly extended?: boolean;
}

/** Tricky units that renderers must escape or neutralise. */
const SPECIALS = [
  '<',
  '>',
  '&',
  '"',
  "'",
  ']]>',
  '<script>',
  '</',
  '&amp;',
  '=',
  '+',
  '-',
  '@',
  ',',
  ';',
  '\t',
  '\n',
  '\r\n',
  ' ',
  '\u00a0',
  '\u200b',
  '\u0410',
  '\u0421',
  'e\u0301',
  '\u{1f431}',
  'ASN',
];
const CONTROLS = ['\u0000', '\u0001', '\u001b', '\u007f', '\u0085', '\u2028', '\ufeff'];

/** A non-empty string of the given kind, at most `maxLength` units long. */
export function textArbitrary(kind: TextKind | fc.Arbitrary<string> = 'unicode', maxLength = 40): fc.Arbitrary<string> {
  if (typeof kind !== 'string') return kind;
  const size = { minLength: 1, maxLength };
  if (kind === 'ascii') return fc.string({ unit: 'grapheme-ascii', ...size });
  const specials = kind === 'unicode' ? [...SPECIALS, ...CONTROLS] : SPECIALS;
  const mixed = fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
    { weight: 2, arbitrary: fc.constantFrom(...specials) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  );
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: mixed, ...size }) },
    { weight: 1, arbitrary: fc.string({ unit: kind === 'unicode' ? 'binary' : 'grapheme', ...size }) },
  );
}

/**
 * Built once: the document arbitrary asks for it for every document it makes (in `chain`), and
 * building a `stringMatching` arbitrary costs more than drawing from it.
 */
const ID = fc.stringMatching(/^[A-Za-z0-9._-]{1,10}$/);

/** A string that is valid as a result or indicator id: `[A-Za-z0-9._-]+`. */
export function idArbitrary(): fc.Arbitrary<string> {
  return ID;
}

/** A valid inline level scheme: 1 to `maxLevels` levels with unique keys. */
export function inlineLevelsArbitrary(text: fc.Arbitrary<string> = textArbitrary('unicode', 12), maxLevels = 7): fc.Arbitrary<Level[]> {
  const level = fc.record(
    {
      label: fc.record({ id: text, en: text }, PLAIN),
      tier: fc.constantFrom('strategis', 'urusan', 'taktis', 'operasional'),
      optional: fc.option(fc.boolean(), { nil: undefined }),
    },
    { requiredKeys: ['label', 'tier'], noNullPrototype: true },
  );
  return fc.uniqueArray(idArbitrary(), { minLength: 1, maxLength: maxLevels }).chain((keys) =>
    fc.tuple(...keys.map(() => level)).map((levels) =>
      levels.map((l, i) => {
        const out: { key: string; label: { id: string; en: string }; tier: Level['tier']; optional?: boolean } = {
          key: keys[i]!,
          label: l.label,
          tier: l.tier,
        };
        if (l.optional !== undefined) out.optional = l.optional;
        return out;
      }),
    ),
  );
}

type LevelsChoice = { field: CascadeDocument['levels']; scheme: readonly Level[] };

function levelsArbitrary(kind: NonNullable<ValidDocumentOptions['levels']>, text: fc.Arbitrary<string>): fc.Arbitrary<LevelsChoice> {
  const preset = (name: 'permenpan-89' | 'renstra'): fc.Arbitrary<LevelsChoice> =>
    fc.constant({ field: name, scheme: LEVEL_PRESETS[name] });
  const byKind: { readonly [K in Exclude<typeof kind, 'any'>]: () => fc.Arbitrary<LevelsChoice> } = {
    default: () => fc.constant({ field: undefined, scheme: LEVEL_PRESETS['permenpan-89'] }),
    'permenpan-89': () => preset('permenpan-89'),
    renstra: () => preset('renstra'),
    inline: () => inlineLevelsArbitrary(text).map((levels) => ({ field: levels, scheme: levels })),
  };
  if (kind !== 'any') return byKind[kind]();
  return fc.oneof(byKind.default(), byKind['permenpan-89'](), byKind.renstra(), byKind.inline());
}

/** A finite number, never `-0` (which JSON and CSV cannot keep apart from `0`). */
function numberArbitrary(): fc.Arbitrary<number> {
  return fc
    .oneof(fc.integer({ min: -1000, max: 100_000 }), fc.double({ noNaN: true, noDefaultInfinity: true }))
    .map((n) => (Object.is(n, -0) ? 0 : n));
}

/** A target or baseline value: a number or a string such as `"9,27-9,09"`. */
export function valueArbitrary(text: fc.Arbitrary<string> = textArbitrary()): fc.Arbitrary<number | string> {
  return fc.oneof({ weight: 3, arbitrary: numberArbitrary() }, { weight: 1, arbitrary: text });
}

function indicatorArbitrary(text: fc.Arbitrary<string>, extras: boolean): fc.Arbitrary<Omit<Indicator, 'id'> & { withId: boolean }> {
  const year = fc.integer({ min: 2000, max: 2040 });
  const base = {
    withId: fc.boolean(),
    statement: text,
    unit: fc.option(fc.oneof(fc.constantFrom('%', 'Indeks', 'Nilai', 'Dokumen', 'Laporan', 'Orang'), text), { nil: undefined }),
    polarity: fc.option(fc.constantFrom('up', 'down', 'range'), { nil: undefined }),
  };
  const full = {
    ...base,
    baseline: fc.option(fc.record({ year, value: valueArbitrary(text) }, PLAIN), { nil: undefined }),
    // At least one year: `targets: {}` is not canonical (toDocument leaves it out).
    targets: fc.option(fc.dictionary(year.map(String), valueArbitrary(text), { minKeys: 1, maxKeys: 5, noNullPrototype: true }), {
      nil: undefined,
    }),
  };
  return (extras ? fc.record(full, PLAIN) : fc.record(base, PLAIN)).map((r) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) if (v !== undefined) out[k] = v;
    return out as Omit<Indicator, 'id'> & { withId: boolean };
  });
}

/** The random choices behind one result; turned into a valid result by {@link validDocumentArbitrary}. */
interface NodeDraft {
  readonly root: boolean;
  readonly parentPick: number;
  readonly levelPick: number;
  readonly crossPicks: readonly number[];
  readonly statement: string;
  readonly indicators: readonly (Omit<Indicator, 'id'> & { withId: boolean })[];
  readonly owner?: { agency?: string; unit?: string; position?: string };
  readonly budget?: { program?: string; activity?: string; subActivity?: string };
  readonly notes?: string;
}

function optionalRecord<T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) {
  return fc.record(fields, { requiredKeys: [], noNullPrototype: true });
}

/** {@link optionalRecord} with at least one key: an empty owner or budget is not canonical. */
function nonEmptyRecord<T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) {
  return optionalRecord(fields).filter((o) => Object.keys(o).length > 0);
}

/**
 * Valid pokin documents (format version 1) with random trees in random level schemes,
 * crosscutting links, indicators with baselines and targets, owners, budgets and arbitrary
 * Unicode text. See {@link ValidDocumentOptions} for the knobs. The value is a plain JSON-like
 * object, ready for `parseCascade`, `JSON.stringify` or a YAML dump.
 */
export function validDocumentArbitrary(options: ValidDocumentOptions = {}): fc.Arbitrary<CascadeDocument> {
  const {
    minResults = 1,
    maxResults = 25,
    levels = 'any',
    crosscutting = true,
    extras = true,
    shuffle = true,
    maxIndicators = 3,
  } = options;
  const text = textArbitrary(options.text ?? 'unicode');
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

  const node: fc.Arbitrary<NodeDraft> = fc.record(
    {
      root: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
      parentPick: fc.nat(),
      levelPick: fc.nat(),
      crossPicks: crosscutting ? fc.array(fc.nat(), { maxLength: 2 }) : fc.constant([]),
      statement: text,
      indicators: fc.array(indicatorArbitrary(text, extras), { maxLength: maxIndicators }),
      owner: extras ? maybe(nonEmptyRecord({ agency: text, unit: text, position: text })) : fc.constant(undefined),
      budget: extras ? maybe(nonEmptyRecord({ program: text, activity: text, subActivity: text })) : fc.constant(undefined),
      notes: extras ? maybe(text) : fc.constant(undefined),
    },
    PLAIN,
  );

  const head = fc.record(
    {
      title: text,
      levels: levelsArbitrary(levels, textArbitrary(options.text ?? 'unicode', 12)),
      agency: extras
        ? maybe(fc.record({ name: text, code: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }) }, PLAIN))
        : fc.constant(undefined),
      period: extras
        ? maybe(fc.tuple(fc.integer({ min: 2000, max: 2040 }), fc.nat({ max: 10 })).map(([start, n]) => ({ start, end: start + n })))
        : fc.constant(undefined),
      context: extras
        ? maybe(
            optionalRecord({
              mandate: text,
              strategicIssues: fc.array(text, { maxLength: 3 }),
              expectations: fc.array(text, { maxLength: 3 }),
              outcome: text,
            }),
          )
        : fc.constant(undefined),
      csf: extras
        ? maybe(
            fc.array(fc.record({ problem: text, desiredCondition: text, pick: fc.option(fc.nat(), { nil: undefined }) }, PLAIN), {
              maxLength: 3,
            }),
          )
        : fc.constant(undefined),
    },
    PLAIN,
  );

  const documents = fc.tuple(head, fc.array(node, { minLength: minResults, maxLength: maxResults })).chain(([h, nodes]) =>
    fc
      .tuple(
        fc.uniqueArray(idArbitrary(), { minLength: nodes.length, maxLength: nodes.length }),
        shuffle
          ? fc.shuffledSubarray(
              nodes.map((_, i) => i),
              { minLength: nodes.length, maxLength: nodes.length },
            )
          : fc.constant(nodes.map((_, i) => i)),
      )
      .map(([ids, order]) => assemble(h, nodes, ids, order)),
  );
  return options.extended === true ? documents.chain((doc) => extendDocument(doc, text)) : documents;
}

function assemble(
  h: {
    title: string;
    levels: LevelsChoice;
    agency: { name: string; code?: string | undefined } | undefined;
    period: { start: number; end: number } | undefined;
    context: Record<string, unknown> | undefined;
    csf: { problem: string; desiredCondition: string; pick?: number | undefined }[] | undefined;
  },
  nodes: readonly NodeDraft[],
  ids: readonly string[],
  order: readonly number[],
): CascadeDocument {
  const scheme = h.levels.scheme;
  const L = scheme.length;
  // The highest level rank a child of a result at rank r may take: the next non-optional level.
  const deepestChild = (r: number): number => {
    let k = r + 1;
    while (k < L - 1 && scheme[k]!.optional === true) k++;
    return k;
  };
  const rank: number[] = [];
  const results: ResultDocument[] = [];
  const indicatorIds = new Set<string>();
  nodes.forEach((n, i) => {
    const candidates: number[] = [];
    if (!n.root) for (let j = 0; j < i; j++) if (rank[j]! < L - 1) candidates.push(j);
    let parent: number | undefined;
    let r: number;
    if (candidates.length === 0) r = n.levelPick % L;
    else {
      parent = candidates[n.parentPick % candidates.length]!;
      const lo = rank[parent]! + 1;
      r = lo + (n.levelPick % (deepestChild(rank[parent]!) - lo + 1));
    }
    rank.push(r);
    const result: ResultDocument = { id: ids[i]!, level: scheme[r]!.key, statement: n.statement };
    if (parent !== undefined) result.parent = ids[parent]!;
    // Crosscutting: earlier results strictly above this one, other than the primary parent.
    const above: number[] = [];
    for (let j = 0; j < i; j++) if (rank[j]! < r && j !== parent) above.push(j);
    if (above.length > 0 && n.crossPicks.length > 0) {
      const picked = [...new Set(n.crossPicks.map((p) => above[p % above.length]!))];
      result.contributesTo = picked.map((j) => ids[j]!);
    }
    if (n.indicators.length > 0) {
      result.indicators = n.indicators.map(({ withId, ...ind }, k) => {
        const id = `${ids[i]}.${k}`;
        if (!withId || indicatorIds.has(id)) return { ...ind };
        indicatorIds.add(id);
        return { id, ...ind };
      });
    }
    if (n.owner !== undefined) result.owner = n.owner;
    if (n.budget !== undefined) result.budget = n.budget;
    if (n.notes !== undefined) result.notes = n.notes;
    results.push(result);
  });

  const doc: CascadeDocument = { pokin: 1, title: h.title, results: order.map((i) => results[i]!) };
  if (h.levels.field !== undefined) doc.levels = h.levels.field;
  if (h.agency !== undefined)
    doc.agency = h.agency.code === undefined ? { name: h.agency.name } : { name: h.agency.name, code: h.agency.code };
  if (h.period !== undefined) doc.period = h.period;
  if (h.context !== undefined) doc.context = h.context;
  if (h.csf !== undefined) {
    doc.csf = h.csf.map(({ pick, ...c }) => (pick === undefined ? c : { ...c, result: ids[pick % ids.length]! }));
  }
  return doc;
}
