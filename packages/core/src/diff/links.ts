/**
 * The crosscutting changes of one matched result: `contributesTo` links added, removed, or whose
 * status changed. A link is known by its target; the old version's targets are taken to the new
 * version through the matching, so a target that was only renumbered is the same link.
 *
 * @module
 */
import type { Contribution } from '../result.js';
import type { RowBase } from './indicators.js';
import type { DiffChange, DiffKind } from './types.js';

type Link = Pick<Contribution, 'to' | 'status'>;

/** The first entry of each target (a list may name one twice; readers take the first, as the PDF tree does). */
function byTarget(links: readonly Link[], key: (to: string) => string): Map<string, Link> {
  const out = new Map<string, Link>();
  for (const l of links) {
    const k = key(l.to);
    if (!out.has(k)) out.set(k, l);
  }
  return out;
}

/** True when the two lists name the same targets with the same statuses, in the same order: the usual case. */
function same(olds: readonly Link[], news: readonly Link[], target: (oldTo: string) => string): boolean {
  if (olds.length !== news.length) return false;
  for (let i = 0; i < olds.length; i++) {
    const o = olds[i]!;
    const n = news[i]!;
    if (o.status !== n.status || target(o.to) !== n.to) return false;
  }
  return true;
}

const own = (to: string) => to;

/**
 * Appends to `out` the link changes between two versions of a matched result: added links in the
 * new version's order, removed ones in the old version's, then changed statuses in the new
 * version's. `target` gives an old target as the new version names it (its match), or a key no
 * new target has when it has no match; `base` gives the result's row fields, asked for only when
 * the two lists differ.
 */
export function diffLinks(
  base: () => RowBase,
  olds: readonly Link[],
  news: readonly Link[],
  target: (oldTo: string) => string,
  out: DiffChange[],
): void {
  if (same(olds, news, target)) return;
  const before = byTarget(olds, target);
  const after = byTarget(news, own);
  const fields = base();
  const row = (kind: DiffKind, link: string, from: string | null, to: string | null): DiffChange => ({
    ...fields,
    kind,
    indicator: null,
    field: null,
    year: null,
    link,
    from,
    to,
  });
  // `from` and `to` carry the link's status on either side (none for a bare reference).
  for (const [to, n] of after) if (!before.has(to)) out.push(row('link-added', to, null, n.status ?? null));
  for (const [key, o] of before) if (!after.has(key)) out.push(row('link-removed', o.to, o.status ?? null, null));
  for (const [to, n] of after) {
    const o = before.get(to);
    if (o !== undefined && o.status !== n.status) out.push(row('link-changed', to, o.status ?? null, n.status ?? null));
  }
}
