import { describe, expect, it } from 'vitest';
import { NotFoundError, UsageError, parseCascade, type Cascade, type ResultRecord, type WalkOrder } from '@pokin/core';
import { toGraph } from '@pokin/core/graph';

/*
 * The tree (permenpan-89), `~>` marking crosscutting (contributesTo) links:
 *
 *   G   goal                          G2  goal
 *   ├ U1  ultimate-outcome            └ U3  ultimate-outcome
 *   │ └ I1  intermediate-outcome
 *   │   └ M1  immediate-outcome
 *   │     ├ O1  output
 *   │     └ O2  output  (listed last in the document)
 *   └ U2  ultimate-outcome
 *     └ I2  intermediate-outcome  ~> U1
 *       └ M2  immediate-outcome
 *         └ X   outcome (optional level)
 *           └ O3  output  ~> M1
 */
const cascade: Cascade = parseCascade({
  pokin: 1,
  title: 'Uji penelusuran',
  csf: [
    { problem: 'p1', desiredCondition: 'U1', result: 'U1' },
    { problem: 'p2', desiredCondition: 'U2', result: 'U2' },
    { problem: 'p3', desiredCondition: 'tanpa hasil' },
  ],
  results: [
    { id: 'G', level: 'goal', statement: 'G', indicators: [{ id: 'G.1', statement: 'Indeks' }, { statement: 'Nilai' }] },
    { id: 'U1', level: 'ultimate-outcome', statement: 'U1', parent: 'G' },
    { id: 'I1', level: 'intermediate-outcome', statement: 'I1', parent: 'U1' },
    { id: 'M1', level: 'immediate-outcome', statement: 'M1', parent: 'I1' },
    { id: 'O1', level: 'output', statement: 'O1', parent: 'M1', indicators: [{ statement: 'Jumlah' }] },
    { id: 'U2', level: 'ultimate-outcome', statement: 'U2', parent: 'G' },
    { id: 'I2', level: 'intermediate-outcome', statement: 'I2', parent: 'U2', contributesTo: ['U1'] },
    { id: 'M2', level: 'immediate-outcome', statement: 'M2', parent: 'I2' },
    { id: 'X', level: 'outcome', statement: 'X', parent: 'M2' },
    { id: 'O3', level: 'output', statement: 'O3', parent: 'X', contributesTo: ['M1'] },
    { id: 'G2', level: 'goal', statement: 'G2' },
    { id: 'U3', level: 'ultimate-outcome', statement: 'U3', parent: 'G2' },
    { id: 'O2', level: 'output', statement: 'O2', parent: 'M1' },
  ],
});

const ids = (records: Iterable<ResultRecord>) => [...records].map((r) => r.id);

function walked(order: WalkOrder, control: Record<string, 'skip' | 'stop'> = {}, from?: string | string[]): string[] {
  const out: string[] = [];
  cascade.walk(
    (r, info) => {
      out.push(`${r.id}@${info.depth}<${info.parent?.id ?? '-'}`);
      return control[r.id];
    },
    from === undefined ? { order } : { order, from },
  );
  return out;
}
const only = (visits: string[]) => visits.map((v) => v.split('@')[0]);

