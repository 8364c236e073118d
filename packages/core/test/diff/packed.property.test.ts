import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffCascades, packDiffVersion, parseCascade, readDiffVersion, unpackDiffVersion, type DiffVersion } from '@pokin/core';
import { generateDocument } from '@pokin/core/testing';
import { validDocumentArbitrary } from '../../../../test/support/arbitraries.js';
import { linkVariantsArbitrary, linkedDocumentArbitrary } from '../../../../test/support/links.js';
import { propertyRuns } from '../../../../test/support/runs.js';

/**
 * `packDiffVersion` and `unpackDiffVersion`: a version read in a worker thread crosses to the main
 * thread packed (`structuredClone` is what `postMessage` does), and diffs as the version itself.
 */
const RUNS = propertyRuns(150);
const documents = fc.oneof(validDocumentArbitrary({ extras: false }), linkedDocumentArbitrary(), validDocumentArbitrary());

const report = (a: DiffVersion, b: DiffVersion) => {
  const d = diffCascades(a, b);
  return JSON.stringify({ old: d.old, new: d.new, summary: d.summary, changes: d.changes, matches: [...d.matches] });
};
/** A read version as another thread gets it. */
const crossed = (v: NonNullable<ReturnType<typeof readDiffVersion>>) => unpackDiffVersion(structuredClone(packDiffVersion(v)));

describe('a packed version', () => {
  it(`diffs as the version it packs, on either side (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(documents, documents, (x, y) => {
        const a = readDiffVersion(JSON.stringify(x));
        const b = readDiffVersion(JSON.stringify(y));
        fc.pre(a !== undefined && b !== undefined);
        expect(report(a, crossed(b))).toBe(report(a, b));
        expect(report(crossed(a), b)).toBe(report(a, b));
        const back = crossed(a);
        expect([back.id, back.title, back.size, back.levels]).toEqual([a.id, a.title, a.size, a.levels]);
        for (const r of a.results()) expect(back.has(r.id) && back.result(r.id)?.statement).toBe(r.statement);
        expect(back.results().map((r) => r.contributions)).toEqual(a.results().map((r) => r.contributions));
        expect(back.has('no such id') || back.result('no such id') !== undefined).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it(`diffs the links of one tree written two ways as the versions it packs (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(linkVariantsArbitrary(), ([x, y]) => {
        const a = readDiffVersion(JSON.stringify(x))!;
        const b = readDiffVersion(JSON.stringify(y))!;
        expect(report(crossed(a), crossed(b))).toBe(report(a, b));
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps what has no value apart from what is empty, and a cascade packs too', () => {
    const doc = generateDocument({ results: 300, maxChildren: 4, indicatorsPerResult: 2, crosscutting: 0.05, seed: 7 });
    doc.id = 'dinas-2026';
    doc.results[0]!.previous = 'dinas-2025#A';
    doc.results[1]!.parent = 'pemda-2026#S2';
    delete doc.results[2]!.indicators;
    doc.results[3]!.contributesTo = [
      { to: doc.results[0]!.id, status: 'accepted', reason: 'Sesuai' },
      'pemda-2026#S1',
      'dinas-2026#' + doc.results[1]!.id,
    ];
    const cascade = parseCascade(doc);
    const read = readDiffVersion(JSON.stringify(doc))!;
    expect(read).toBeDefined();
    for (const v of [read, cascade]) {
      const back = crossed(v);
      const rows = (w: DiffVersion) =>
        w
          .results()
          .map((r) => [
            r.id,
            r.level,
            r.statement,
            r.parent,
            r.externalParent,
            r.previous,
            JSON.stringify(r.indicators),
            r.contributions.map((c) => [c.to, c.status]),
          ]);
      expect(rows(back)).toEqual(rows(v));
    }
    expect(crossed(read).result(doc.results[1]!.id)).toMatchObject({ parent: null, externalParent: 'pemda-2026#S2' });
    expect(crossed(read).result(doc.results[2]!.id)!.indicators).toEqual([]);
    expect(crossed(read).result(doc.results[3]!.id)!.contributions).toEqual([
      { to: doc.results[0]!.id, status: 'disetujui' },
      { to: 'pemda-2026#S1' },
      { to: doc.results[1]!.id },
    ]);
  });
});
