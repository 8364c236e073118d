// maxStackRows: a long stack of leaves wraps into columns side by side, without overlaps.
import { describe, expect, it } from 'vitest';
import { layoutCascade, type LayoutBox } from '@pokin/svg';
import { bkpsdm } from './fixtures.js';

const overlap = (a: LayoutBox, b: LayoutBox): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('maxStackRows', () => {
  it('wraps the 7 outputs of the first immediate outcome into columns of at most 4, and the tree gets shorter', () => {
    const c = bkpsdm();
    const one = layoutCascade(c);
    const wrapped = layoutCascade(c, { maxStackRows: 4 });
    expect(wrapped.height).toBeLessThan(one.height);
    const outputs = c.children('IM1').map((r) => wrapped.boxes.find((b) => b.id === r.id)!);
    expect(outputs).toHaveLength(7);
    const columns = [...new Set(outputs.map((b) => b.x))];
    expect(columns).toHaveLength(2);
    expect(outputs.filter((b) => b.x === columns[0]).length).toBe(4);
    for (let i = 0; i < wrapped.boxes.length; i++) {
      for (let j = i + 1; j < wrapped.boxes.length; j++)
        expect(overlap(wrapped.boxes[i]!, wrapped.boxes[j]!), `${wrapped.boxes[i]!.id} / ${wrapped.boxes[j]!.id}`).toBe(false);
    }
    // Every output's connector ends at its box's left edge, coming down a bus left of its column.
    for (const b of outputs) {
      const conn = wrapped.connectors.find((k) => k.to === b.id)!;
      const [x, y] = conn.points[conn.points.length - 1]!;
      expect(x).toBeCloseTo(b.x);
      expect(y).toBeCloseTo(b.y + b.height / 2);
      expect(conn.points[conn.points.length - 2]![0]).toBeLessThan(b.x);
    }
  });

  it('changes nothing when every stack is short enough', () => {
    const c = bkpsdm();
    expect(layoutCascade(c, { maxStackRows: 7 })).toEqual(layoutCascade(c));
  });
});