describe('lookups', () => {
  it('hands out results in document order', () => {
    expect(cascade.size).toBe(13);
    expect(ids(cascade.results())).toEqual(['G', 'U1', 'I1', 'M1', 'O1', 'U2', 'I2', 'M2', 'X', 'O3', 'G2', 'U3', 'O2']);
    expect(cascade.result('O3')?.contributesTo).toEqual(['M1']);
    expect(cascade.result('nope')).toBeUndefined();
    expect(cascade.has('X')).toBe(true);
    expect(cascade.has('x')).toBe(false);
    expect(cascade.indexOf('O2')).toBe(12);
  });

  it('fills the defaults of a record and freezes it', () => {
    const g2 = cascade.result('G2')!;
    expect(g2.parent).toBeNull();
    expect(g2.contributesTo).toEqual([]);
    expect(g2.indicators).toEqual([]);
    expect(Object.isFrozen(g2)).toBe(true);
    expect(Object.isFrozen(cascade.result('G')!.indicators[0])).toBe(true);
    expect(() => {
      (g2 as { statement: string }).statement = 'x';
    }).toThrow(TypeError);
  });

  it('finds roots, children and parents', () => {
    expect(ids(cascade.roots())).toEqual(['G', 'G2']);
    expect(ids(cascade.children('M1'))).toEqual(['O1', 'O3', 'O2']);
    expect(ids(cascade.primaryChildren('M1'))).toEqual(['O1', 'O2']);
    expect(ids(cascade.children('U1'))).toEqual(['I1', 'I2']);
    expect(ids(cascade.primaryChildren('U1'))).toEqual(['I1']);
    expect(ids(cascade.children('O1'))).toEqual([]);
    expect(ids(cascade.parents('I2'))).toEqual(['U2', 'U1']);
    expect(ids(cascade.parents('O3'))).toEqual(['X', 'M1']);
    expect(ids(cascade.parents('G'))).toEqual([]);
  });

  it('lists each parent once when contributesTo repeats one (the review flags it)', () => {
    const c = parseCascade({
      pokin: 1,
      title: 't',
      results: [
        { id: 'G', level: 'goal', statement: 'a' },
        { id: 'H', level: 'goal', statement: 'b' },
        { id: 'U', level: 'ultimate-outcome', statement: 'c', parent: 'G', contributesTo: ['G', 'H', 'H'] },
      ],
    });
    expect(ids(c.parents('U'))).toEqual(['G', 'H']);
    expect(ids(c.children('G'))).toEqual(['U']);
  });

  it('finds ancestors and descendants through crosscutting links, in document order', () => {
    expect(ids(cascade.ancestors('O3'))).toEqual(['G', 'U1', 'I1', 'M1', 'U2', 'I2', 'M2', 'X']);
    expect(ids(cascade.ancestors('G'))).toEqual([]);
    expect(ids(cascade.descendants('U1'))).toEqual(['I1', 'M1', 'O1', 'I2', 'M2', 'X', 'O3', 'O2']);
    expect(ids(cascade.descendants('G2'))).toEqual(['U3']);
    expect(ids(cascade.descendants('O2'))).toEqual([]);
  });

  it('finds leaves, of the whole cascade or below a result', () => {
    expect(ids(cascade.leaves())).toEqual(['O1', 'O3', 'U3', 'O2']);
    expect(ids(cascade.leaves('U1'))).toEqual(['O1', 'O3', 'O2']);
    expect(ids(cascade.leaves('U2'))).toEqual(['O3']);
    expect(ids(cascade.leaves('O1'))).toEqual(['O1']);
    expect(cascade.isLeaf('O3')).toBe(true);
    expect(cascade.isLeaf('M1')).toBe(false);
  });

  it('groups by level and tier', () => {
    expect(ids(cascade.atLevel('output'))).toEqual(['O1', 'O3', 'O2']);
    expect(ids(cascade.atLevel('outcome'))).toEqual(['X']);
    expect(ids(cascade.atLevel('sasaran'))).toEqual([]);
    expect(cascade.level('X')?.optional).toBe(true);
    expect(cascade.level('goal')?.label.id).toBe('Goal / Ultimate Outcome');
    expect(cascade.level('nope')).toBeUndefined();
    expect(cascade.levelRank('output')).toBe(5);
    expect(cascade.levelRank('nope')).toBe(-1);
    expect(cascade.tier('X')).toBe('operasional');
    expect(cascade.tier('I2')).toBe('taktis');
    expect(cascade.tier('U3')).toBe('urusan');
  });

  it('follows the primary chain up', () => {
    expect(ids(cascade.pathToRoot('O3'))).toEqual(['O3', 'X', 'M2', 'I2', 'U2', 'G']);
    expect(ids(cascade.pathToRoot('G2'))).toEqual(['G2']);
    expect(cascade.depth('O3')).toBe(5);
    expect(cascade.depth('G')).toBe(0);
    expect(cascade.depth('O2')).toBe(4);
  });

  it('lists every indicator with its result', () => {
    expect([...cascade.indicators()].map(({ result, indicator, index }) => `${result.id}[${index}] ${indicator.statement}`)).toEqual([
      'G[0] Indeks',
      'G[1] Nilai',
      'O1[0] Jumlah',
    ]);
  });
});

