/**
 * Connectors: orthogonal elbows from parent to child, and dashed crosscutting links.
 *
 * @module
 */
import type { ResultRecord } from '../result.js';
import type { ContributionStatus } from '../refs.js';
import type { LayoutBox, LayoutConnector } from './model.js';
import type { LayoutSettings } from './options.js';
import type { TreeNode } from './tree.js';

/** What the connectors need of a box. */
export type BoxGeometry = Pick<LayoutBox, 'id' | 'x' | 'y' | 'width' | 'height' | 'stacked'>;

/** The placed boxes by result id. */
type Boxes = ReadonlyMap<string, BoxGeometry>;

const same = (a: number, b: number): boolean => Math.abs(a - b) < 0.01;

/**
 * An orthogonal polyline, simplified as it is built: a repeated point is dropped, and a segment
 * that continues the previous one in the same direction extends it.
 */
interface Path {
  /** The points so far, as `[x, y]` pairs: the connector's own array once it is done. */
  readonly points: [number, number][];
  /** Adds a point. */
  to(x: number, y: number): Path;
}

function to(this: Path, x: number, y: number): Path {
  const points = this.points;
  const n = points.length;
  if (n > 0) {
    const last = points[n - 1]!;
    const lx = last[0];
    const ly = last[1];
    if (same(lx, x) && same(ly, y)) return this;
    if (n > 1) {
      const [px, py] = points[n - 2]!;
      const vertical = same(px, lx) && same(lx, x) && Math.sign(ly - py) === Math.sign(y - ly);
      const horizontal = same(py, ly) && same(ly, y) && Math.sign(lx - px) === Math.sign(x - lx);
      if (vertical || horizontal) {
        last[0] = x;
        last[1] = y;
        return this;
      }
    }
  }
  points.push([x, y]);
  return this;
}

/**
 * A new, empty path. An object literal rather than a class instance: V8 keeps a literal's shape,
 * while the shape of class instances made per layout dies with them at a full garbage collection
 * and takes the optimised code of the layout with it.
 */
const path = (): Path => ({ points: [], to });

/**
 * Primary connectors: down from the parent's bottom centre to the middle of the row gap, across,
 * and down into the child's top; into a stacked column along its left edge (the "bus") and
 * right into each box (a stack wrapped into several columns has a bus left of each).
 */
export function primaryConnectors(nodes: readonly TreeNode[], boxes: Boxes, s: LayoutSettings): LayoutConnector[] {
  const g = s.gaps;
  const out: LayoutConnector[] = [];
  const add = (from: string, to: string, route: Path): void => {
    out.push({ kind: 'primary', from, to, points: route.points });
  };
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
        add(p.id, b.id, path().to(px, pb).to(px, mid).to(cx, mid).to(cx, b.y));
      } else {
        for (const d of c.drafts) {
          const b = boxes.get(d.record.id)!;
          // The bus runs down the left of the box's column.
          const bus = b.x - g.stackIndent / 2;
          const by = b.y + b.height / 2;
          add(p.id, b.id, path().to(px, pb).to(px, mid).to(bus, mid).to(bus, by).to(b.x, by));
        }
      }
    }
  }
  return out;
}

/**
 * The status of a result's crosscutting link to `to` (`status` of its `contributesTo` entry),
 * when the entry carries one.
 */
export function linkStatus(r: ResultRecord, to: string): ContributionStatus | undefined {
  return r.contributions.find((c) => c.to === to)?.status;
}

/**
 * Crosscutting connectors, one per `contributesTo` link that is not rejected (`status: ditolak`:
 * the other side refused it, so it is no link); a link still proposed (`diusulkan`) is marked
 * `proposed`. Each runs from the contributing parent's bottom at
 * three quarters of its width along a lane just below the primary connectors, into the child's
 * top (or, when the child sits in a stack or above the lane, into its right side).
 */
export function crosscuttingConnectors(records: readonly ResultRecord[], boxes: Boxes, s: LayoutSettings): LayoutConnector[] {
  const g = s.gaps;
  const gutter = Math.max(4, Math.min(10, g.sibling / 2));
  const out: LayoutConnector[] = [];
  for (const r of records) {
    for (const from of r.contributesTo) {
      const status = linkStatus(r, from);
      if (status === 'ditolak') continue;
      const a = boxes.get(from);
      const b = boxes.get(r.id);
      if (!a || !b) continue;
      const route = path();
      let lane: number;
      if (!a.stacked) {
        const sx = a.x + a.width * 0.75;
        lane = a.y + a.height + g.level / 2 + Math.min(6, g.level / 4);
        route.to(sx, a.y + a.height).to(sx, lane);
      } else {
        lane = a.y + a.height * 0.75;
        route.to(a.x + a.width, lane).to(a.x + a.width + gutter, lane);
      }
      if (!b.stacked && b.y >= lane) {
        const tx = b.x + b.width * 0.75;
        route.to(tx, lane).to(tx, b.y);
      } else {
        const ty = b.y + Math.min(b.height / 2 + 8, b.height - 4);
        const gx = b.x + b.width + gutter;
        route
          .to(gx, lane)
          .to(gx, ty)
          .to(b.x + b.width, ty);
      }
      out.push({
        kind: 'crosscutting',
        from,
        to: r.id,
        points: route.points,
        ...(status === 'diusulkan' ? { proposed: true as const } : {}),
      });
    }
  }
  return out;
}
