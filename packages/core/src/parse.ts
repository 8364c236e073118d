import type { z } from 'zod';
import { Cascade } from './cascade.js';
import { CascadeError, formatPath, type CascadeIssue } from './errors.js';
import { issue, quote } from './parse/issue.js';
import { snapshot } from './parse/snapshot.js';
import { DEFAULT_LEVEL_PRESET, LEVEL_PRESETS, isLevelPresetName, type Level, type LevelScheme } from './levels.js';
import { localId, normaliseContributionStatus } from './refs.js';
import type { Contribution, ResultRecord } from './result.js';
import { DOCUMENT_KEYS, DocumentSchema, type Indicator } from './schema.js';

/** Result of {@link safeParseCascade}. */
export type SafeParseCascadeResult =
  { readonly success: true; readonly data: Cascade } | { readonly success: false; readonly error: CascadeError };

/** Options of {@link parseCascade}. */
export interface ParseCascadeOptions {
  /**
   * A level scheme to use when the document has no `levels` field.
   * @default the `permenpan-89` preset
   */
  readonly levels?: LevelScheme;
}

/**
 * Builds a {@link Cascade} from a parsed JSON or YAML value. Throws a {@link CascadeError} whose
 * `issues` list every schema and structural problem at once: unknown keys, duplicate ids, a
 * `parent` or `contributesTo` id that does not exist, a cycle, a level not in the scheme, a child
 * not below its parent.
 */
export function parseCascade(input: unknown, options: ParseCascadeOptions = {}): Cascade {
  const result = safeParseCascade(input, options);
  if (!result.success) throw result.error;
  return result.data;
}

/** Like {@link parseCascade}, but returns `{ success, data }` or `{ success, error }` instead of throwing. */
export function safeParseCascade(input: unknown, options: ParseCascadeOptions = {}): SafeParseCascadeResult {
  // The schema check reads the input once; its output is the only data the cascade is built from.
  // When the check fails or reading throws (a getter, a revoked proxy), the input is read once
  // more, carefully, into plain data, to report every problem with its path.
  let parsed = readSchema(input);
  let source: unknown = parsed?.success === true ? parsed.data : undefined;
  let refused: CascadeIssue[] = [];
  if (parsed === undefined || !parsed.success) {
    const snap = snapshot(input);
    source = snap.value;
    refused = snap.issues;
    parsed = readSchema(source);
  }
  const issues: CascadeIssue[] = [];
  // Issues past what an error lists are counted, not made (an object may hold 10,000 unknown keys).
  const omitted = { count: 0 };
  if (parsed !== undefined && !parsed.success)
    for (const zi of parsed.error.issues) for (const i of fromZodIssue(zi, source, omitted)) issues.push(i);

  const levels = resolveLevels(source, options.levels, issues);
  const index = checkStructure(source, levels, issues);

  if (parsed === undefined || !parsed.success || refused.length > 0 || issues.length > 0 || index === undefined) {
    const all = withoutRefused(refused, issues);
    if (all.length === 0) all.push(issue('schema', [], 'the document is not valid'));
    return { success: false, error: new CascadeError(capped(sortIssues(dedupe(all)), omitted.count)) };
  }
  const doc = parsed.data;
  const cascade = new Cascade({
    meta: {
      ...(doc.id === undefined ? {} : { id: doc.id }),
      ...(doc.signatory === undefined ? {} : { signatory: Object.freeze(doc.signatory) }),
      title: doc.title,
      agency: freeze(doc.agency),
      period: freeze(doc.period),
      context: doc.context === undefined ? undefined : deepFreeze(doc.context),
      csf: doc.csf === undefined ? undefined : Object.freeze(doc.csf.map((c) => Object.freeze(c))),
      levelsSpec: doc.levels === undefined ? undefined : typeof doc.levels === 'string' ? doc.levels : levels!,
    },
    levels: levels!,
    records: doc.results.map((r) => toRecord(r, doc.id)),
    index,
  });
  return { success: true, data: cascade };
}

/** The schema check, or undefined when reading the input throws (then the snapshot says where). */
function readSchema(input: unknown): ReturnType<typeof DocumentSchema.safeParse> | undefined {
  try {
    return DocumentSchema.safeParse(input);
  } catch {
    return undefined;
  }
}

