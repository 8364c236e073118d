/**
 * A version read in a worker thread is packed (`versions-pack.ts`), moved to the main thread and
 * read back (`versions-unpack.ts`): the diff of two versions that went that way is the diff of
 * the cascades themselves, as the reports show it (JSON), on unrelated documents and on a document
 * and a lightly changed copy (where most indicators are the same and are compared packed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffCascades, parseCascade, type Cascade, type CascadeDocument, type CascadeDiff } from '@pokin/core';
import { packVersion, packedBuffers } from '../src/input/versions-pack.js';
import { unpackVersion } from '../src/input/versions-unpack.js';
import { validDocumentArbitrary, valueArbitrary } from '../../../test/support/arbitraries.js';

const RUNS = 150;
const documents = validDocumentArbitrary({ maxResults: 12 });

/** A version as the other thread posts it: packed, cloned with its buffers moved, read back. */
function posted(c: Cascade) {
  const packed = packVersion(c);
  return unpackVersion(structuredClone(packed, { transfer: packedBuffers(packed) }));
}

/** What a report shows of a diff (JSON has no -0, no undefined). */
const shown = (d: CascadeDiff) => JSON.parse(JSON.stringify({ ...d, matches: [...d.matches] })) as unknown;

const MUTATIONS = [
  'none',
  'statement',
  'indicator-text',
  'target',
  'target-text',
  'unit',
  'baseline',
  'drop-indicator',
  'drop-targets',
] as const;

/** `doc` with one result's indicator or statement changed. */
function mutate(doc: CascadeDocument, pick: number, kind: (typeof MUTATIONS)[number], value: number | string): CascadeDocument {
  const next = structuredClone(doc);
  const r = next.results[pick % next.results.length]!;
  const ind = r.indicators?.[pick % Math.max(1, r.indicators.length)];
  if (kind === 'statement') r.statement = `${r.statement} baru`;
  else if (ind !== undefined) {
    const year = Object.keys(ind.targets ?? {})[0] ?? '2027';
    if (kind === 'target') ind.targets = { ...ind.targets, [year]: typeof value === 'number' ? value : 1 };
    if (kind === 'target-text') ind.targets = { ...ind.targets, [year]: String(value) };
    // The same length: only the characters tell the two apart.
    if (kind === 'indicator-text') ind.statement = `${ind.statement.slice(0, -1)}${ind.statement.endsWith('Z') ? 'Y' : 'Z'}`;
    if (kind === 'unit') ind.unit = `${ind.unit ?? ''}x`;
    if (kind === 'baseline') ind.baseline = { year: 2024, value };
    if (kind === 'drop-indicator') r.indicators = r.indicators!.filter((i) => i !== ind);
    if (kind === 'drop-targets') delete ind.targets;
  }
  return next;
}

describe('versions packed for another thread', () => {
  it(`give the diff of the cascades, on unrelated documents (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(documents, documents, (x, y) => {
        const a = parseCascade(x);
        const b = parseCascade(y);
        expect(shown(diffCascades(posted(a), posted(b)))).toEqual(shown(diffCascades(a, b)));
      }),
      { numRuns: RUNS },
    );
  });

  it(`give the diff of the cascades, on a document and a changed copy (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(documents, fc.nat(), fc.constantFrom(...MUTATIONS), valueArbitrary(), (x, pick, kind, value) => {
        const a = parseCascade(x);
        const b = parseCascade(mutate(x, pick, kind, value));
        const direct = diffCascades(a, b);
        expect(shown(diffCascades(posted(a), posted(b)))).toEqual(shown(direct));
        if (kind === 'none') expect(direct.changes).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
