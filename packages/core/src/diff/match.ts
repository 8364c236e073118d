/**
 * Which result of the new version continues which of the old: first by the new result's
 * `previous`, then by the same id, then by a similar statement.
 *
 * @module
 */
import { splitRef } from '../refs.js';
import type { MatchBasis } from './types.js';
import { matchSimilar } from './similar.js';
import type { DiffVersion } from './version.js';

/** A matching: new id to old id with the basis, and the reverse. */
export interface Matching {
  readonly toOld: Map<string, { readonly id: string; readonly by: MatchBasis }>;
  readonly toNew: Map<string, string>;
  /** The new results whose `previous` names no result of the old version: new id to the reference. */
  readonly danglingPrevious: Map<string, string>;
}

/**
 * The old result a `previous` reference names, or `undefined` when it names another document
 * (both documents have ids and they differ) or a result the old version does not have. In a
 * workspace's combined tree the ids are qualified (`bkpsdm-2025#OP07`), so the reference as a
 * whole is an id there; a document's own ids never hold a `#`.
 */
function previousIn(ref: string, old: DiffVersion): string | undefined {
  if (old.has(ref)) return ref;
  const { document, id } = splitRef(ref);
  if (document !== undefined && old.id !== undefined && document !== old.id) return undefined;
  return old.has(id) ? id : undefined;
}

/** Matches the results of two versions of a tree. */
export function matchResults(old: DiffVersion, next: DiffVersion, options: { similarity: number; statements: boolean }): Matching {
  const toOld: Matching['toOld'] = new Map();
  const toNew = new Map<string, string>();
  const pair = (newId: string, oldId: string, by: MatchBasis) => {
    toOld.set(newId, { id: oldId, by });
    toNew.set(oldId, newId);
  };
  const danglingPrevious = new Map<string, string>();
  for (const r of next.results()) {
    if (r.previous === undefined) continue;
    const oldId = previousIn(r.previous, old);
    if (oldId === undefined) danglingPrevious.set(r.id, r.previous);
    if (oldId !== undefined && !toNew.has(oldId)) pair(r.id, oldId, 'previous');
  }
  for (const r of next.results()) if (!toOld.has(r.id) && old.has(r.id) && !toNew.has(r.id)) pair(r.id, r.id, 'id');
  if (options.statements) {
    const olds = old
      .results()
      .filter((r) => !toNew.has(r.id))
      .map((r) => ({ key: r.id, text: r.statement, group: r.level }));
    const news = next
      .results()
      .filter((r) => !toOld.has(r.id))
      .map((r) => ({ key: r.id, text: r.statement, group: r.level }));
    for (const [newId, oldId] of matchSimilar(olds, news, options.similarity)) pair(newId, oldId, 'statement');
  }
  return { toOld, toNew, danglingPrevious };
}
