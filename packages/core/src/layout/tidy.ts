/**
 * A tidy tree for nodes of different sizes: A. van der Ploeg's non-layered tidy-tree algorithm
 * ("Drawing non-layered tidy trees in linear time", 2014), ported from d3-flextree 2.1.2 with the
 * same arithmetic in the same order, so it places every node exactly where d3-flextree does (a
 * test compares the two on generated trees).
 *
 * Why our own port: d3-flextree wraps every node in two class instances with getters and recurses
 * once per level. This version keeps the per-node state in typed arrays and walks the tree in
 * breadth-first order without recursion: it lays out 1,000 boxes about ten times faster and has
 * no depth limit of its own.
 *
 * @module
 */

/**
 * A tree in breadth-first order: node 0 is the root, and the children of node `v` are the
 * consecutive nodes `firstChild[v]` to `firstChild[v] + childCount[v] - 1`, left to right.
 */
export interface TidyTree {
  /** Number of nodes. */
  readonly size: number;
  /** Parent of each node (`-1` for the root). */
  readonly parent: Int32Array;
  readonly firstChild: Int32Array;
  readonly childCount: Int32Array;
  /** Width of each node. */
  readonly width: Float64Array;
  /** Height of each node, including the gap to its children's row: children start at `y + height`. */
  readonly height: Float64Array;
}

/** Horizontal gap wanted between node `a` (on the left) and node `b` (on its right). */
export type TidySpacing = (a: number, b: number) => number;

/** Positions: `x` is a node's horizontal centre (the root at 0), `y` its top (the root at 0). */
export interface TidyPositions {
  readonly x: Float64Array;
  readonly y: Float64Array;
}

/**
 * Lays out a {@link TidyTree}: children centred under their parent, subtrees as close as the
 * spacing allows, mirror-symmetric, in time linear in the number of nodes.
 */
