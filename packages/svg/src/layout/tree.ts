/**
 * The tidy tree: the primary tree of a cascade as d3-flextree nodes (one per box, or one per
 * stacked column of leaves), rows aligned by depth, positioned by d3-flextree.
 *
 * @module
 */
import { UsageError, type ResultRecord } from '@pokin/core';
import { flextree, type FlextreeNode } from 'd3-flextree';
import type { SvgSettings } from '../options.js';
import type { Draft } from './blocks.js';

/**
 * Deepest primary tree the layout accepts. d3-flextree recurses once per level, so a deeper chain
 * would overflow the call stack; real trees have fewer than ten levels.
 */
export const MAX_LAYOUT_DEPTH = 1000;

/** A node given to flextree: the virtual root, one box, or a stacked column of leaves. */
export interface TreeNode {
  readonly kind: 'root' | 'box' | 'stack';
  readonly drafts: readonly Draft[];
  readonly children: TreeNode[];
  readonly depth: number;
  width: number;
  height: number;
  /** `[width, height + row gap]`, computed once: flextree reads a node's size many times. */
  size: [number, number];
}

/** The positioned tree: its nodes (virtual root excluded) and their extent. */
export interface PlacedTree {
  readonly nodes: readonly FlextreeNode<TreeNode>[];
  readonly minX: number;
  readonly maxX: number;
  readonly maxY: number;
}

/**
 * Builds the flextree input from the primary tree (iteratively), sizes the nodes (every box of a
 * depth as tall as the tallest; a stack as tall as its boxes) and lays it out.
 */
export function layoutTree(records: readonly ResultRecord[], drafts: ReadonlyMap<string, Draft>, s: SvgSettings): PlacedTree {
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

  const root: TreeNode = { kind: 'root', drafts: [], children: [], depth: -1, width: 0, height: 0, size: [0, 0] };
  const pending: [TreeNode, ResultRecord[]][] = [[root, roots]];
  const boxNodes: TreeNode[] = [];
  const stackNodes: TreeNode[] = [];
  while (pending.length > 0) {
    const [node, children] = pending.pop()!;
    const depth = node.depth + 1;
    if (depth >= MAX_LAYOUT_DEPTH) {
      throw new UsageError(`@pokin/svg layoutCascade: the tree is more than ${MAX_LAYOUT_DEPTH} levels deep, too deep to draw; draw a subtree (cascade.subtree(id)) instead`);
    }
    // The leaves of a parent (two or more) go into one stacked column, where the first leaf was.
    const leaves = s.stackLeaves && node.kind === 'box' ? children.filter((c) => !kids.has(c.id)) : [];
    const stack = leaves.length >= 2;
    let stacked = false;
    for (const c of children) {
      if (stack && !kids.has(c.id)) {
        if (!stacked) {
          const sn: TreeNode = { kind: 'stack', drafts: leaves.map((l) => drafts.get(l.id)!), children: [], depth, width: 0, height: 0, size: [0, 0] };
          node.children.push(sn);
          stackNodes.push(sn);
          stacked = true;
        }
        continue;
      }
      const bn: TreeNode = { kind: 'box', drafts: [drafts.get(c.id)!], children: [], depth, width: 0, height: 0, size: [0, 0] };
      node.children.push(bn);
      boxNodes.push(bn);
      const grand = kids.get(c.id);
      if (grand) pending.push([bn, grand]);
    }
  }

  const g = s.gaps;
  const rowHeight: number[] = [];
  for (const n of boxNodes) rowHeight[n.depth] = Math.max(rowHeight[n.depth] ?? 0, n.drafts[0]!.contentHeight);
  for (const n of boxNodes) {
    n.width = s.boxWidth;
    n.height = rowHeight[n.depth]!;
    n.size = [n.width, n.height + g.level];
  }
  for (const n of stackNodes) {
    n.width = g.stackIndent + s.boxWidth;
    n.height = n.drafts.reduce((sum, d) => sum + d.contentHeight, 0) + g.stack * (n.drafts.length - 1);
    n.size = [n.width, n.height + g.level];
  }

  const layout = flextree<TreeNode>({
    children: (d) => d.children,
    nodeSize: (n) => n.data.size,
    spacing: (a, b) => (a.parent === b.parent && a.parent?.data.kind !== 'root' ? g.sibling : g.subtree),
  });
  const nodes: FlextreeNode<TreeNode>[] = [];
  let minX = Infinity;
  let maxX = -Infinity;
  let maxY = 0;
  layout(layout.hierarchy(root)).each((n) => {
    if (n.data.kind === 'root') return;
    nodes.push(n);
    minX = Math.min(minX, n.x - n.data.width / 2);
    maxX = Math.max(maxX, n.x + n.data.width / 2);
    maxY = Math.max(maxY, n.y + n.data.height);
  });
  return nodes.length === 0 ? { nodes, minX: 0, maxX: 0, maxY: 0 } : { nodes, minX, maxX, maxY };
}
