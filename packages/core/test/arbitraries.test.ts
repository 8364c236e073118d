import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { validDocumentArbitrary } from '../../../test/support/arbitraries.js';

// test/support/arbitraries.ts is shared by the property tests of every package: check that it
// makes what it promises, so that a property that passes there means something.
describe('validDocumentArbitrary', () => {
  const docs = fc.sample(validDocumentArbitrary(), { numRuns: 400, seed: 42 });
  const cascades = docs.map((d) => parseCascade(d));
  const some = (p: (i: number) => boolean) => docs.some((_, i) => p(i));

  it('covers every feature of the format', () => {
    expect(some((i) => cascades[i]!.results().some((r) => r.contributesTo.length > 0))).toBe(true);
    expect(some((i) => cascades[i]!.roots().length > 1)).toBe(true);
    expect(some((i) => docs[i]!.levels === undefined)).toBe(true);
    expect(some((i) => docs[i]!.levels === 'renstra')).toBe(true);
    expect(some((i) => Array.isArray(docs[i]!.levels))).toBe(true);
    expect(some((i) => cascades[i]!.atLevel('outcome').length > 0)).toBe(true);
    expect(
      some((i) => cascades[i]!.results().some((r) => r.parent !== null && cascades[i]!.indexOf(r.parent) > cascades[i]!.indexOf(r.id))),
    ).toBe(true);
    const inds = cascades.flatMap((c) => [...c.indicators()].map((x) => x.indicator));
    expect(inds.some((x) => x.baseline !== undefined)).toBe(true);
    expect(inds.some((x) => x.targets !== undefined && Object.values(x.targets).some((v) => typeof v === 'string'))).toBe(true);
    expect(inds.some((x) => x.id !== undefined)).toBe(true);
    expect(some((i) => cascades[i]!.results().some((r) => r.owner !== undefined && r.budget !== undefined && r.notes !== undefined))).toBe(
      true,
    );
    expect(
      some(
        (i) =>
          docs[i]!.csf !== undefined && docs[i]!.context !== undefined && docs[i]!.period !== undefined && docs[i]!.agency !== undefined,
      ),
    ).toBe(true);
    const text = JSON.stringify(docs);
    for (const s of ['<script>', ']]>', '&', '\\n', '\\u0000', '\u0410']) expect(text, s).toContain(s);
  });

  it('honours its options', () => {
    const plain = fc.sample(
      validDocumentArbitrary({
        minResults: 5,
        maxResults: 5,
        levels: 'permenpan-89',
        crosscutting: false,
        extras: false,
        shuffle: false,
        text: 'ascii',
      }),
      { numRuns: 100, seed: 1 },
    );
    for (const d of plain) {
      expect(d.results).toHaveLength(5);
      expect(d.levels).toBe('permenpan-89');
      expect(Object.keys(d).sort()).toEqual(['levels', 'pokin', 'results', 'title']);
      const seen = new Set<string>();
      for (const r of d.results) {
        expect(r.contributesTo).toBeUndefined();
        expect(r.owner ?? r.budget ?? r.notes).toBeUndefined();
        if (r.parent != null) expect(seen.has(r.parent)).toBe(true);
        seen.add(r.id);
        expect(r.statement).toMatch(/^[\x20-\x7e]+$/);
      }
    }
    const strings: string[] = [];
    (function collect(v: unknown): void {
      if (typeof v === 'string') strings.push(v);
      else if (typeof v === 'object' && v !== null) Object.entries(v).forEach(([k, x]) => (strings.push(k), collect(x)));
    })(fc.sample(validDocumentArbitrary({ text: 'printable' }), { numRuns: 200, seed: 3 }));
    // No control characters but tab, LF and CR.
    expect(strings.filter((x) => /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(x))).toEqual([]);
  });
});
