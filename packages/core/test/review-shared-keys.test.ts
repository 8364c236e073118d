/**
 * The engine's shared-key pass (`shared-keys.ts`) replaces the tables each duplicate rule kept of
 * every key: it must mark exactly the nodes whose key another node has, whatever the order, and the
 * nodes' `keyShared` must agree with comparing every key with every other. Keys are compared by
 * hash first (`stem-table.ts`): two texts must have the same key exactly when their stem sets are
 * equal, whatever the hashes.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defineRule, parseCascade, review } from '@pokin/core';
import { generateDocument } from '@pokin/core/testing';
import { StemTable } from '../src/review/stem-table.js';
import { normalizeStatement } from '../src/review/text.utils.js';
import { contentWords, stemSet, uniqueSorted } from '../src/review/lexicon/tokens.js';
import { keyStems, markShared, readKeys, sameKey } from '../src/review/shared-keys.js';

/** The nodes whose key is not empty and appears more than once, by counting. */
function naive(keys: readonly string[]): boolean[] {
  const count = new Map<string, number>();
  for (const k of keys) count.set(k, (count.get(k) ?? 0) + 1);
  return keys.map((k) => k !== '' && count.get(k)! > 1);
}

/** The pass over keys as numbers (each distinct string its number, the empty one 0). */
function marked(keys: readonly string[]): boolean[] {
  const ids = new Map<string, number>([['', 0]]);
  const key = Int32Array.from(keys, (k) => {
    if (!ids.has(k)) ids.set(k, ids.size);
    return ids.get(k)!;
  });
  return [...markShared(key)].map((m) => m === 1);
}

/** The stem set of a text without its first content word (the whole set when it has one), as the key pass reads it. */
function tailOf(text: string): string {
  const words = contentWords(text);
  return uniqueSorted(words.length > 1 ? words.slice(1) : words).join(' ');
}

