// The tidy-tree port places every node exactly where d3-flextree (the original) does.
import fc from 'fast-check';
import { flextree } from 'd3-flextree';
import { describe, expect, it } from 'vitest';
import { tidyLayout, type TidyTree } from '../../src/layout/tidy.js';

interface Datum {
  readonly index: number;
  readonly width: number;
  readonly height: number;
  readonly children: Datum[];
}

/** A random tree: node i > 0 hangs under a random earlier node; sizes integer or fractional. */
const treeArbitrary = fc
  .record({
    parents: fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { maxLength: 120, size: 'max' }),
    widths: fc.array(fc.oneof(fc.integer({ min: 1, max: 300 }), fc.double({ min: 0.5, max: 300, noNaN: true })), {
      minLength: 121,
      maxLength: 121,
    }),
    heights: fc.array(fc.oneof(fc.integer({ min: 1, max: 400 }), fc.double({ min: 0.5, max: 400, noNaN: true })), {
      minLength: 121,
      maxLength: 121,
    }),
    // Bias towards recent parents for deep trees, or towards the first nodes for wide ones.
    shape: fc.constantFrom('deep', 'wide', 'uniform'),
    sibling: fc.integer({ min: 0, max: 40 }),
    subtree: fc.integer({ min: 0, max: 60 }),
  })
  .map(({ parents, widths, heights, shape, sibling, subtree }) => {
    const nodes: Datum[] = [{ index: 0, width: widths[0]!, height: heights[0]!, children: [] }];
    parents.forEach((u, k) => {
      const i = k + 1;
      const pick = shape === 'deep' ? i - 1 - Math.floor(u * Math.min(i, 3)) : shape === 'wide' ? Math.floor(u * u * i) : Math.floor(u * i);
      const node: Datum = { index: i, width: widths[i]!, height: heights[i]!, children: [] };
      nodes[pick]!.children.push(node);
      nodes.push(node);
    });
    return { root: nodes[0]!, sibling, subtree };
  });

/** The same tree in breadth-first order, as tidyLayout reads it. */
function toTidy(root: Datum): { tree: TidyTree; order: Datum[] } {
  const order: Datum[] = [root];
  for (let h = 0; h < order.length; h++) order.push(...order[h]!.children);
  const size = order.length;
  const tree = {
    size,
    parent: new Int32Array(size).fill(-1),
    firstChild: new Int32Array(size),
    childCount: new Int32Array(size),
    width: new Float64Array(size),
    height: new Float64Array(size),
  };
  let next = 1;
  order.forEach((d, i) => {
    tree.width[i] = d.width;
    tree.height[i] = d.height;
    tree.firstChild[i] = next;
    tree.childCount[i] = d.children.length;
    for (let c = next; c < next + d.children.length; c++) tree.parent[c] = i;
    next += d.children.length;
  });
  return { tree, order };
}

describe('tidyLayout', () => {
  it('gives the same x and y as d3-flextree, to the last bit, on random trees', () => {
    fc.assert(
      fc.property(treeArbitrary, ({ root, sibling, subtree }) => {
        const layout = flextree<Datum>({
          children: (d) => d.children,
          nodeSize: (n) => [n.data.width, n.data.height],
          spacing: (a, b) => (a.parent === b.parent ? sibling : subtree),
        });
        const expected = new Map<number, { x: number; y: number }>();
        layout(layout.hierarchy(root)).each((n) => expected.set(n.data.index, { x: n.x, y: n.y }));

        const { tree, order } = toTidy(root);
        const { x, y } = tidyLayout(tree, (a, b) => (tree.parent[a] === tree.parent[b] ? sibling : subtree));
        order.forEach((d, i) => {
          expect(x[i], `x of node ${d.index}`).toBe(expected.get(d.index)!.x);
          expect(y[i], `y of node ${d.index}`).toBe(expected.get(d.index)!.y);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps nodes of one row apart and children centred under their parent', () => {
    const { tree } = toTidy({
      index: 0,
      width: 10,
      height: 10,
      children: [0, 1, 2].map((i) => ({ index: i + 1, width: 100, height: 50, children: [] })),
    });
    const { x, y } = tidyLayout(tree, () => 20);
    expect([...x]).toEqual([0, -120, 0, 120]);
    expect([...y]).toEqual([0, 10, 10, 10]);
  });

  it('spreads a leaf evenly between two families that push each other apart', () => {
    const leaf = (index: number, width: number): Datum => ({ index, width, height: 10, children: [] });
    const family = (index: number, kids: number[]): Datum => ({ index, width: 10, height: 10, children: kids.map((k) => leaf(k, 100)) });
    const { tree } = toTidy({ index: 0, width: 10, height: 10, children: [family(1, [4, 5, 6]), leaf(2, 10), family(3, [7, 8])] });
    const { x } = tidyLayout(tree, () => 5);
    expect([...x]).toEqual([0, -131.25, 0, 131.25, -236.25, -131.25, -26.25, 78.75, 183.75]);
  });

  it('lays out a chain of 100,000 nodes without recursion', () => {
    const size = 100_000;
    const tree: TidyTree = {
      size,
      parent: Int32Array.from({ length: size }, (_, i) => i - 1),
      firstChild: Int32Array.from({ length: size }, (_, i) => i + 1),
      childCount: Int32Array.from({ length: size }, (_, i) => (i < size - 1 ? 1 : 0)),
      width: new Float64Array(size).fill(100),
      height: new Float64Array(size).fill(10),
    };
    const { x, y } = tidyLayout(tree, () => 0);
    expect(x.every((v) => v === 0)).toBe(true);
    expect(y[size - 1]).toBe((size - 1) * 10);
  });

  it('handles an empty tree and a single node', () => {
    const empty: TidyTree = {
      size: 0,
      parent: new Int32Array(0),
      firstChild: new Int32Array(0),
      childCount: new Int32Array(0),
      width: new Float64Array(0),
      height: new Float64Array(0),
    };
    expect(tidyLayout(empty, () => 0).x).toHaveLength(0);
    const one = toTidy({ index: 0, width: 5, height: 5, children: [] }).tree;
    expect([...tidyLayout(one, () => 0).x]).toEqual([0]);
  });
});