const freeze = <T extends object | undefined>(v: T): T => (v === undefined ? v : Object.freeze(v));

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null) {
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
    Object.freeze(v);
  }
  return v;
}

const EMPTY_IDS: readonly string[] = Object.freeze([]);
const EMPTY_INDICATORS: readonly Indicator[] = Object.freeze([]);
const EMPTY_CONTRIBUTIONS: readonly Contribution[] = Object.freeze([]);

type ResultOutput = z.output<typeof DocumentSchema>['results'][number];

/** The `contributesTo` entries as records hold them: canonical references, statuses in Indonesian. */
function contributionsOf(entries: NonNullable<ResultOutput['contributesTo']>, documentId: string | undefined): Contribution[] {
  return entries.map((e) => {
    if (typeof e === 'string') return Object.freeze({ to: localId(e, documentId) ?? e });
    const c: { to: string; status?: Contribution['status']; reason?: string } = { to: localId(e.to, documentId) ?? e.to };
    if (e.status !== undefined) c.status = normaliseContributionStatus(e.status)!;
    if (e.reason !== undefined) c.reason = e.reason;
    return Object.freeze(c);
  });
}

function toRecord(r: ResultOutput, documentId: string | undefined): ResultRecord {
  const parentLocal = r.parent == null ? null : (localId(r.parent, documentId) ?? null);
  let contributesTo = EMPTY_IDS;
  let contributions = EMPTY_CONTRIBUTIONS;
  if (r.contributesTo !== undefined && r.contributesTo.length > 0) {
    if (documentId === undefined && r.contributesTo.every((c) => typeof c === 'string' && !c.includes('#'))) {
      // The common case: plain local ids, the list itself frozen in place.
      contributesTo = Object.freeze(r.contributesTo as string[]);
      contributions = Object.freeze(contributesTo.map((to) => Object.freeze({ to })));
    } else {
      contributions = Object.freeze(contributionsOf(r.contributesTo, documentId));
      const local = contributions.filter((c) => !c.to.includes('#')).map((c) => c.to);
      contributesTo = local.length === 0 ? EMPTY_IDS : Object.freeze(local);
    }
  }
  const rec: {
    id: string;
    level: string;
    statement: string;
    parent: string | null;
    contributesTo: readonly string[];
    contributions: readonly Contribution[];
    externalParent?: string;
    previous?: string;
    indicators: readonly Indicator[];
    owner?: ResultRecord['owner'];
    budget?: ResultRecord['budget'];
    notes?: string;
  } = {
    id: r.id,
    level: r.level,
    statement: r.statement,
    parent: parentLocal,
    contributesTo,
    contributions,
    // zod's output array is the cascade's own: frozen in place rather than copied.
    indicators: r.indicators === undefined || r.indicators.length === 0 ? EMPTY_INDICATORS : freezeIndicators(r.indicators),
  };
  if (r.parent != null && parentLocal === null) rec.externalParent = r.parent;
  if (r.previous !== undefined) rec.previous = r.previous;
  if (r.owner !== undefined) rec.owner = Object.freeze(r.owner);
  if (r.budget !== undefined) rec.budget = Object.freeze(r.budget);
  if (r.notes !== undefined) rec.notes = r.notes;
  return Object.freeze(rec);
}

function freezeIndicators(indicators: Indicator[]): readonly Indicator[] {
  for (const ind of indicators) freezeIndicator(ind);
  return Object.freeze(indicators);
}

function freezeIndicator(ind: Indicator): Indicator {
  if (ind.baseline !== undefined) Object.freeze(ind.baseline);
  if (ind.targets !== undefined) Object.freeze(ind.targets);
  if (ind.realisations !== undefined || ind.realisationNotes !== undefined || ind.scale !== undefined || ind.owner !== undefined) {
    deepFreeze(ind);
  }
  return Object.freeze(ind);
}

