/**
 * The tree of boxes: the primary tree of a cascade as layout nodes (one per box, or one per
 * stacked column of leaves), rows aligned by depth, positioned by the tidy-tree algorithm
 * (`layout/tidy`).
 *
 * @module
 */
import { UsageError } from '../errors.js';
import type { ResultRecord } from '../result.js';
import type { LayoutSettings } from './options.js';
import type { Draft } from './blocks.js';
import { tidyLayout, type TidyTree } from './tidy.js';

/**
 * Deepest primary tree the layout accepts. Real trees have fewer than ten levels; a chain a
 * thousand levels deep is a data error, and its drawing would be hundreds of thousands of
 * pixels tall.
 */
export const MAX_LAYOUT_DEPTH = 1000;

/** A node of the tree of boxes: the virtual root, one box, or a stacked column of leaves. */
export interface TreeNode {
  readonly kind: 'root' | 'box' | 'stack';
  readonly drafts: readonly Draft[];
  readonly children: TreeNode[];
  readonly depth: number;
  /** Boxes per column of a stack (the stack wraps into columns after that many). */
  perColumn: number;
  width: number;
  height: number;
  /** Horizontal centre, once laid out. */
  x: number;
  /** Top, once laid out. */
  y: number;
}

/** The positioned tree: its nodes in breadth-first order (virtual root excluded) and their extent. */
export interface PlacedTree {
  readonly nodes: readonly TreeNode[];
  readonly minX: number;
  readonly maxX: number;
  readonly maxY: number;
}

const node = (kind: TreeNode['kind'], drafts: readonly Draft[], depth: number): TreeNode => ({
  kind,
  drafts,
  children: [],
  depth,
  perColumn: drafts.length,
  width: 0,
  height: 0,
  x: 0,
  y: 0,
});

/**
 * Builds the tree of boxes from the primary tree (breadth first, without recursion), sizes the
 * nodes (every box of a depth as tall as the tallest; a stack as tall as its boxes) and lays it out.
 */
export function layoutTree(
  records: readonly ResultRecord[],
  drafts: ReadonlyMap<string, Draft>,
  s: LayoutSettings,
  folded: ReadonlySet<string> = new Set(),
): PlacedTree {
  const kids = new Map<string, ResultRecord[]>();
  const roots: ResultRecord[] = [];
  for (const r of records) {
    if (r.parent === null) roots.push(r);
    else {
      const list = kids.get(r.parent);
      if (list) list.push(r);
      else kids.set(r.parent, [r]);
    }
  }

  // A folded parent (its children hidden) is not a leaf.
  const isLeaf = (c: ResultRecord): boolean => !kids.has(c.id) && !folded.has(c.id);

  // Breadth-first order, so the children of every node are consecutive (what tidyLayout reads).
  const root = node('root', [], -1);
  const all: TreeNode[] = [root];
  const childRecords: (readonly ResultRecord[] | undefined)[] = [roots];
  for (let h = 0; h < all.length; h++) {
    const parent = all[h]!;
    const children = childRecords[h];
    if (children === undefined) continue;
    const depth = parent.depth + 1;
    if (depth >= MAX_LAYOUT_DEPTH) {
      throw new UsageError(
        `${s.caller.split(' ')[0]} layoutCascade: the tree is more than ${MAX_LAYOUT_DEPTH} levels deep, too deep to draw; draw a subtree (cascade.subtree(id)) instead`,
      );
    }
    // The leaves of a parent (two or more) go into one stacked column, where the first leaf was.
    const leaves = s.stackLeaves && parent.kind === 'box' ? children.filter(isLeaf) : [];
    const stack = leaves.length >= 2;
    let stacked = false;
    for (const c of children) {
      if (stack && isLeaf(c)) {
        if (!stacked) {
          const sn = node(
            'stack',
            leaves.map((l) => drafts.get(l.id)!),
            depth,
          );
          parent.children.push(sn);
          all.push(sn);
          childRecords.push(undefined);
          stacked = true;
        }
        continue;
      }
      const bn = node('box', [drafts.get(c.id)!], depth);
      parent.children.push(bn);
      all.push(bn);
      childRecords.push(kids.get(c.id));
    }
  }

  const g = s.gaps;
  const rowHeight: number[] = [];
  for (const n of all) if (n.kind === 'box') rowHeight[n.depth] = Math.max(rowHeight[n.depth] ?? 0, n.drafts[0]!.contentHeight);
  const size = all.length;
  const tree: TidyTree = {
    size,
    parent: new Int32Array(size),
    firstChild: new Int32Array(size),
    childCount: new Int32Array(size),
    width: new Float64Array(size),
    height: new Float64Array(size),
  };
  tree.parent[0] = -1;
  let next = 1;
  for (let i = 0; i < size; i++) {
    const n = all[i]!;
    if (n.kind === 'box') {
      n.width = s.boxWidth;
      n.height = rowHeight[n.depth]!;
    } else if (n.kind === 'stack') {
      const columns = Math.ceil(n.drafts.length / Math.min(n.drafts.length, s.maxStackRows));
      n.perColumn = Math.ceil(n.drafts.length / columns);
      n.width = columns * (g.stackIndent + s.boxWidth) + (columns - 1) * g.sibling;
      n.height = 0;
      for (let c = 0; c < n.drafts.length; c += n.perColumn) {
        const column = n.drafts.slice(c, c + n.perColumn);
        n.height = Math.max(n.height, column.reduce((sum, d) => sum + d.contentHeight, 0) + g.stack * (column.length - 1));
      }
    }
    tree.width[i] = n.width;
    tree.height[i] = n.kind === 'root' ? 0 : n.height + g.level;
    tree.firstChild[i] = next;
    tree.childCount[i] = n.children.length;
    for (let c = next; c < next + n.children.length; c++) tree.parent[c] = i;
    next += n.children.length;
  }

  // Siblings under one box sit closer than neighbouring subtrees (and than separate roots).
  const { parent } = tree;
  const { x, y } = tidyLayout(tree, (a, b) => (parent[a] === parent[b] && parent[a] !== 0 ? g.sibling : g.subtree));
  let minX = Infinity;
  let maxX = -Infinity;
  let maxY = 0;
  for (let i = 1; i < size; i++) {
    const n = all[i]!;
    n.x = x[i]!;
    n.y = y[i]!;
    minX = Math.min(minX, n.x - n.width / 2);
    maxX = Math.max(maxX, n.x + n.width / 2);
    maxY = Math.max(maxY, n.y + n.height);
  }
  const nodes = all.slice(1);
  return nodes.length === 0 ? { nodes, minX: 0, maxX: 0, maxY: 0 } : { nodes, minX, maxX, maxY };
}
