/**
 * Which nodes share their fuzzy key with another node of the same kind (a result with a result,
 * an indicator with an indicator). Only such nodes can be duplicates, so the duplicate rules ask
 * this first and keep their own tables for those few. The engine makes one pass over every node
 * the first time a rule asks, instead of each rule keeping a table of every key for the whole
 * review (three tables of up to 200,000 keys, kept alive into the collector's old generation).
 *
 * The pass uses an open-addressing table of node numbers in a typed array (no `Map` of strings
 * to grow and rehash): a key's slot comes from a hash of its characters, and two keys are the same
 * only when their texts are equal.
 *
 * @module
 */

/** FNV-1a over a string's UTF-16 code units, with a final mix. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Marks, in one pass, the nodes whose key another node shares (`mark(i)` is called for every node
 * of a shared key). Empty keys are never shared. The table lives only during the pass.
 */
export function markSharedKeys(count: number, keyAt: (i: number) => string, mark: (i: number) => void): void {
  let size = 16;
  while (size < count * 2) size *= 2;
  const mask = size - 1;
  // Slot: node number + 1 of the first node with a key (0: empty); `hashes` keeps each node's hash.
  const slots = new Int32Array(size);
  const hashes = new Int32Array(count);
  // The first node of a key is marked when a second one comes, once.
  const firstMarked = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const k = keyAt(i);
    if (k === '') continue;
    const h = hashOf(k);
    hashes[i] = h | 0;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const j = slots[s]! - 1;
      if (j < 0) {
        slots[s] = i + 1;
        break;
      }
      if (hashes[j] === (h | 0) && keyAt(j) === k) {
        if (firstMarked[j] === 0) {
          firstMarked[j] = 1;
          mark(j);
        }
        mark(i);
        break;
      }
    }
  }
}

/** Sets `_keyShared` on the nodes whose key another of them shares. */
export function markSharedNodes(nodes: readonly { readonly key: string; _keyShared: boolean }[]): void {
  markSharedKeys(
    nodes.length,
    (i) => nodes[i]!.key,
    (i) => (nodes[i]!._keyShared = true),
  );
}