export function tidyLayout(tree: TidyTree, spacing: TidySpacing): TidyPositions {
  const n = tree.size;
  const { firstChild, childCount, width, height } = tree;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  if (n === 0) return { x, y };
  // Per-node state of the algorithm (names as in d3-flextree): relative x, preliminary x,
  // shift/change for spreading siblings, and the extreme nodes and threads of each contour.
  const relX = new Float64Array(n);
  const prelim = new Float64Array(n);
  const shift = new Float64Array(n);
  const change = new Float64Array(n);
  const lExt = new Int32Array(n);
  const rExt = new Int32Array(n);
  const lExtRelX = new Float64Array(n);
  const rExtRelX = new Float64Array(n);
  const lThr = new Int32Array(n).fill(-1);
  const rThr = new Int32Array(n).fill(-1);
  let fanOut = 0;
  for (let v = 0; v < n; v++) {
    lExt[v] = v;
    rExt[v] = v;
    if (childCount[v]! > fanOut) fanOut = childCount[v]!;
  }

  // Tops, parents first.
  for (let v = 0; v < n; v++) {
    const top = y[v]! + height[v]!;
    for (let c = firstChild[v]!, end = c + childCount[v]!; c < end; c++) y[c] = top;
  }
  const bottom = (v: number): number => y[v]! + height[v]!;
  const nextLeft = (v: number): number => (childCount[v]! > 0 ? firstChild[v]! : lThr[v]!);
  const nextRight = (v: number): number => (childCount[v]! > 0 ? firstChild[v]! + childCount[v]! - 1 : rThr[v]!);
  /** Threads contour end `ext` to `to` (in `threads`), moved by `diff` against its parent. */
  const thread = (threads: Int32Array, ext: number, to: number, diff: number): void => {
    threads[ext] = to;
    relX[ext]! += diff;
    prelim[ext]! -= diff;
  };

  // The left siblings still visible below the current subtree: a stack of (lowest y, index),
  // newest on top (d3-flextree's `lows` list).
  const lowY = new Float64Array(fanOut);
  const lowIndex = new Int32Array(fanOut);
  let lows = 0;

  /** Moves child `cur` of `w` right of its left siblings (d3-flextree's `separate`). */
  const separate = (w: number, cur: number): void => {
    const sibling = cur - 1;
    let r = sibling;
    let rSum = relX[sibling]!;
    let l = cur;
    let lSum = relX[cur]!;
    let first = true;
    let low = lows - 1;
    while (r >= 0 && l >= 0) {
      if (bottom(r) > lowY[low]!) low--;
      const dist = rSum + prelim[r]! - (lSum + prelim[l]!) + width[r]! / 2 + width[l]! / 2 + spacing(r, l);
      if (dist > 0 || (dist < 0 && first)) {
        lSum += dist;
        relX[cur]! += dist;
        lExtRelX[cur]! += dist;
        rExtRelX[cur]! += dist;
        // Spread the move over the siblings between the one that blocked and this one.
        const between = cur - lowIndex[low]!;
        if (between > 1) {
          const delta = dist / between;
          shift[lowIndex[low]! + 1]! += delta;
          shift[cur]! -= delta;
          change[cur]! -= dist - delta;
        }
      }
      first = false;
      const rBottom = bottom(r);
      const lBottom = bottom(l);
      if (rBottom <= lBottom) {
        r = nextRight(r);
        if (r >= 0) rSum += relX[r]!;
      }
      if (rBottom >= lBottom) {
        l = nextLeft(l);
        if (l >= 0) lSum += relX[l]!;
      }
    }
    if (r < 0 && l >= 0) {
      // The new subtree is taller: thread the left contour of the whole family into it.
      const firstKid = firstChild[w]!;
      thread(lThr, lExt[firstKid]!, l, lSum - relX[l]! - lExtRelX[firstKid]!);
      lExt[firstKid] = lExt[cur]!;
      lExtRelX[firstKid] = lExtRelX[cur]!;
    } else if (r >= 0 && l < 0) {
      // The left siblings are taller: thread the new subtree's right contour into theirs.
      thread(rThr, rExt[cur]!, r, rSum - relX[r]! - rExtRelX[cur]!);
      rExt[cur] = rExt[sibling]!;
      rExtRelX[cur] = rExtRelX[sibling]!;
    }
  };

  // First walk, children before parents (reverse breadth-first order).
  for (let w = n - 1; w >= 0; w--) {
    const count = childCount[w]!;
    if (count === 0) continue;
    const k0 = firstChild[w]!;
    const kf = k0 + count - 1;
    lows = 0;
    for (let c = k0; c <= kf; c++) {
      const low = bottom(c === k0 ? lExt[c]! : rExt[c]!);
      if (c !== k0) separate(w, c);
      while (lows > 0 && low >= lowY[lows - 1]!) lows--;
      lowY[lows] = low;
      lowIndex[lows] = c;
      lows++;
    }
    // Add the intermediate spacing of the siblings to their relative x.
    let shiftSum = 0;
    let changeSum = 0;
    for (let c = k0; c <= kf; c++) {
      shiftSum += shift[c]!;
      changeSum = changeSum + shiftSum + change[c]!;
      relX[c]! += changeSum;
    }
    // Centre the parent over its first and last child.
    prelim[w] = (prelim[k0]! + relX[k0]! - width[k0]! / 2 + relX[kf]! + prelim[kf]! + width[kf]! / 2) / 2;
    lExt[w] = lExt[k0]!;
    lExtRelX[w] = lExtRelX[k0]!;
    rExt[w] = rExt[kf]!;
    rExtRelX[w] = rExtRelX[kf]!;
  }

  // Second walk, parents first: absolute x from the relative ones.
  const sum = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const p = tree.parent[v]!;
    const prevSum = p < 0 ? -relX[v]! - prelim[v]! : sum[p]!;
    const parentX = p < 0 ? 0 : x[p]!;
    sum[v] = prevSum + relX[v]!;
    x[v] = parentX + (sum[v]! + prelim[v]! - parentX);
  }
  return { x, y };
}
