/**
 * Which nodes share their fuzzy key with another node of the same kind (a result with a result,
 * an indicator with an indicator). Only such nodes can be duplicates, so the duplicate rules ask
 * this first and keep their own tables for those few. The engine makes one pass over every node
 * the first time a rule asks, instead of each rule keeping a table of every key for the whole
 * review (three tables of up to 200,000 keys, kept alive into the collector's old generation).
 *
 * @module
 */

/**
 * Marks, in one pass, the nodes whose key another node shares (`mark(i)` is called for every node
 * of a shared key). Empty keys are never shared. The table lives only during the pass.
 */
export function markSharedKeys(count: number, keyAt: (i: number) => string, mark: (i: number) => void): void {
  // The first node of each key, or -1 once it is marked as shared.
  const first = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const k = keyAt(i);
    if (k === '') continue;
    const j = first.get(k);
    if (j === undefined) {
      first.set(k, i);
      continue;
    }
    if (j >= 0) {
      mark(j);
      first.set(k, -1);
    }
    mark(i);
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