/** Every key the format knows, for "did you mean" hints on unknown keys. */
const KNOWN_KEYS = [
  'pokin',
  'title',
  'agency',
  'name',
  'code',
  'period',
  'start',
  'end',
  'levels',
  'key',
  'label',
  'id',
  'en',
  'tier',
  'optional',
  'context',
  'mandate',
  'strategicIssues',
  'expectations',
  'outcome',
  'csf',
  'problem',
  'desiredCondition',
  'result',
  'results',
  'level',
  'statement',
  'parent',
  'contributesTo',
  'indicators',
  'unit',
  'polarity',
  'baseline',
  'year',
  'value',
  'targets',
  'owner',
  'position',
  'budget',
  'program',
  'activity',
  'subActivity',
  'notes',
  'signatory',
  'place',
  'date',
  'nip',
  'previous',
  'to',
  'status',
  'reason',
  'positionType',
  'iku',
  'scale',
  'realisations',
  'yearValue',
  'realisationNotes',
  'supportingFactors',
  'inhibitingFactors',
  'followUp',
  'evidence',
  'definition',
  'formula',
  'dataSource',
  'dataProvider',
  'frequency',
];

/** Loose view of a zod schema's definition, enough to walk from the document to an object. */
interface SchemaDef {
  readonly type: string;
  readonly shape?: Readonly<Record<string, { _zod: { def: SchemaDef } }>>;
  readonly element?: { _zod: { def: SchemaDef } };
  readonly innerType?: { _zod: { def: SchemaDef } };
  readonly valueType?: { _zod: { def: SchemaDef } };
  readonly options?: readonly { _zod: { def: SchemaDef } }[];
  readonly in?: { _zod: { def: SchemaDef } };
}

/**
 * The keys the schema allows in the object at `segments` (`['results', 3, 'owner']`), so a typo is
 * matched against the keys of that object only; undefined when the path leads to no object.
 */
function keysAt(segments: readonly (string | number)[]): readonly string[] | undefined {
  const unwrap = (d: SchemaDef | undefined): SchemaDef | undefined => {
    let def = d;
    for (let guard = 0; def !== undefined && guard < 8; guard++) {
      if (def.innerType !== undefined) def = def.innerType._zod.def;
      else if (def.type === 'pipe' && def.in !== undefined) def = def.in._zod.def;
      else if (def.type === 'union')
        def = def.options?.map((o) => o._zod.def).find((o) => unwrap(o)?.type === 'object' || unwrap(o)?.type === 'array');
      else break;
    }
    return def;
  };
  let def = unwrap((DocumentSchema as unknown as { _zod: { def: SchemaDef } })._zod.def);
  for (const seg of segments) {
    if (def === undefined) return undefined;
    if (typeof seg === 'number') def = unwrap(def.element?._zod.def);
    else if (def.type === 'object') def = unwrap(def.shape?.[seg]?._zod.def);
    else if (def.type === 'record') def = unwrap(def.valueType?._zod.def);
    else return undefined;
  }
  return def?.type === 'object' && def.shape !== undefined ? Object.keys(def.shape) : undefined;
}

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

/** `a` or `an` before a level key, by its first letter: `an "output" result`, `a "goal" result`. */
function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
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

