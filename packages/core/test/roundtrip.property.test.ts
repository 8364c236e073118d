import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepEqual, parseCascade, type Cascade } from '@pokin/core';
import { validDocumentArbitrary } from '../../../test/support/arbitraries.js';

const RUNS = 1_000;
const documents = validDocumentArbitrary();

describe('parseCascade(c.toDocument()) equals c', () => {
  // One property for both round trips (as objects and through JSON text): each generated
  // document is made and parsed once for the two, not once for each.
  it(`for generated documents, and through JSON text (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const c = parseCascade(doc);
        const again = parseCascade(c.toDocument());
        expect(again.equals(c)).toBe(true);
        expect(deepEqual(again.toDocument(), c.toDocument())).toBe(true);
        // The generator writes canonical documents, so the document itself comes back.
        expect(c.toDocument()).toEqual(doc);
        expect(parseCascade(JSON.parse(JSON.stringify(c.toDocument()))).equals(c)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it(`for every subtree (${RUNS / 4} runs)`, () => {
    fc.assert(
      fc.property(documents, fc.nat(), (doc, pick) => {
        const c = parseCascade(doc);
        const id = c.results()[pick % c.size]!.id;
        const sub = c.subtree(id);
        expect(parseCascade(sub.toDocument()).equals(sub)).toBe(true);
        expect(sub.roots().map((r) => r.id)).toEqual([id]);
      }),
      { numRuns: RUNS / 4 },
    );
  });

  it('leaves out an empty owner, budget or targets, which hold nothing (the canonical form)', () => {
    const c = parseCascade({
      pokin: 1,
      title: 't',
      results: [
        {
          id: 'G1',
          level: 'goal',
          statement: 's',
          owner: {},
          budget: { program: undefined },
          indicators: [
            { statement: 'i', targets: {} },
            { statement: 'j', targets: { '2025': 1 } },
          ],
        },
        { id: 'G2', level: 'goal', statement: 's', owner: { unit: 'Bidang' }, budget: { program: '1.01' } },
      ],
    });
    expect(c.toDocument().results).toEqual([
      { id: 'G1', level: 'goal', statement: 's', indicators: [{ statement: 'i' }, { statement: 'j', targets: { '2025': 1 } }] },
      { id: 'G2', level: 'goal', statement: 's', owner: { unit: 'Bidang' }, budget: { program: '1.01' } },
    ]);
    // The records keep what was read.
    expect(c.result('G1')!.owner).toEqual({});
    expect(c.result('G1')!.indicators[0]!.targets).toEqual({});
    // Both forms mean the same to the review.
    const without = parseCascade({
      pokin: 1,
      title: 't',
      results: [{ id: 'G1', level: 'goal', statement: 's', indicators: [{ statement: 'i' }] }],
    });
    const withEmpty = parseCascade({
      pokin: 1,
      title: 't',
      results: [{ id: 'G1', level: 'goal', statement: 's', owner: {}, indicators: [{ statement: 'i', targets: {} }] }],
    });
    expect(withEmpty.equals(without)).toBe(true);
  });

  it('toDocument returns a fresh copy that a caller may change', () => {
    const [doc] = fc.sample(validDocumentArbitrary({ minResults: 3 }), { numRuns: 1, seed: 7 });
    const c = parseCascade(doc);
    const d = c.toDocument();
    d.results[0]!.statement = 'diubah';
    d.results.pop();
    expect(c.equals(parseCascade(doc!))).toBe(true);
  });

  it('equals tells different documents apart', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const c = parseCascade(doc);
        const changed = c.toDocument();
        changed.results[0]!.statement += '!';
        expect(parseCascade(changed).equals(c)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

/** Traversal invariants that hold for every cascade. */
function checkTraversal(c: Cascade): void {
  const ids = c.results().map((r) => r.id);
  const pos = new Map(ids.map((id, i) => [id, i]));
  const inOrder = (list: readonly { id: string }[]) => list.every((r, i) => i === 0 || pos.get(list[i - 1]!.id)! < pos.get(r.id)!);
  const visited: string[] = [];
  c.walk((r) => void visited.push(r.id));
  expect([...visited].sort()).toEqual([...ids].sort());
  for (const order of ['post', 'breadth'] as const) {
    const seen: string[] = [];
    c.walk((r) => void seen.push(r.id), { order });
    expect(seen.length).toBe(ids.length);
  }
  for (const id of ids) {
    const children = c.children(id);
    expect(inOrder(children)).toBe(true);
    for (const ch of children) expect(c.parents(ch.id).some((p) => p.id === id)).toBe(true);
    expect(c.isLeaf(id)).toBe(children.length === 0);
    const desc = c.descendants(id);
    expect(inOrder(desc)).toBe(true);
    for (const d of desc) expect(c.ancestors(d.id).some((a) => a.id === id)).toBe(true);
    const path = c.pathToRoot(id);
    expect(path.length).toBe(c.depth(id) + 1);
    expect(path.at(-1)!.parent).toBeNull();
    expect(c.leaves(id).every((l) => c.isLeaf(l.id))).toBe(true);
  }
  expect(c.leaves().map((r) => r.id)).toEqual(ids.filter((id) => c.children(id).length === 0));
}

it(`traversal invariants hold for generated documents (${RUNS / 4} runs)`, () => {
  fc.assert(
    fc.property(validDocumentArbitrary({ maxResults: 15, extras: false }), (doc) => checkTraversal(parseCascade(doc))),
    { numRuns: RUNS / 4 },
  );
});

describe('parseCascade(c.toDocument()) equals c with the keys of the second round', () => {
  const extended = validDocumentArbitrary({ extended: true, maxResults: 8, text: 'printable' });
  const extendedUnicode = validDocumentArbitrary({ extended: true, maxResults: 4 });

  it(`for generated documents (${RUNS / 8} runs, and ${RUNS / 20} with any Unicode text)`, () => {
    fc.assert(
      fc.property(extendedUnicode, (doc) => {
        const c = parseCascade(doc);
        expect(c.toDocument()).toEqual(doc);
      }),
      { numRuns: RUNS / 20 },
    );
    fc.assert(
      fc.property(extended, (doc) => {
        const c = parseCascade(doc);
        expect(c.toDocument()).toEqual(doc);
        expect(parseCascade(JSON.parse(JSON.stringify(c.toDocument()))).equals(c)).toBe(true);
      }),
      { numRuns: RUNS / 8 },
    );
  });

  it('equals tells apart documents that differ only in a new key', () => {
    fc.assert(
      fc.property(extended, (doc) => {
        const c = parseCascade(doc);
        const changed = JSON.parse(JSON.stringify(doc)) as typeof doc;
        const r = changed.results[0]!;
        r.previous = r.previous === 'x#y' ? 'x#z' : 'x#y';
        expect(parseCascade(changed).equals(c)).toBe(false);
      }),
      { numRuns: RUNS / 40 },
    );
  });

  it('for every subtree (references to other documents stay)', () => {
    fc.assert(
      fc.property(extended, fc.nat(), (doc, pick) => {
        const c = parseCascade(doc);
        const r = c.results()[pick % c.size]!;
        const sub = c.subtree(r.id);
        expect(parseCascade(sub.toDocument()).equals(sub)).toBe(true);
        expect(sub.result(r.id)!.externalParent).toBeUndefined();
        for (const k of sub.results()) {
          expect(k.contributions.filter((x) => x.to.includes('#'))).toEqual(
            c.result(k.id)!.contributions.filter((x) => x.to.includes('#')),
          );
        }
      }),
      { numRuns: RUNS / 40 },
    );
  });
});
