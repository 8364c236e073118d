/**
 * The primary tree as the viewer walks it: children in document order (the order the layout
 * draws them), depths, and the pure operations on the set of collapsed results: the default
 * folding, which results are visible, revealing a result, and search.
 *
 * @module
 */
import type { Cascade, ResultRecord } from '@pokin/core';
import { normalizeText } from '@pokin/core/layout';

/** The primary tree of a cascade, indexed once. */
export interface TreeIndex {
  /** Results by id. */
  readonly byId: ReadonlyMap<string, ResultRecord>;
  /** Primary children of each result that has some, in document order. */
  readonly kids: ReadonlyMap<string, readonly string[]>;
  /** Roots in document order. */
  readonly roots: readonly string[];
  /** Depth of each result (a root is 0). */
  readonly depth: ReadonlyMap<string, number>;
  /** Every result in pre-order (parents before children, siblings in document order). */
  readonly preorder: readonly string[];
  /** Results that name each result in `contributesTo` (crosscutting supporters). */
  readonly supporters: ReadonlyMap<string, readonly string[]>;
  /** Number of descendants of each result in the primary tree. */
  readonly descendants: ReadonlyMap<string, number>;
}

/** Indexes the primary tree of a cascade (iteratively: a deep chain does not overflow the stack). */
export function indexTree(cascade: Cascade): TreeIndex {
  const byId = new Map<string, ResultRecord>();
  const kids = new Map<string, string[]>();
  const supporters = new Map<string, string[]>();
  const roots: string[] = [];
  const records = cascade.results();
  for (const r of records) byId.set(r.id, r);
  for (const r of records) {
    if (r.parent === null || !byId.has(r.parent)) roots.push(r.id);
    else {
      const list = kids.get(r.parent);
      if (list) list.push(r.id);
      else kids.set(r.parent, [r.id]);
    }
    for (const to of r.contributesTo) {
      const list = supporters.get(to);
      if (list) list.push(r.id);
      else supporters.set(to, [r.id]);
    }
  }
  const depth = new Map<string, number>();
  const preorder: string[] = [];
  const stack: [string, number][] = roots.map((id) => [id, 0] as [string, number]).reverse();
  while (stack.length > 0) {
    const [id, d] = stack.pop()!;
    if (depth.has(id)) continue;
    depth.set(id, d);
    preorder.push(id);
    const k = kids.get(id);
    if (k) for (let i = k.length - 1; i >= 0; i--) stack.push([k[i]!, d + 1]);
  }
  const descendants = new Map<string, number>();
  for (let i = preorder.length - 1; i >= 0; i--) {
    const id = preorder[i]!;
    let n = 0;
    for (const k of kids.get(id) ?? []) n += 1 + (descendants.get(k) ?? 0);
    descendants.set(id, n);
  }
  return { byId, kids, roots, depth, preorder, supporters, descendants };
}

/**
 * The results to fold so that nothing deeper than `depth` levels shows: every result at depth
 * `depth - 1` that has children. `Infinity` (or a depth past the deepest) folds nothing.
 */
export function collapseBelow(tree: TreeIndex, depth: number): Set<string> {
  const out = new Set<string>();
  if (!Number.isFinite(depth)) return out;
  const at = Math.max(1, Math.floor(depth)) - 1;
  for (const [id, d] of tree.depth) if (d === at && tree.kids.has(id)) out.add(id);
  return out;
}

/** One visible result: its place in the tree as a tree-view reports it (`aria-level` and friends). */
export interface VisibleItem {
  readonly id: string;
  /** 1-based level (`aria-level`). */
  readonly level: number;
  /** Number of siblings, itself included (`aria-setsize`). */
  readonly setSize: number;
  /** 1-based position among its siblings (`aria-posinset`). */
  readonly position: number;
  /** Its primary parent, or `null` for a root. */
  readonly parent: string | null;
  /** Whether it has children; `expanded` tells whether they show. */
  readonly hasChildren: boolean;
  readonly expanded: boolean;
}

/** The visible results in pre-order (the order keyboard navigation follows). */
export function visibleItems(tree: TreeIndex, collapsed: ReadonlySet<string>): VisibleItem[] {
  const out: VisibleItem[] = [];
  const stack: { id: string; parent: string | null; level: number; setSize: number; position: number }[] = [];
  const push = (ids: readonly string[], parent: string | null, level: number): void => {
    for (let i = ids.length - 1; i >= 0; i--) stack.push({ id: ids[i]!, parent, level, setSize: ids.length, position: i + 1 });
  };
  push(tree.roots, null, 1);
  while (stack.length > 0) {
    const s = stack.pop()!;
    const k = tree.kids.get(s.id);
    const expanded = k !== undefined && !collapsed.has(s.id);
    out.push({ ...s, hasChildren: k !== undefined, expanded });
    if (expanded) push(k, s.id, s.level + 1);
  }
  return out;
}

/** Unfolds the ancestors of `id` so that it shows; returns whether anything changed. */
export function reveal(tree: TreeIndex, collapsed: Set<string>, id: string): boolean {
  let changed = false;
  let p = tree.byId.get(id)?.parent ?? null;
  const seen = new Set<string>();
  while (p !== null && tree.byId.has(p) && !seen.has(p)) {
    seen.add(p);
    if (collapsed.delete(p)) changed = true;
    p = tree.byId.get(p)!.parent;
  }
  return changed;
}

/** Whether `id` lies in the subtree under `ancestor` (not itself). */
export function isUnder(tree: TreeIndex, id: string, ancestor: string): boolean {
  let p = tree.byId.get(id)?.parent ?? null;
  const seen = new Set<string>();
  while (p !== null && !seen.has(p)) {
    if (p === ancestor) return true;
    seen.add(p);
    p = tree.byId.get(p)?.parent ?? null;
  }
  return false;
}

/** All results of the subtree under `id` (itself included) that have children. */
export function subtreeParents(tree: TreeIndex, id: string): string[] {
  const out: string[] = [];
  const stack = [id];
  while (stack.length > 0) {
    const k = stack.pop()!;
    const kids = tree.kids.get(k);
    if (!kids) continue;
    out.push(k);
    stack.push(...kids);
  }
  return out;
}

/** Folds text for search: normalized, lower case, without diacritics. */
export const fold = (text: string): string => normalizeText(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The results whose id, statement or an indicator's statement holds every word of `query`
 * (case and diacritics ignored), in pre-order. An empty query finds nothing.
 */
export function search(tree: TreeIndex, query: string): string[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const out: string[] = [];
  for (const id of tree.preorder) {
    const r = tree.byId.get(id)!;
    const hay = fold([r.id, r.statement, ...r.indicators.map((i) => `${i.id ?? ''} ${i.statement}`)].join(' '));
    if (words.every((w) => hay.includes(w))) out.push(id);
  }
  return out;
}