describe('review: shared keys', () => {
  it('marks exactly the nodes whose key another has, in any order', () => {
    // Few distinct words, so keys repeat; long lists, so the table's probing wraps around.
    const key = fc
      .array(fc.constantFrom('asn', 'kinerja', 'meningkat', 'layan', '', 'é', 'ingkat asn'), { maxLength: 3 })
      .map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), (keys) => {
        expect(marked(keys)).toEqual(naive(keys));
        const reversed = [...keys].reverse();
        expect(marked(reversed)).toEqual(naive(reversed));
      }),
    );
  });

  it('tells apart keys whose hashes meet (many distinct keys)', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i % 15_000}`);
    expect(marked(keys)).toEqual(naive(keys));
  });

  it('counts values that meet as shared only when their exact keys are equal', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'a b', ''), { maxLength: 50 }), (keys) => {
        // Every non-empty key gets the same value, as if all hashes met.
        const value = Int32Array.from(keys, (k) => (k === '' ? 0 : 7));
        expect([...markShared(value, (i) => keys[i]!)].map((m) => m === 1)).toEqual(naive(keys));
      }),
    );
  });

  it('gives two texts the same key exactly when their stem sets are equal, in any order', () => {
    const word = fc.constantFrom(
      'meningkatnya',
      'peningkatan',
      'kinerja',
      'asn',
      'aparatur',
      'sipil',
      'negara',
      'pegawai',
      'dan',
      'yang',
      'layanan',
      'pelayanan',
      'e',
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.array(word, { maxLength: 8 }).map((ws) => ws.join(' ')),
          { maxLength: 200 },
        ),
        (texts) => {
          for (const order of [texts, [...texts].reverse()]) {
            const keys = readKeys(new StemTable(), order.length, (i) => order[i]!, true);
            const sets = order.map((t) => stemSet(t).join(' '));
            const tails = order.map((t) => {
              const ws = stemSet(t);
              return ws.length === 0 ? '' : tailOf(t);
            });
            expect(naive(sets)).toEqual([...keys.shared].map((m) => m === 1));
            order.forEach((_, i) => {
              expect(keyStems(keys, i, false).join(' ')).toBe(sets[i]);
              expect(keyStems(keys, i, true).join(' ')).toBe(tails[i]);
              expect(keys.hash[i] === 0).toBe(sets[i] === '');
              for (let j = 0; j < i; j++) {
                expect(sameKey(keys, i, false, j, false)).toBe(sets[i] !== '' && sets[i] === sets[j]);
                expect(sameKey(keys, i, true, j, true)).toBe(tails[i] !== '' && tails[i] === tails[j]);
              }
            });
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('reads a text of plain words as written the same as its normalised form', () => {
    const word = fc.constantFrom('Meningkatnya', 'KINERJA', 'asn', 'Aparatur', 'Sipil', 'NEGARA', 'Pegawai', 'dan', 'Layanan', 'e', 'X9');
    fc.assert(
      fc.property(
        fc.array(
          fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' ')),
          { maxLength: 50 },
        ),
        (texts) => {
          // One table reads both forms, in either order: a word first met in capitals is the same word.
          for (const order of [texts.flatMap((t) => [t, normalizeStatement(t)]), texts.flatMap((t) => [normalizeStatement(t), t])]) {
            const table = new StemTable();
            const stems = order.map((t) => {
              const scan = table.readAsWritten(t);
              expect(scan).toBeDefined();
              return [...scan!.ids.subarray(0, scan!.count)].join(' ');
            });
            for (let i = 0; i < order.length; i += 2) expect(stems[i]).toBe(stems[i + 1]);
            // The same stem numbers as reading every text normalised.
            const normal = new StemTable();
            order.forEach((t, i) => {
              normal.read(normalizeStatement(t));
              expect([...normal.scan.ids.subarray(0, normal.scan.count)].join(' ')).toBe(stems[i]);
            });
          }
        },
      ),
    );
  });

  it('reads as written only texts of plain words, and those give the stems of their normalised form', () => {
    const piece = fc.constantFrom('Kinerja', 'ASN', ' ', '  ', '-', ',', 'é', 'aparatur', 'sipil', 'negara', '9');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 10 }).map((ps) => ps.join('')),
        (text) => {
          const plain = /^(?:[A-Za-z0-9]+(?: [A-Za-z0-9]+)*)?$/.test(text);
          const table = new StemTable();
          const scan = table.readAsWritten(text);
          expect(scan !== undefined).toBe(plain);
          if (scan === undefined) return;
          const asWritten = [...scan.ids.subarray(0, scan.count)].join(' ');
          table.read(normalizeStatement(text));
          expect([...table.scan.ids.subarray(0, table.scan.count)].join(' ')).toBe(asWritten);
        },
      ),
    );
  });

  it("a node's keyShared agrees with comparing every key with every other", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 5, max: 60 }), (seed, results) => {
        const doc = generateDocument({ results, maxChildren: 3, indicatorsPerResult: 2, crosscutting: 0.05, seed });
        // Copy a few statements, so that some keys repeat.
        const rs = doc.results as { statement: string; indicators?: { statement: string }[] }[];
        for (let i = 3; i < rs.length; i += 4) {
          rs[i]!.statement = rs[i - 3]!.statement;
          const [a, b] = [rs[i]!.indicators?.[0], rs[i - 2]!.indicators?.[1]];
          if (a !== undefined && b !== undefined) a.statement = b.statement;
        }
        const cascade = parseCascade(doc);
        const check = defineRule({
          meta: { id: 'test/shared', defaultSeverity: 'info', category: 'test', description: { id: 'uji', en: 'test' }, messages: {} },
          create: (context) => ({
            exit() {
              const results = context.results;
              const indicators = results.flatMap((r) => r.indicators);
              expect(results.map((r) => r.keyShared)).toEqual(naive(results.map((r) => r.key)));
              expect(indicators.map((i) => i.keyShared)).toEqual(naive(indicators.map((i) => i.key)));
              // sameStems compares numbers: the same answer as comparing the lists.
              for (const r of results)
                for (const o of [...r.parents, results[0]!, results[results.length - 1]!]) {
                  const same = r.stems.length > 0 && r.stems.join(' ') === o.stems.join(' ');
                  expect(r.sameStems(o)).toBe(same);
                }
            },
          }),
        });
        review(cascade, { plugins: [check] });
      }),
      { numRuns: 20 },
    );
  });
});
