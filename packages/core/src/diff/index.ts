/**
 * `diffCascades(old, next)`: what changed between two versions of a tree (last year's and this
 * year's, or the Renstra before and after a revision). Results are matched by the new result's
 * `previous`, then by id, then by a similar statement; the diff lists results added, removed,
 * moved (another primary parent), reworded, with another level, their indicators and targets
 * changed, and their crosscutting links added, removed or with another status.
 *
 * @module
 */
import { UsageError } from '../errors.js';
import { diffIndicators, type RowBase } from './indicators.js';
import { diffLinks } from './links.js';
import { matchResults } from './match.js';
import { DIFF_KINDS, type CascadeDiff, type DiffChange, type DiffKind, type DiffOptions, type MatchBasis } from './types.js';
import { sameIndicatorsText, type DiffResult, type DiffVersion } from './version.js';

export { DIFF_KINDS } from './types.js';
export { DIFF_LABELS, diffLevelNames, diffValueText } from './labels.js';
export type { DiffLevelNames } from './labels.js';
export { nextPeriodDocument } from './next.js';
export type { NextPeriodOptions } from './next.js';
export { packDiffVersion, unpackDiffVersion } from './packed.js';
export type { PackedDiffVersion } from './packed.js';
export { readDiffVersion } from './read.js';
export type { ReadDiffVersionOptions, ReadVersion } from './read.js';
export type { CascadeDiff, DiffChange, DiffKind, DiffOptions, DiffSide, DiffSummary, MatchBasis } from './types.js';
export type { DiffIndicator, DiffResult, DiffVersion } from './version.js';

const DEFAULT_SIMILARITY = 0.6;

/** The primary parent as a reference: the local id, the other document's reference, or `null` for a root. */
const parentOf = (r: DiffResult): string | null => r.parent ?? r.externalParent ?? null;

/**
 * The changes from `old` to `next`, two versions of one tree. `diffCascades(c, c)` has no changes.
 * Near-linear in the number of results: statements are compared only through an index of their
 * words, never all pairs. Any {@link DiffVersion} will do (a `Cascade` is one).
 *
 * @example
 * ```ts
 * const d = diffCascades(parseCascade(lastYear), parseCascade(thisYear));
 * for (const ch of d.changes) console.log(ch.kind, ch.oldId, ch.newId, ch.from, ch.to);
 * ```
 */
export function diffCascades(old: DiffVersion, next: DiffVersion, options: DiffOptions = {}): CascadeDiff {
  const similarity = options.similarity ?? DEFAULT_SIMILARITY;
  if (!(similarity > 0 && similarity <= 1)) throw new UsageError(`diffCascades: similarity must be in (0, 1], got ${similarity}`);
  const { toOld, toNew, danglingPrevious } = matchResults(old, next, { similarity, statements: options.matchStatements !== false });
  const changes: DiffChange[] = [];
  const tierOf = new Map(next.levels.map((l) => [l.key, l.tier]));
  const oldTierOf = new Map(old.levels.map((l) => [l.key, l.tier]));
  const bare = { indicator: null, field: null, year: null, link: null, from: null, to: null } as const;
  /** Where the old parent went in the new version: its match, or the old id when it has none. */
  const mappedParent = (r: DiffResult): string | null => {
    const p = parentOf(r);
    if (p === null || r.parent === null) return p;
    return toNew.get(p) ?? `\u0000${p}`;
  };
  /**
   * Where an old crosscutting target went: its match when it is a result of the old version (one
   * without a match becomes a key no new target has), else the reference as written (another document's).
   */
  const mappedTarget = (to: string): string => (old.has(to) ? (toNew.get(to) ?? `\u0000${to}`) : to);
  for (const r of next.results()) {
    const m = toOld.get(r.id);
    // The row fields of this result, made only when it has a change (most results have none).
    const base = (): RowBase => ({
      oldId: m?.id ?? null,
      newId: r.id,
      matchedBy: m?.by ?? null,
      level: r.level,
      tier: tierOf.get(r.level)!,
      statement: r.statement,
    });
    if (m === undefined) {
      changes.push({ ...base(), kind: 'added', ...bare });
      continue;
    }
    const o = old.result(m.id)!;
    if (mappedParent(o) !== parentOf(r)) changes.push({ ...base(), kind: 'moved', ...bare, from: parentOf(o), to: parentOf(r) });
    if (o.statement !== r.statement) changes.push({ ...base(), kind: 'reworded', ...bare, from: o.statement, to: r.statement });
    if (o.level !== r.level) changes.push({ ...base(), kind: 'level-changed', ...bare, from: o.level, to: r.level });
    // The same text: nothing to compare, nothing built.
    if (!sameIndicatorsText(o, r) && o.indicators.length + r.indicators.length > 0)
      changes.push(...diffIndicators(base(), o.indicators, r.indicators, similarity));
    if (o.contributions.length + r.contributions.length > 0) diffLinks(base, o.contributions, r.contributions, mappedTarget, changes);
  }
  for (const o of old.results()) {
    if (toNew.has(o.id)) continue;
    changes.push({
      kind: 'removed',
      oldId: o.id,
      newId: null,
      matchedBy: null,
      level: o.level,
      tier: oldTierOf.get(o.level)!,
      statement: o.statement,
      ...bare,
    });
  }
  const counts = Object.fromEntries(DIFF_KINDS.map((k) => [k, 0])) as Record<DiffKind, number>;
  for (const c of changes) counts[c.kind]++;
  const matched: Record<MatchBasis, number> = { previous: 0, id: 0, statement: 0 };
  const matches = new Map<string, string>();
  for (const [n, m] of toOld) {
    matched[m.by]++;
    matches.set(n, m.id);
  }
  const side = (c: DiffVersion) => ({ id: c.id ?? null, title: c.title, results: c.size });
  const unmatchedPrevious = [...danglingPrevious].map(([id, previous]) => Object.freeze({ id, previous }));
  return { old: side(old), new: side(next), changes, summary: { changes: counts, matched }, matches, unmatchedPrevious };
}
