import { Cascade } from './cascade.js';
import { CascadeError, type CascadeIssue } from './errors.js';
import type { LevelScheme } from './levels.js';
import { acceptDocument } from './parse/accept.js';
import { deepFreeze, freeze, toRecord } from './parse/build.js';
import { capped, dedupe, inLocale, issue, sortIssues, withoutRefused } from './parse/issues.js';
import { isPlainJson } from './parse/plain-json.js';
import { fromZodIssue } from './parse/schema-issues.js';
import { snapshot } from './parse/snapshot.js';
import { checkStructure, resolveLevels } from './parse/structure.js';
import type { Locale } from './renderer.js';
import { DocumentSchema } from './schema.js';

/**
 * `parseCascade`: the schema check, then the structural checks, then the build; the jobs are in
 * `parse/` (snapshot, schema issues, structure, build, issues and their messages).
 *
 * @module
 */

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
  /**
   * Language of each issue's `message` and of the error's `message`: `'id'` (Bahasa Indonesia) for
   * people, `'en'` for logs and programs. Every issue also has its `code` and `params`, and
   * `formatIssue(issue, locale)` gives its message in either language later.
   * @default 'en'
   */
  readonly locale?: Locale;
  /**
   * The input is a fresh `JSON.parse` result that nothing else holds (as when a program reads a
   * file): it is checked in place instead of copied first. Leave it unset for a value your program
   * built, keeps or got from elsewhere: then it is read once into a copy, so that no getter, proxy
   * or later change reaches the {@link Cascade}. The issues are the same either way.
   * @default false
   */
  readonly fresh?: boolean;
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
  // The input is read once, into plain data, before anything else looks at it: what is not plain
  // data (an accessor, a proxy that throws, a cycle) is refused with its path, and everything after
  // reads the snapshot only, so a value that would read differently twice is never seen twice.
  // A fresh JSON.parse result can hold none of that: it is read in place when it is plain data.
  const snap = options.fresh === true && isPlainJson(input) ? { value: input, issues: [] } : snapshot(input);
  const refused: CascadeIssue[] = snap.issues;
  // A valid document passes the fast walk; anything else goes through zod for its messages.
  const accepted = refused.length === 0 ? acceptDocument(snap.value) : undefined;
  const parsed = accepted === undefined ? readSchema(snap.value) : { success: true as const, data: accepted };
  const source: unknown = parsed?.success === true ? parsed.data : snap.value;
  const issues: CascadeIssue[] = [];
  // Issues past what an error lists are counted, not made (an object may hold 10,000 unknown keys).
  const omitted = { count: 0 };
  if (parsed !== undefined && !parsed.success)
    for (const zi of parsed.error.issues) for (const i of fromZodIssue(zi, source, omitted)) issues.push(i);

  const levels = resolveLevels(source, options.levels, issues);
  const structure = checkStructure(source, levels, issues);

  if (parsed === undefined || !parsed.success || refused.length > 0 || issues.length > 0 || structure === undefined) {
    const all = withoutRefused(refused, issues);
    if (all.length === 0) all.push(issue('schema', [], { message: 'the document is not valid' }));
    const locale = options.locale ?? 'en';
    return { success: false, error: new CascadeError(inLocale(capped(sortIssues(dedupe(all)), omitted.count), locale), undefined, locale) };
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
    index: structure.index,
    links: structure.links,
  });
  return { success: true, data: cascade };
}

/**
 * From this many results on, the schema check uses zod's compiled fast path. zod compiles it on
 * an object schema's first parse (one `new Function` each), which costs more than it saves on an
 * agency's file: the BKPSDM example's check takes about half the CPU time without it.
 */
const COMPILED_CHECK_RESULTS = 1000;

/** The schema check, or undefined when reading the input throws (then the snapshot says where). */
function readSchema(input: unknown): ReturnType<typeof DocumentSchema.safeParse> | undefined {
  try {
    const results = typeof input === 'object' && input !== null ? (input as { results?: unknown }).results : undefined;
    const jitless = !Array.isArray(results) || results.length < COMPILED_CHECK_RESULTS;
    return DocumentSchema.safeParse(input, { jitless });
  } catch {
    return undefined;
  }
}
