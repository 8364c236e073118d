import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffCascades, packDiffVersion, packedTransfer, parseCascade, unpackDiffVersion, type Cascade } from '@pokin/core';
import { validDocumentArbitrary } from '../../../../test/support/arbitraries.js';

const RUNS = 150;
const documents = validDocumentArbitrary();
/** A version as another thread would post it: packed, cloned with its buffers moved, unpacked. */
const posted = (c: Cascade) => {
  const packed = packDiffVersion(c);
  return unpackDiffVersion(structuredClone(packed, { transfer: packedTransfer(packed) }));
};

describe('packed versions', () => {
  it(`the diff of two posted versions is the diff of the cascades (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(documents, documents, fc.boolean(), (x, y, same) => {
        const a = parseCascade(x);
        const b = same ? a : parseCascade(y);
        const direct = diffCascades(a, b);
        const viaColumns = diffCascades(posted(a), posted(b));
        expect(viaColumns.changes).toEqual(direct.changes);
        expect(viaColumns.summary).toEqual(direct.summary);
        expect(viaColumns.old).toEqual(direct.old);
        expect(viaColumns.new).toEqual(direct.new);
        expect([...viaColumns.matches]).toEqual([...direct.matches]);
      }),
      { numRuns: RUNS },
    );
  });
});