describe('walk', () => {
  it('visits the primary tree in pre-order with depth and parent', () => {
    expect(walked('pre')).toEqual([
      'G@0<-',
      'U1@1<G',
      'I1@2<U1',
      'M1@3<I1',
      'O1@4<M1',
      'O2@4<M1',
      'U2@1<G',
      'I2@2<U2',
      'M2@3<I2',
      'X@4<M2',
      'O3@5<X',
      'G2@0<-',
      'U3@1<G2',
    ]);
    const defaultOrder: string[] = [];
    cascade.walk((r) => void defaultOrder.push(r.id));
    expect(defaultOrder).toEqual(only(walked('pre')));
  });

  it('visits in post-order', () => {
    expect(only(walked('post'))).toEqual(['O1', 'O2', 'M1', 'I1', 'U1', 'O3', 'X', 'M2', 'I2', 'U2', 'G', 'U3', 'G2']);
    expect(walked('post')).toContain('O3@5<X');
  });

  it('visits breadth first', () => {
    expect(walked('breadth')).toEqual([
      'G@0<-',
      'G2@0<-',
      'U1@1<G',
      'U2@1<G',
      'U3@1<G2',
      'I1@2<U1',
      'I2@2<U2',
      'M1@3<I1',
      'M2@3<I2',
      'O1@4<M1',
      'O2@4<M1',
      'X@4<M2',
      'O3@5<X',
    ]);
  });

  it('skips a result’s descendants', () => {
    expect(only(walked('pre', { U1: 'skip' }))).toEqual(['G', 'U1', 'U2', 'I2', 'M2', 'X', 'O3', 'G2', 'U3']);
    expect(only(walked('breadth', { U1: 'skip', M2: 'skip' }))).toEqual(['G', 'G2', 'U1', 'U2', 'U3', 'I2', 'M2']);
    // In post-order the descendants come first, so 'skip' changes nothing.
    expect(only(walked('post', { U1: 'skip' }))).toEqual(only(walked('post')));
  });

  it('stops', () => {
    expect(only(walked('pre', { M1: 'stop' }))).toEqual(['G', 'U1', 'I1', 'M1']);
    expect(only(walked('post', { I1: 'stop' }))).toEqual(['O1', 'O2', 'M1', 'I1']);
    expect(only(walked('breadth', { U2: 'stop' }))).toEqual(['G', 'G2', 'U1', 'U2']);
  });

  it('starts where asked, at depth 0 without a parent', () => {
    expect(walked('pre', {}, 'U2')).toEqual(['U2@0<-', 'I2@1<U2', 'M2@2<I2', 'X@3<M2', 'O3@4<X']);
    expect(only(walked('post', {}, ['M1', 'U3']))).toEqual(['O1', 'O2', 'M1', 'U3']);
    expect(only(walked('breadth', {}, ['U3', 'I2']))).toEqual(['U3', 'I2', 'M2', 'X', 'O3']);
  });

  it('rejects an unknown order', () => {
    expect(() => cascade.walk(() => undefined, { order: 'inorder' as WalkOrder })).toThrow(UsageError);
  });
});

describe('subtree', () => {
  it('keeps the primary descendants and drops links that leave it', () => {
    const sub = cascade.subtree('U2');
    expect(ids(sub.results())).toEqual(['U2', 'I2', 'M2', 'X', 'O3']);
    expect(sub.result('U2')!.parent).toBeNull();
    expect(sub.result('I2')!.contributesTo).toEqual([]);
    expect(sub.result('O3')!.contributesTo).toEqual([]);
    expect(sub.csf.map((c) => c.problem)).toEqual(['p2', 'p3']);
    expect(sub.title).toBe(cascade.title);
    expect(sub.levels).toBe(cascade.levels);
  });

  it('does not follow crosscutting children and keeps links inside', () => {
    expect(ids(cascade.subtree('U1').results())).toEqual(['U1', 'I1', 'M1', 'O1', 'O2']);
    const whole = cascade.subtree('G');
    expect(whole.result('I2')!.contributesTo).toEqual(['U1']);
    expect(whole.result('O3')!.contributesTo).toEqual(['M1']);
    expect(whole.size).toBe(11);
  });
});

describe('graph', () => {
  it('exposes a node per result and an edge per link', () => {
    const g = toGraph(cascade);
    expect(g.order).toBe(13);
    expect(g.size).toBe(13);
    expect(g.getEdgeAttributes(g.edge('U1', 'I2')!)).toEqual({ kind: 'crosscutting' });
    expect(g.getEdgeAttributes(g.edge('U2', 'I2')!)).toEqual({ kind: 'primary' });
    expect(g.getNodeAttributes('O3')).toBe(cascade.result('O3'));
    expect(toGraph(cascade)).toBe(g);
  });
});

describe('unknown ids', () => {
  const calls: [string, () => unknown][] = [
    ['indexOf', () => cascade.indexOf('Q')],
    ['children', () => cascade.children('Q')],
    ['primaryChildren', () => cascade.primaryChildren('Q')],
    ['parents', () => cascade.parents('Q')],
    ['ancestors', () => cascade.ancestors('Q')],
    ['descendants', () => cascade.descendants('Q')],
    ['leaves', () => cascade.leaves('Q')],
    ['isLeaf', () => cascade.isLeaf('Q')],
    ['pathToRoot', () => cascade.pathToRoot('Q')],
    ['depth', () => cascade.depth('Q')],
    ['tier', () => cascade.tier('Q')],
    ['walk', () => cascade.walk(() => undefined, { from: ['G', 'Q'] })],
    ['subtree', () => cascade.subtree('Q')],
  ];
  it.each(calls)('%s throws NotFoundError naming the method', (method, call) => {
    expect(call).toThrow(NotFoundError);
    expect(call).toThrow(`@pokin/core Cascade.${method}: no result has id "Q"`);
  });
});