function fromZodIssue(zi: z.core.$ZodIssue, input: unknown, omitted: { count: number }): CascadeIssue[] {
  const segments = zi.path.filter((s): s is string | number => typeof s !== 'symbol');
  if (zi.code === 'unrecognized_keys') {
    const known = keysAt(segments) ?? KNOWN_KEYS;
    // Hints for as many keys as an error lists; past that, no one reads them.
    const keys = zi.keys.length > MAX_ISSUES ? zi.keys.slice(0, MAX_ISSUES) : zi.keys;
    omitted.count += zi.keys.length - keys.length;
    return keys.map((k) => {
      const hint = suggestKey(k, known);
      return issue('unknown-key', [...segments, k], `unknown key ${quote(k)}${hint ? ` (did you mean "${hint}"?)` : ''}`);
    });
  }
  if (segments.length === 1 && segments[0] === 'pokin') {
    const v = valueAt(input, segments);
    return [
      issue(
        'version',
        segments,
        v === undefined
          ? 'missing format version: add "pokin: 1" at the top'
          : `unsupported format version ${describe(v)}: this pokin reads version 1`,
      ),
    ];
  }
  if (zi.code === 'custom' && zi.params?.pokin === 'proto-key') return [issue('not-data', segments, zi.message)];
  if (segments.length === 0 && zi.code === 'invalid_type') {
    return [issue('schema', [], `a pokin document is an object, got ${describe(input)}`)];
  }
  // Paths into the results are checked structurally too; keep zod's wording for the value itself.
  let message = zi.message;
  if (zi.code === 'invalid_type') {
    const v = valueAt(input, segments);
    message = v === undefined ? 'required' : `expected ${zi.expected}, got ${describe(v)}`;
  } else if (zi.code === 'invalid_union') {
    const v = valueAt(input, segments);
    // A list or object that one branch took apart (levels: a preset name, or a list of levels):
    // that branch's own issues say what is wrong inside it, e.g. `levels[0].label: required`.
    const inner = typeof v === 'object' && v !== null ? deepestBranch(zi.errors) : undefined;
    if (inner !== undefined) return inner.flatMap((i) => fromZodIssue({ ...i, path: [...zi.path, ...i.path] }, input, omitted));
    message = v === undefined ? 'required' : `${describe(v)} is not a valid value here`;
  } else if (zi.code === 'invalid_key') {
    // zod says only "Invalid key in record"; the key's own issue says why (e.g. a target year).
    const inner = zi.issues[0]?.message;
    message = `invalid key ${describe(segments[segments.length - 1])}${inner ? `: ${inner}` : ''}`;
  }
  return [issue('schema', segments, message)];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function resolveLevels(input: unknown, fallback: LevelScheme | undefined, issues: CascadeIssue[]): LevelScheme | undefined {
  const spec = isObject(input) ? input.levels : undefined;
  if (spec === undefined) return fallback ?? LEVEL_PRESETS[DEFAULT_LEVEL_PRESET];
  if (typeof spec === 'string') {
    if (isLevelPresetName(spec)) return LEVEL_PRESETS[spec];
    issues.push(
      issue('unknown-level-preset', ['levels'], `unknown level scheme ${quote(spec)}; presets: ${Object.keys(LEVEL_PRESETS).join(', ')}`),
    );
    return undefined;
  }
  if (!Array.isArray(spec)) return undefined; // zod reports the type
  const seen = new Map<string, number>();
  const out: Level[] = [];
  let valid = true;
  spec.forEach((l, i) => {
    if (!isObject(l) || typeof l.key !== 'string' || !isObject(l.label) || typeof l.tier !== 'string') {
      valid = false;
      return;
    }
    const first = seen.get(l.key);
    if (first !== undefined) {
      issues.push(issue('duplicate-level', ['levels', i, 'key'], `duplicate level key ${quote(l.key)} (first at levels[${first}])`));
      valid = false;
    } else seen.set(l.key, i);
    const label = l.label as { id: string; en: string };
    const level: { key: string; label: Level['label']; tier: Level['tier']; optional?: boolean } = {
      key: l.key,
      label: Object.freeze({ id: label.id, en: label.en }),
      tier: l.tier as Level['tier'],
    };
    if (l.optional !== undefined) level.optional = l.optional as boolean;
    out.push(Object.freeze(level));
  });
  return valid && out.length > 0 ? Object.freeze(out) : undefined;
}

/** Positions of indicators are packed as `result * INDICATOR_SLOTS + indicator` (exact below 2^53). */
const INDICATOR_SLOTS = 2 ** 20;

/**
 * Structural checks on the raw input, done whether or not the schema passed, so that one error
 * lists everything. Returns the result index by id when the structure is sound.
 */
function checkStructure(input: unknown, levels: LevelScheme | undefined, issues: CascadeIssue[]): Map<string, number> | undefined {
  if (!isObject(input) || !Array.isArray(input.results)) return undefined;
  const results = input.results as unknown[];
  const n = results.length;
  const documentId = typeof input.id === 'string' ? input.id : undefined;
  /** The local id of a `parent` or `contributesTo` entry, or undefined (another document's, or not a reference). */
  const local = (ref: unknown): string | undefined => {
    const s = isObject(ref) ? ref.to : ref;
    return typeof s === 'string' ? localId(s, documentId) : undefined;
  };
  const before = issues.length;
  const ids: (string | undefined)[] = new Array<string | undefined>(n);
  const index = new Map<string, number>();
  // Where each indicator id is first used, as results index * 2^20 + indicator index (no string per indicator).
  const indicatorIds = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const r = results[i];
    if (!isObject(r)) continue;
    const id = typeof r.id === 'string' ? r.id : undefined;
    ids[i] = id;
    if (id !== undefined) {
      const first = index.get(id);
      if (first !== undefined)
        issues.push(issue('duplicate-id', ['results', i, 'id'], `duplicate id ${quote(id)} (first used at results[${first}])`));
      else index.set(id, i);
    }
    if (Array.isArray(r.indicators)) {
      const inds = r.indicators as unknown[];
      for (let k = 0; k < inds.length; k++) {
        const ind = inds[k];
        if (!isObject(ind) || typeof ind.id !== 'string') continue;
        const first = indicatorIds.get(ind.id);
        if (first !== undefined) {
          const at = formatPath(['results', Math.floor(first / INDICATOR_SLOTS), 'indicators', first % INDICATOR_SLOTS]);
          issues.push(
            issue(
              'duplicate-indicator-id',
              ['results', i, 'indicators', k, 'id'],
              `duplicate indicator id ${quote(ind.id)} (first used at ${at})`,
            ),
          );
        } else indicatorIds.set(ind.id, i * INDICATOR_SLOTS + k);
      }
    }
  }

  const rank = new Map<string, number>();
  levels?.forEach((l, i) => rank.set(l.key, i));
  const levelNames = levels === undefined ? '' : namesOf(levels.map((l) => l.key));
  const order = levels === undefined ? undefined : levelOrder(levels);
  const levelOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const r = results[i];
    if (!isObject(r) || typeof r.level !== 'string' || levels === undefined) continue;
    const k = rank.get(r.level);
    if (k === undefined)
      issues.push(issue('unknown-level', ['results', i, 'level'], `level ${quote(r.level)} is not in the level scheme (${levelNames})`));
    else levelOf[i] = k;
  }

  // Links: parent (primary) and contributesTo (crosscutting), in one flat list: the parents of
  // result i are ups.list[ups.start[i]] up to ups.list[ups.start[i + 1]] (a small array per result,
  // alive until the cycle check, made parsing GC-bound at 100,000 results).
  const ups: Links = { start: new Int32Array(n + 1), list: [] };
  for (let i = 0; i < n; i++) {
    const r = results[i];
    ups.start[i] = ups.list.length;
    if (!isObject(r)) continue;
    const parent = local(r.parent);
    if (parent !== undefined) {
      const p = index.get(parent);
      if (parent === ids[i])
        issues.push(issue('self-reference', ['results', i, 'parent'], `result ${quote(parent)} cannot be its own parent`));
      else if (p === undefined)
        issues.push(issue('missing-parent', ['results', i, 'parent'], `parent ${quote(parent)} does not exist: no result has this id`));
      else {
        ups.list.push(p);
        checkOrder(order, levelOf[i]!, levelOf[p]!, true, ['results', i, 'parent'], issues);
      }
    }
    if (Array.isArray(r.contributesTo)) {
      r.contributesTo.forEach((entry, k) => {
        const c = local(entry);
        if (c === undefined) return;
        const p = index.get(c);
        const where = ['results', i, 'contributesTo', k];
        if (c === ids[i]) issues.push(issue('self-reference', where, `result ${quote(c)} cannot contribute to itself`));
        else if (p === undefined)
          issues.push(issue('missing-contributes-to', where, `contributesTo ${quote(c)} does not exist: no result has this id`));
        else {
          ups.list.push(p);
          checkOrder(order, levelOf[i]!, levelOf[p]!, false, where, issues);
        }
      });
    }
  }
  ups.start[n] = ups.list.length;
  findCycles(n, ups, ids, results, local, issues);

  if (Array.isArray(input.csf)) {
    input.csf.forEach((c, k) => {
      if (isObject(c) && typeof c.result === 'string' && !index.has(c.result)) {
        issues.push(issue('missing-csf-result', ['csf', k, 'result'], `result ${quote(c.result)} does not exist: no result has this id`));
      }
    });
  }
  return issues.length === before ? index : undefined;
}

