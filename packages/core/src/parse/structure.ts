import { formatPath, type CascadeIssue } from '../errors.js';
import { DEFAULT_LEVEL_PRESET, LEVEL_PRESETS, isLevelPresetName, type Level, type LevelScheme } from '../levels.js';
import { LinkBuilder, type CascadeLinks } from '../cascade-links.js';
import { localId } from '../refs.js';
import { issue, quote } from './issues.js';

/**
 * The structural checks, on plain data (the schema check's output, or the snapshot of an input it
 * refused), done whether or not the schema passed, so that one error lists everything: the level
 * scheme, duplicate ids, references that name no result, level order, cycles. Every lookup goes
 * through a `Map` (a level key or id such as `constructor` or `__proto__` is a name like any
 * other) and every check costs constant time per result, link or level.
 *
 * @module
 */

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A level's label: its words in both languages, as text. */
const isLabel = (v: unknown): v is { id: string; en: string } => isObject(v) && typeof v.id === 'string' && typeof v.en === 'string';

export function resolveLevels(input: unknown, fallback: LevelScheme | undefined, issues: CascadeIssue[]): LevelScheme | undefined {
  const spec = isObject(input) ? input.levels : undefined;
  if (spec === undefined) return fallback ?? LEVEL_PRESETS[DEFAULT_LEVEL_PRESET];
  if (typeof spec === 'string') {
    if (isLevelPresetName(spec)) return LEVEL_PRESETS[spec];
    issues.push(issue('unknown-level-preset', ['levels'], { name: quote(spec), presets: Object.keys(LEVEL_PRESETS).join(', ') }));
    return undefined;
  }
  if (!Array.isArray(spec)) return undefined; // zod reports the type
  const seen = new Map<string, number>();
  const out: Level[] = [];
  let valid = true;
  spec.forEach((l, i) => {
    // (a label whose words are not text is the schema's to report; the checks below quote them)
    if (!isObject(l) || typeof l.key !== 'string' || !isLabel(l.label) || typeof l.tier !== 'string') {
      valid = false;
      return;
    }
    const first = seen.get(l.key);
    if (first !== undefined) {
      issues.push(issue('duplicate-level', ['levels', i, 'key'], { key: quote(l.key), first: `levels[${first}]` }));
      valid = false;
    } else seen.set(l.key, i);
    const label = l.label;
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

/** What a sound structure gives the cascade: the result index by id and the links, built once here. */
export interface Structure {
  readonly index: Map<string, number>;
  readonly links: CascadeLinks;
}

/**
 * Structural checks on the raw input, done whether or not the schema passed, so that one error
 * lists everything. Returns the result index by id and the links when the structure is sound.
 * `indicators: false` leaves out the check of indicator ids (for a caller that checked them).
 */
export function checkStructure(
  input: unknown,
  levels: LevelScheme | undefined,
  issues: CascadeIssue[],
  options: { readonly indicators?: boolean } = {},
): Structure | undefined {
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
      if (first !== undefined) issues.push(issue('duplicate-id', ['results', i, 'id'], { id: quote(id), first: `results[${first}]` }));
      else index.set(id, i);
    }
    if (options.indicators !== false && Array.isArray(r.indicators)) {
      const inds = r.indicators as unknown[];
      for (let k = 0; k < inds.length; k++) {
        const ind = inds[k];
        if (!isObject(ind) || typeof ind.id !== 'string') continue;
        const first = indicatorIds.get(ind.id);
        if (first !== undefined) {
          const at = formatPath(['results', Math.floor(first / INDICATOR_SLOTS), 'indicators', first % INDICATOR_SLOTS]);
          issues.push(issue('duplicate-indicator-id', ['results', i, 'indicators', k, 'id'], { id: quote(ind.id), first: at }));
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
    if (k === undefined) issues.push(issue('unknown-level', ['results', i, 'level'], { level: quote(r.level), levels: levelNames }));
    else levelOf[i] = k;
  }

  // Links: parent (primary) and contributesTo (crosscutting), in the flat form the cascade keeps
  // (see cascade-links.ts): built once here, checked for cycles, then handed to the cascade.
  const ups = new LinkBuilder(n);
  for (let i = 0; i < n; i++) {
    const r = results[i];
    ups.next();
    if (!isObject(r)) continue;
    const parent = local(r.parent);
    if (parent !== undefined) {
      const p = index.get(parent);
      if (parent === ids[i]) issues.push(issue('self-reference', ['results', i, 'parent'], { id: quote(parent), field: 'parent' }));
      else if (p === undefined) issues.push(issue('missing-parent', ['results', i, 'parent'], { id: quote(parent) }));
      else {
        ups.primary(p);
        checkOrder(order, levelOf[i]!, levelOf[p]!, true, ['results', i, 'parent'], issues, ids[i], parent);
      }
    }
    if (Array.isArray(r.contributesTo)) {
      r.contributesTo.forEach((entry, k) => {
        const c = local(entry);
        if (c === undefined) return;
        const p = index.get(c);
        const where = ['results', i, 'contributesTo', k];
        if (c === ids[i]) issues.push(issue('self-reference', where, { id: quote(c), field: 'contributesTo' }));
        else if (p === undefined) issues.push(issue('missing-contributes-to', where, { id: quote(c) }));
        else {
          ups.crosscutting(p);
          checkOrder(order, levelOf[i]!, levelOf[p]!, false, where, issues);
        }
      });
    }
  }
  const links = ups.finish();
  findCycles(links, ids, results, local, issues);

  if (Array.isArray(input.csf)) {
    input.csf.forEach((c, k) => {
      if (isObject(c) && typeof c.result === 'string' && !index.has(c.result)) {
        issues.push(issue('missing-csf-result', ['csf', k, 'result'], { id: quote(c.result) }));
      }
    });
  }
  return issues.length === before ? { index, links } : undefined;
}

/** Most level names a message lists. */
const MAX_NAMES = 10;

/** Level keys for a message: at most {@link MAX_NAMES}, each quoted short, then how many more. */
function namesOf(keys: readonly string[], quoted = false): string {
  const shown = keys.slice(0, MAX_NAMES).map((k) => (quoted ? quote(k) : k.length > 60 ? `${k.slice(0, 60)}...` : k));
  return keys.length > MAX_NAMES ? `${shown.join(', ')}, ... (+${keys.length - MAX_NAMES})` : shown.join(', ');
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
  id?: string,
  parentId?: string,
): void {
  if (order === undefined || child < 0 || parent < 0) return;
  const { levels } = order;
  const c = levels[child]!;
  const p = levels[parent]!;
  if (child <= parent) {
    issues.push(issue('level-order', where, { child: quote(c.key), parent: quote(p.key) }));
    return;
  }
  if (!primary || child === parent + 1) return;
  const count = order.requiredBefore[child]! - order.requiredBefore[parent + 1]!;
  if (count === 0) return;
  // The result and its parent by id, the levels by the labels a planner reads.
  const skipped: number[] = [];
  for (let k = order.nextRequired[parent + 1]!; k < child && skipped.length < MAX_NAMES; k = order.nextRequired[k + 1]!) skipped.push(k);
  const more = count > MAX_NAMES ? `, ... (+${count - MAX_NAMES})` : '';
  const params: Record<string, string | number> = { id: quote(id ?? ''), parentId: quote(parentId ?? ''), count };
  for (const lang of ['id', 'en'] as const) {
    const label = (k: number) => quote(levels[k]!.label[lang]);
    params[`child_${lang}`] = label(child);
    params[`parent_${lang}`] = label(parent);
    params[`skipped_${lang}`] = skipped.map(label).join(', ') + more;
  }
  issues.push(issue('level-order', where, params));
}

/** Kahn's algorithm; every cycle left over is reported once, at the link that closes it. */
function findCycles(
  links: CascadeLinks,
  ids: (string | undefined)[],
  results: unknown[],
  local: (ref: unknown) => string | undefined,
  issues: CascadeIssue[],
): void {
  const { size: n, upStart: start, ups: list, downStart: childStart, downs: children } = links;
  const outdeg = new Int32Array(n); // number of parents not yet removed
  for (let i = 0; i < n; i++) outdeg[i] = start[i + 1]! - start[i]!;
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
        ? [...rotated.slice(0, 10).map((j) => quote(ids[j]!)), `... (+${rotated.length - 11})`, quote(ids[first]!)]
        : rotated.map((j) => quote(ids[j]!));
    issues.push(issue('cycle', field, { cycle: shown.join(' -> ') }));
  }
}
