/**
 * Connectors: orthogonal elbows from parent to child, and dashed crosscutting links.
 *
 * @module
 */
import type { ResultRecord } from '@pokin/core';
import type { LayoutBox, LayoutConnector } from '../model.js';

/** What the connectors need of a box. */
type BoxGeometry = Pick<LayoutBox, 'id' | 'x' | 'y' | 'width' | 'height' | 'stacked'>;
import type { SvgSettings } from '../options.js';
import type { TreeNode } from './tree.js';

type Point = [number, number];

/**
 * Primary connectors: down from the parent's bottom centre to the middle of the row gap, across,
 * and down into the child's top; into a stacked column along its left edge (the "bus") and
 * right into each box.
 */
export function primaryConnectors(nodes: readonly TreeNode[], boxes: ReadonlyMap<string, BoxGeometry>, dx: number, s: SvgSettings): LayoutConnector[] {
  const out: LayoutConnector[] = [];
  const g = s.gaps;
  for (const n of nodes) {
    if (n.kind !== 'box' || n.children.length === 0) continue;
    const p = boxes.get(n.drafts[0]!.record.id)!;
    const px = p.x + p.width / 2;
    const pb = p.y + p.height;
    const mid = pb + g.level / 2;
    for (const c of n.children) {
      if (c.kind === 'box') {
        const b = boxes.get(c.drafts[0]!.record.id)!;
        const cx = b.x + b.width / 2;
        out.push({ kind: 'primary', from: p.id, to: b.id, points: simplify([[px, pb], [px, mid], [cx, mid], [cx, b.y]]) });
      } else {
        const bus = c.x - c.width / 2 + dx + g.stackIndent / 2;
        for (const d of c.drafts) {
          const b = boxes.get(d.record.id)!;
          const by = b.y + b.height / 2;
          out.push({ kind: 'primary', from: p.id, to: b.id, points: simplify([[px, pb], [px, mid], [bus, mid], [bus, by], [b.x, by]]) });
        }
      }
    }
  }
  return out;
}

/**
 * Crosscutting connectors, one per `contributesTo` link: from the contributing parent's bottom at
 * three quarters of its width along a lane just below the primary connectors, into the child's
 * top (or, when the child sits in a stack or above the lane, into its right side).
 */
export function crosscuttingConnectors(records: readonly ResultRecord[], boxes: ReadonlyMap<string, BoxGeometry>, s: SvgSettings): LayoutConnector[] {
  const out: LayoutConnector[] = [];
  const g = s.gaps;
  const gutter = Math.max(4, Math.min(10, g.sibling / 2));
  for (const r of records) {
    for (const from of r.contributesTo) {
      const a = boxes.get(from);
      const b = boxes.get(r.id);
      if (!a || !b) continue;
      const pts: Point[] = [];
      let lane: number;
      if (!a.stacked) {
        const sx = a.x + a.width * 0.75;
        lane = a.y + a.height + g.level / 2 + Math.min(6, g.level / 4);
        pts.push([sx, a.y + a.height], [sx, lane]);
      } else {
        lane = a.y + a.height * 0.75;
        pts.push([a.x + a.width, lane], [a.x + a.width + gutter, lane]);
      }
      if (!b.stacked && b.y >= lane) {
        const tx = b.x + b.width * 0.75;
        pts.push([tx, lane], [tx, b.y]);
      } else {
        const ty = b.y + Math.min(b.height / 2 + 8, b.height - 4);
        const gx = b.x + b.width + gutter;
        pts.push([gx, lane], [gx, ty], [b.x + b.width, ty]);
      }
      out.push({ kind: 'crosscutting', from, to: r.id, points: simplify(pts) });
    }
  }
  return out;
}

const same = (a: number, b: number): boolean => Math.abs(a - b) < 0.01;

/** Drops repeated points and merges consecutive segments that continue in the same direction. */
export function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && same(last[0], p[0]) && same(last[1], p[1])) continue;
    const prev = out[out.length - 2];
    if (last && prev) {
      const vertical = same(prev[0], last[0]) && same(last[0], p[0]) && Math.sign(last[1] - prev[1]) === Math.sign(p[1] - last[1]);
      const horizontal = same(prev[1], last[1]) && same(last[1], p[1]) && Math.sign(last[0] - prev[0]) === Math.sign(p[0] - last[0]);
      if (vertical || horizontal) {
        out[out.length - 1] = p;
        continue;
      }
    }
    out.push(p);
  }
  return out;
}
