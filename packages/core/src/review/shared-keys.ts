/**
 * The fuzzy keys of every result, or of every indicator, of a review, and which nodes share their
 * key with another node of the same kind. Only such nodes can be duplicates, so the duplicate
 * rules ask `keyShared` first and keep their own tables for those few.
 *
 * The engine reads every text once, the first time a rule asks: its stem numbers go end to end
 * into one `Int32Array`, and its key (the set of those stems) is kept as a hash. Nodes whose
 * hashes meet are then compared exactly, and only they: at 300,000 statements this keeps a
 * handful of typed arrays, no string, array or interned set per node.
 *
 * @module
 */
import { setHash, type StemTable } from './stem-table.js';
import { normalizeStatement } from './text.utils.js';

/** The keys of one kind of node, by node number. */
export interface NodeKeys {
  /** The review's stems. */
  readonly table: StemTable;
  /** Stem numbers of every node's text, in text order with repeats: node `i`'s are `ids[start[i]]` up to `ids[start[i + 1]]`. */
  readonly ids: Int32Array;
  readonly start: Int32Array;
  /** Hash of each node's key (0: no content word). */
  readonly hash: Int32Array;
  /** Hash of each node's key without its first content word (the key's own when it has one word or none). */
  readonly tailHash: Int32Array;
  /** 1 where another node has the same (non-empty) key. */
  readonly shared: Uint8Array;
  /** 1 where the node's text is plain words (its normalised form is its lower case, see `normalizePlain`). */
  readonly plain: Uint8Array;
  /** Room for the stems of any one node, twice (for comparing two). */
  readonly scratch: readonly [Int32Array, Int32Array];
}

/** Reads the key of each of `count` statements (`textAt(i)`, as written) and marks the shared ones. */
export function readKeys(table: StemTable, count: number, textAt: (i: number) => string, withTail: boolean): NodeKeys {
  let ids = new Int32Array(count * 12 + 64);
  const start = new Int32Array(count + 1);
  const hash = new Int32Array(count);
  const tailHash = withTail ? new Int32Array(count) : hash;
  const plain = new Uint8Array(count);
  let scratch = new Int32Array(64);
  let longest = 0;
  for (let i = 0; i < count; i++) {
    const text = textAt(i);
    let scan = table.readAsWritten(text);
    if (scan !== undefined) plain[i] = 1;
    else scan = table.read(normalizeStatement(text));
    const n = scan.count;
    const from = start[i]!;
    if (from + n > ids.length) ids = grow(ids, Math.max(ids.length * 2, from + n));
    for (let k = 0; k < n; k++) ids[from + k] = scan.ids[k]!;
    start[i + 1] = from + n;
    if (n === 0) continue;
    if (n > scratch.length) scratch = new Int32Array(n * 2);
    if (n > longest) longest = n;
    hash[i] = setHash(scratch, table.distinct(ids, from, from + n, scratch));
    if (withTail) tailHash[i] = n > 1 ? setHash(scratch, table.distinct(ids, from + 1, from + n, scratch)) : hash[i]!;
  }
  const keys: NodeKeys = {
    table,
    ids,
    start,
    hash,
    tailHash,
    shared: new Uint8Array(0),
    plain,
    scratch: [new Int32Array(longest), new Int32Array(longest)],
  };
  return { ...keys, shared: markShared(hash, (i) => sortedKey(keys, i, false, 0).join(',')) };
}

/**
 * 1 for each entry whose non-zero value another entry has. With `exact`, entries whose values
 * meet count as sharing only when `exact` gives both the same text (it is asked of those only).
 */
export function markShared(value: Int32Array, exact?: (i: number) => string): Uint8Array {
  const shared = new Uint8Array(value.length);
  const sorted = value.slice().sort();
  const repeated = new Set<number>();
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1] && sorted[i] !== 0) repeated.add(sorted[i]!);
  if (repeated.size === 0) return shared;
  const groups = new Map<string, number[]>();
  for (let i = 0; i < value.length; i++) {
    const v = value[i]!;
    if (!repeated.has(v)) continue;
    const k = exact === undefined ? String(v) : `${v} ${exact(i)}`;
    const g = groups.get(k);
    if (g === undefined) groups.set(k, [i]);
    else g.push(i);
  }
  for (const g of groups.values()) if (g.length > 1) for (const i of g) shared[i] = 1;
  return shared;
}

/** The distinct stem numbers of node `i`'s key (or of its tail), ascending, in `keys.scratch[which]`. */
function sortedKey(keys: NodeKeys, i: number, tail: boolean, which: 0 | 1): Int32Array {
  const out = keys.scratch[which];
  const m = distinctStems(keys, i, tail, out);
  // An insertion sort: a statement has a handful of stems.
  for (let a = 1; a < m; a++) {
    const v = out[a]!;
    let b = a;
    for (; b > 0 && out[b - 1]! > v; b--) out[b] = out[b - 1]!;
    out[b] = v;
  }
  return out.subarray(0, m);
}

/** The stems of node `i`'s key (or of its tail), sorted as text (a fresh array). */
export function keyStems(keys: NodeKeys, i: number, tail: boolean): string[] {
  const out = keys.scratch[0];
  return keys.table.stems(out, distinctStems(keys, i, tail, out));
}

/** Calls `fn` with each stem of node `i`'s key (or of its tail), in text order, without making a list. */
export function eachKeyStem(keys: NodeKeys, i: number, tail: boolean, fn: (stem: string) => void): void {
  const out = keys.scratch[0];
  const m = distinctStems(keys, i, tail, out);
  for (let k = 0; k < m; k++) fn(keys.table.stem(out[k]!));
}

/** Writes the distinct stem numbers of node `i`'s key (or of its tail: without the first stem, unless it is the only one) into `out`; returns how many. */
function distinctStems(keys: NodeKeys, i: number, tail: boolean, out: Int32Array): number {
  const from = keys.start[i]!;
  const to = keys.start[i + 1]!;
  return keys.table.distinct(keys.ids, tail && to - from > 1 ? from + 1 : from, to, out);
}

/** True when node `i`'s key (or tail) and node `j`'s are the same non-empty set (`i`, `j` of the same `keys`). */
export function sameKey(keys: NodeKeys, i: number, iTail: boolean, j: number, jTail: boolean): boolean {
  const hi = iTail ? keys.tailHash[i]! : keys.hash[i]!;
  const hj = jTail ? keys.tailHash[j]! : keys.hash[j]!;
  if (hi === 0 || hi !== hj) return false;
  const a = sortedKey(keys, i, iTail, 0);
  const b = sortedKey(keys, j, jTail, 1);
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

function grow(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(size);
  out.set(a);
  return out;
}