/** Most level names a message lists. */
const MAX_NAMES = 10;

/** Level keys for a message: at most {@link MAX_NAMES}, each quoted short, then how many more. */
function namesOf(keys: readonly string[], quoted = false): string {
  const shown = keys.slice(0, MAX_NAMES).map((k) => (quoted ? quote(k) : k.length > 60 ? `${k.slice(0, 60)}...` : k));
  return keys.length > MAX_NAMES ? `${shown.join(', ')}, ... (${keys.length - MAX_NAMES} more)` : shown.join(', ');
}

/** What the level-order check needs of a scheme, worked out once: O(1) per link after. */
interface LevelOrder {
  readonly levels: LevelScheme;
  /** Number of required (non-optional) levels before each index. */
  readonly requiredBefore: Int32Array;
  /** The first required level at or after each index (`levels.length` when none). */
  readonly nextRequired: Int32Array;
}

function levelOrder(levels: LevelScheme): LevelOrder {
  const n = levels.length;
  const requiredBefore = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) requiredBefore[i + 1] = requiredBefore[i]! + (levels[i]!.optional === true ? 0 : 1);
  const nextRequired = new Int32Array(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) nextRequired[i] = levels[i]!.optional === true ? nextRequired[i + 1]! : i;
  return { levels, requiredBefore, nextRequired };
}

