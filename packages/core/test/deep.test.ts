import { describe, expect, it } from 'vitest';
import { parseCascade, safeParseCascade, type Cascade, type CascadeDocument, type WalkOrder } from '@pokin/core';
import { toGraph } from '@pokin/core/graph';

const N = 100_000;

/**
 * A chain N results deep. A child must sit below its parent, so the chain needs N levels: an
 * inline scheme `L0 ... L99999`.
 */
function chainDocument(n: number): CascadeDocument {
  const levels = Array.from({ length: n }, (_, i) => ({
    key: `L${i}`,
    label: { id: `Tingkat ${i}`, en: `Level ${i}` },
    tier: 'operasional' as const,
  }));
  const results = Array.from({ length: n }, (_, i) => ({
    id: `R${i}`,
    level: `L${i}`,
    statement: `Hasil ${i}`,
    ...(i === 0 ? {} : { parent: `R${i - 1}` }),
    // A crosscutting link to the grandparent, so both kinds of link are deep.
    ...(i >= 2 ? { contributesTo: [`R${i - 2}`] } : {}),
  }));
  return { pokin: 1, title: 'Rantai', levels, results };
}

/** One goal with N outputs... through the optional levels: the star's children are ultimate outcomes. */
function starDocument(n: number): CascadeDocument {
  const results: CascadeDocument['results'] = [{ id: 'HUB', level: 'goal', statement: 'Pusat' }];
  for (let i = 0; i < n; i++) results.push({ id: `S${i}`, level: 'ultimate-outcome', statement: `Jari ${i}`, parent: 'HUB' });
  return { pokin: 1, title: 'Bintang', results };
}

function walkCount(c: Cascade, order: WalkOrder, from?: string): { count: number; maxDepth: number; last: string } {
  let count = 0;
  let maxDepth = 0;
  let last = '';
  c.walk(
    (r, info) => {
      count++;
      if (info.depth > maxDepth) maxDepth = info.depth;
      last = r.id;
    },
    from === undefined ? { order } : { order, from },
  );
  return { count, maxDepth, last };
}

describe(`a ${N.toLocaleString('en')}-deep chain`, () => {
  const doc = chainDocument(N);
  const c = parseCascade(doc);
  const bottom = `R${N - 1}`;

  it('parses', () => {
    expect(c.size).toBe(N);
    expect(c.levels).toHaveLength(N);
  });

  it('walks in every order', () => {
    expect(walkCount(c, 'pre')).toEqual({ count: N, maxDepth: N - 1, last: bottom });
    expect(walkCount(c, 'post')).toEqual({ count: N, maxDepth: N - 1, last: 'R0' });
    expect(walkCount(c, 'breadth')).toEqual({ count: N, maxDepth: N - 1, last: bottom });
    expect(walkCount(c, 'pre', 'R50000').count).toBe(N - 50_000);
  });

  it('answers ancestors, descendants, pathToRoot, leaves and depth', () => {
    expect(c.ancestors(bottom)).toHaveLength(N - 1);
    expect(c.descendants('R0')).toHaveLength(N - 1);
    const path = c.pathToRoot(bottom);
    expect(path).toHaveLength(N);
    expect(path[N - 1]!.id).toBe('R0');
    expect(c.leaves().map((r) => r.id)).toEqual([bottom]);
    expect(c.leaves('R0').map((r) => r.id)).toEqual([bottom]);
    expect(c.depth(bottom)).toBe(N - 1);
    expect(c.tier(bottom)).toBe('operasional');
  });

  it('cuts a subtree and round-trips through toDocument', () => {
    const sub = c.subtree('R1');
    expect(sub.size).toBe(N - 1);
    expect(sub.result('R2')!.contributesTo).toEqual([]); // R0 is outside
    expect(sub.result('R3')!.contributesTo).toEqual(['R1']);
    const again = parseCascade(c.toDocument());
    expect(again.equals(c)).toBe(true);
    expect(toGraph(c).size).toBe(2 * N - 3);
  });

  it('reports a cycle that runs the whole chain', () => {
    // The same chain with its top below its bottom (a copy of the top result, the rest shared).
    const looped = { ...doc, results: [{ ...doc.results[0]!, parent: bottom }, ...doc.results.slice(1)] };
    const r = safeParseCascade(looped);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.code)).toContain('cycle');
  });
});

describe(`a ${N.toLocaleString('en')}-wide star`, () => {
  const c = parseCascade(starDocument(N));
  const last = `S${N - 1}`;

  it('parses', () => {
    expect(c.size).toBe(N + 1);
    expect(c.children('HUB')).toHaveLength(N);
  });

  it('walks in every order', () => {
    expect(walkCount(c, 'pre')).toEqual({ count: N + 1, maxDepth: 1, last });
    expect(walkCount(c, 'post')).toEqual({ count: N + 1, maxDepth: 1, last: 'HUB' });
    expect(walkCount(c, 'breadth')).toEqual({ count: N + 1, maxDepth: 1, last });
  });

  it('answers ancestors, descendants, pathToRoot, leaves and depth', () => {
    expect(c.ancestors(last).map((r) => r.id)).toEqual(['HUB']);
    expect(c.descendants('HUB')).toHaveLength(N);
    expect(c.pathToRoot(last).map((r) => r.id)).toEqual([last, 'HUB']);
    expect(c.leaves()).toHaveLength(N);
    expect(c.leaves('HUB')).toHaveLength(N);
    expect(c.primaryChildren('HUB')).toHaveLength(N);
    expect(c.depth(last)).toBe(1);
    expect(c.parents(last).map((r) => r.id)).toEqual(['HUB']);
  });

  it('cuts a subtree and round-trips through toDocument', () => {
    expect(c.subtree('HUB').size).toBe(N + 1);
    expect(c.subtree(last).size).toBe(1);
    expect(parseCascade(c.toDocument()).equals(c)).toBe(true);
    expect(toGraph(c).size).toBe(N);
  });
});
