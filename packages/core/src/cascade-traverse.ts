/**
 * Traversal of a cascade as functions over its {@link CascadeStore} (graphology-style): result
 * numbers in, result numbers out. The {@link Cascade} methods wrap them with ids and records.
 * Every traversal is iterative, so a 100,000-deep chain does not overflow the stack.
 *
 * @module
 */
import { UsageError } from './errors.js';
import type { ResultRecord } from './result.js';
import { primaryChildren, type CascadeLinks, type CascadeStore } from './cascade-links.js';

/** How {@link Cascade.walk} orders its visits. */
export type WalkOrder = 'pre' | 'post' | 'breadth';

/** What a walk visitor may return: `'skip'` skips the result's descendants, `'stop'` ends the walk. */
export type WalkControl = 'skip' | 'stop' | void | undefined;

/** Where a visited result sits in the walk. */
export interface WalkInfo {
  /** Depth below the walk's start, 0 for the start results. */
  readonly depth: number;
  /** Primary parent, or `null` at the walk's start. */
  readonly parent: ResultRecord | null;
}

/** Options of {@link Cascade.walk}. */
export interface WalkOptions {
  /**
   * Visit order.
   * @default 'pre'
   */
  readonly order?: WalkOrder;
  /**
   * Where the walk starts: one id or several.
   * @default the roots
   */
  readonly from?: string | readonly string[];
}

/** Direct children of `i` (through `parent` or `contributesTo`), each once. */
export function childrenOf(links: CascadeLinks, i: number): number[] {
  return Array.from(links.downs.subarray(links.downStart[i], links.downStart[i + 1]));
}

/** Parents of `i`: the primary parent first, then the `contributesTo` targets, each once. */
export function parentsOf(links: CascadeLinks, i: number): number[] {
  return Array.from(links.ups.subarray(links.upStart[i], links.upStart[i + 1]));
}

/** Results reachable upwards from `start` through any parent link, without `start`, in document order. */
export function ancestorsOf(links: CascadeLinks, start: number): number[] {
  return reachable(links.size, links.upStart, links.ups, start, false);
}

/** Results reachable downwards from `start` through any child link, in document order; with `includeStart`, `start` too. */
export function descendantsOf(links: CascadeLinks, start: number, includeStart = false): number[] {
  return reachable(links.size, links.downStart, links.downs, start, includeStart);
}

/** Results reachable from `start` along one direction of the links (`edges[edgeStart[i]..edgeStart[i + 1]]` leave `i`), in document order. */
function reachable(size: number, edgeStart: Int32Array, edges: Int32Array, start: number, includeStart: boolean): number[] {
  const seen = new Uint8Array(size);
  seen[start] = 1;
  const found: number[] = includeStart ? [start] : [];
  const stack = [start];
  while (stack.length > 0) {
    const i = stack.pop()!;
    for (let j = edgeStart[i]!; j < edgeStart[i + 1]!; j++) {
      const next = edges[j]!;
      if (seen[next] === 0) {
        seen[next] = 1;
        found.push(next);
        stack.push(next);
      }
    }
  }
  return found.sort((a, b) => a - b);
}

/** Results without children (below `start` and `start` itself, or in the whole cascade), in document order. */
export function leavesOf(links: CascadeLinks, start?: number): number[] {
  const { downStart } = links;
  const isLeaf = (i: number): boolean => downStart[i + 1] === downStart[i];
  if (start !== undefined) return descendantsOf(links, start, true).filter(isLeaf);
  const out: number[] = [];
  for (let i = 0; i < links.size; i++) if (isLeaf(i)) out.push(i);
  return out;
}

/** The primary chain from `i` up to its root: `[i, parent, ..., root]`. */
export function pathToRootOf(links: CascadeLinks, i: number): number[] {
  const out: number[] = [];
  for (let at = i; at !== -1; at = links.parentOf[at]!) out.push(at);
  return out;
}

/** Depth of `i` in the primary tree: 0 for a root. */
export function depthOf(links: CascadeLinks, i: number): number {
  let d = 0;
  for (let at = links.parentOf[i]!; at !== -1; at = links.parentOf[at]!) d++;
  return d;
}

/** Results without a primary parent, in document order. */
export function rootsOf(links: CascadeLinks): number[] {
  const out: number[] = [];
  for (let i = 0; i < links.size; i++) if (links.parentOf[i] === -1) out.push(i);
  return out;
}

/**
 * Visits results along the primary tree (each once), iteratively, from `starts` (result numbers).
 * The visitor may return `'skip'` (pre and breadth order: do not descend) or `'stop'`.
 */
export function walkFrom(
  store: CascadeStore,
  starts: readonly number[],
  visitor: (result: ResultRecord, info: WalkInfo) => WalkControl,
  order: WalkOrder = 'pre',
): void {
  const { records, links } = store;
  const info = (i: number, depth: number, isStart: boolean): WalkInfo => {
    const p = links.parentOf[i]!;
    return { depth, parent: isStart || p === -1 ? null : records[p]! };
  };
  if (order === 'breadth') {
    let level: (readonly [number, number, number])[] = starts.map((i) => [i, 0, 1] as const);
    while (level.length > 0) {
      const next: (readonly [number, number, number])[] = [];
      for (const [i, depth, isStart] of level) {
        const control = visitor(records[i]!, info(i, depth, isStart === 1));
        if (control === 'stop') return;
        if (control !== 'skip') for (const c of primaryChildren(links, i)) next.push([c, depth + 1, 0]);
      }
      level = next;
    }
    return;
  }
  if (order === 'pre') {
    const stack: [number, number, number][] = [];
    for (let s = starts.length - 1; s >= 0; s--) stack.push([starts[s]!, 0, 1]);
    while (stack.length > 0) {
      const [i, depth, isStart] = stack.pop()!;
      const control = visitor(records[i]!, info(i, depth, isStart === 1));
      if (control === 'stop') return;
      if (control === 'skip') continue;
      const kids = primaryChildren(links, i);
      for (let k = kids.length - 1; k >= 0; k--) stack.push([kids[k]!, depth + 1, 0]);
    }
    return;
  }
  if (order === 'post') {
    // A frame holds its primary children, worked out once, and the position of the next one.
    interface Frame {
      readonly i: number;
      readonly depth: number;
      readonly isStart: boolean;
      readonly kids: readonly number[];
      next: number;
    }
    const frame = (i: number, depth: number, isStart: boolean): Frame => ({ i, depth, isStart, kids: primaryChildren(links, i), next: 0 });
    const stack: Frame[] = [];
    for (let s = starts.length - 1; s >= 0; s--) stack.push(frame(starts[s]!, 0, true));
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.next < top.kids.length) {
        stack.push(frame(top.kids[top.next++]!, top.depth + 1, false));
        continue;
      }
      stack.pop();
      if (visitor(records[top.i]!, info(top.i, top.depth, top.isStart)) === 'stop') return;
    }
    return;
  }
  throw new UsageError(`@pokin/core Cascade.walk: unknown order "${String(order)}"`);
}