/** A child must sit below its parent; through `parent` it may skip only optional levels. */
function checkOrder(
  order: LevelOrder | undefined,
  child: number,
  parent: number,
  primary: boolean,
  where: (string | number)[],
  issues: CascadeIssue[],
): void {
  if (order === undefined || child < 0 || parent < 0) return;
  const { levels } = order;
  const c = levels[child]!;
  const p = levels[parent]!;
  if (child <= parent) {
    issues.push(
      issue(
        'level-order',
        where,
        `${article(c.key)} ${quote(c.key)} result cannot sit under ${article(p.key)} ${quote(p.key)} result: a child's level must be below its parent's`,
      ),
    );
    return;
  }
  if (!primary || child === parent + 1) return;
  const count = order.requiredBefore[child]! - order.requiredBefore[parent + 1]!;
  if (count === 0) return;
  const skipped: string[] = [];
  for (let k = order.nextRequired[parent + 1]!; k < child && skipped.length < MAX_NAMES + 1; k = order.nextRequired[k + 1]!)
    skipped.push(levels[k]!.key);
  const names =
    count > MAX_NAMES ? `${namesOf(skipped.slice(0, MAX_NAMES), true)}, ... (${count - MAX_NAMES} more)` : namesOf(skipped, true);
  issues.push(
    issue(
      'level-order',
      where,
      `${article(c.key)} ${quote(c.key)} result skips the level${count > 1 ? 's' : ''} ${names} under its ${quote(p.key)} parent; only optional levels may be skipped`,
    ),
  );
}

/** Lists per result in one flat list: those of result i are `list[start[i]]` up to `list[start[i + 1]]`. */
interface Links {
  readonly start: Int32Array;
  readonly list: number[];
}

