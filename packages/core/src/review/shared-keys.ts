/**
 * The fuzzy keys of every result, or of every indicator, of a review, and which nodes share their
 * key with another node of the same kind. Only such nodes can be duplicates, so the duplicate
 * rules ask `keyShared` first and keep their own tables for those few. The engine reads every key
 * once, the first time a rule asks, as numbers of the review's {@link KeyTable}: no string or
 * array per node outlives the pass.
 *
 * @module
 */
import type { KeyTable } from './key-table.js';

/** The keys of one kind of node, by node number. */
export interface NodeKeys {
  /** Key of each node (0: no content word). */
  readonly key: Int32Array;
  /** Key of each node without its first content word (the key itself when it has one word or none). */
  readonly tail: Int32Array;
  /** 1 where another node has the same (non-empty) key. */
  readonly shared: Uint8Array;
}

/** Reads the key of each of `count` normalised texts (`normAt(i)`) and marks the shared ones. */
export function readKeys(table: KeyTable, count: number, normAt: (i: number) => string, withTail: boolean): NodeKeys {
  const key = new Int32Array(count);
  const tail = withTail ? new Int32Array(count) : key;
  table.reserve(withTail ? 2 * count : count);
  for (let i = 0; i < count; i++) {
    const scan = table.read(normAt(i));
    key[i] = table.key(0);
    if (withTail) tail[i] = scan.count > 1 ? table.key(1) : key[i]!;
  }
  return { key, tail, shared: markShared(key, table.size) };
}

/** 1 for each entry whose non-zero value another entry has (`size`: one more than the largest value). */
export function markShared(key: Int32Array, size: number): Uint8Array {
  const seen = new Int32Array(size);
  for (let i = 0; i < key.length; i++) seen[key[i]!]!++;
  const shared = new Uint8Array(key.length);
  for (let i = 0; i < key.length; i++) {
    const k = key[i]!;
    if (k !== 0 && seen[k]! > 1) shared[i] = 1;
  }
  return shared;
}