/** Kahn's algorithm; every cycle left over is reported once, at the link that closes it. */
function findCycles(
  n: number,
  parentsOf: Links,
  ids: (string | undefined)[],
  results: unknown[],
  local: (ref: unknown) => string | undefined,
  issues: CascadeIssue[],
): void {
  const { start, list } = parentsOf;
  const outdeg = new Int32Array(n); // number of parents not yet removed
  // Children per result, in the same flat form, in document order.
  const childStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    outdeg[i] = start[i + 1]! - start[i]!;
    for (let j = start[i]!; j < start[i + 1]!; j++) childStart[list[j]! + 1]!++;
  }
  for (let i = 0; i < n; i++) childStart[i + 1]! += childStart[i]!;
  const children = new Int32Array(childStart[n]!);
  const fill = childStart.slice(0, n);
  for (let i = 0; i < n; i++) for (let j = start[i]!; j < start[i + 1]!; j++) children[fill[list[j]!]!++] = i;
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (outdeg[i] === 0) queue.push(i);
  for (let q = 0; q < queue.length; q++) {
    const p = queue[q]!;
    for (let j = childStart[p]!; j < childStart[p + 1]!; j++) if (--outdeg[children[j]!]! === 0) queue.push(children[j]!);
  }
  if (queue.length === n) return;
  const reported = new Uint8Array(n);
  /** The first parent of `i` still in the leftover set. */
  const leftoverParent = (i: number): number => {
    for (let j = start[i]!; j < start[i + 1]!; j++) if (outdeg[list[j]!]! > 0) return list[j]!;
    return -1;
  };
  for (let i = 0; i < n; i++) {
    if (outdeg[i] === 0 || reported[i] === 1) continue;
    // Walk upwards through parents still in the leftover set until a result repeats.
    const position = new Map<number, number>();
    const path: number[] = [];
    let at = i;
    while (!position.has(at) && reported[at] === 0) {
      position.set(at, path.length);
      path.push(at);
      at = leftoverParent(at);
    }
    for (const j of path) reported[j] = 1;
    if (!position.has(at)) continue; // reached a cycle reported before
    const cycle = path.slice(position.get(at));
    // Start the cycle at its first result in document order (a loop, not Math.min(...cycle),
    // which overflows the stack on a very long cycle).
    let k = 0;
    for (let j = 1; j < cycle.length; j++) if (cycle[j]! < cycle[k]!) k = j;
    const first = cycle[k]!;
    const rotated = [...cycle.slice(k), ...cycle.slice(0, k), first];
    // The link that closes the cycle: from `first` to the parent that follows it on the cycle.
    const parentIdx = rotated[1]!;
    const r = results[first] as Record<string, unknown>;
    const field: (string | number)[] =
      local(r.parent) === ids[parentIdx]
        ? ['results', first, 'parent']
        : ['results', first, 'contributesTo', (r.contributesTo as unknown[]).findIndex((c) => local(c) === ids[parentIdx])];
    const shown =
      rotated.length > 12
        ? [...rotated.slice(0, 10).map((j) => quote(ids[j]!)), `... (${rotated.length - 11} more)`, quote(ids[first]!)]
        : rotated.map((j) => quote(ids[j]!));
    issues.push(issue('cycle', field, `cycle: ${shown.join(' -> ')}`));
  }
}

/** Most issues an error lists; the rest are counted in one last issue (`too-many-issues`). */
export const MAX_ISSUES = 1_000;

function capped(issues: CascadeIssue[], omitted: number): CascadeIssue[] {
  if (issues.length <= MAX_ISSUES && omitted === 0) return issues;
  const rest = Math.max(0, issues.length - MAX_ISSUES) + omitted;
  const out = issues.slice(0, MAX_ISSUES);
  out.push(issue('too-many-issues', [], `... and ${rest} more problem${rest === 1 ? '' : 's'}`));
  return out;
}

/**
 * The snapshot's refusals, then the other issues except those at or below a refused path (a
 * refused value is left out of the data, so the schema would only say it is missing).
 */
function withoutRefused(refused: readonly CascadeIssue[], issues: readonly CascadeIssue[]): CascadeIssue[] {
  const out = refused.slice();
  if (refused.length === 0) return issues.slice();
  const paths = new Set(refused.map((i) => i.path));
  for (const i of issues) {
    let under = paths.has('');
    for (let k = 1; k <= i.segments.length && !under; k++) under = paths.has(formatPath(i.segments.slice(0, k)));
    if (!under) out.push(i);
  }
  return out;
}

function dedupe(issues: CascadeIssue[]): CascadeIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.path}\u0000${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const TOP_ORDER = DOCUMENT_KEYS;

/** Orders issues as they appear in the document. */
function sortIssues(issues: CascadeIssue[]): CascadeIssue[] {
  const key = (i: CascadeIssue): [number, number] => {
    const top = TOP_ORDER.indexOf(String(i.segments[0] ?? ''));
    const idx = typeof i.segments[1] === 'number' ? i.segments[1] : -1;
    return [top === -1 ? (i.segments.length === 0 ? -1 : TOP_ORDER.length) : top, idx];
  };
  return issues
    .map((i, n) => ({ i, n, k: key(i) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.n - b.n)
    .map((x) => x.i);
}
