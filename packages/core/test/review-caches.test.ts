/**
 * Small caches of the review's text helpers: the first words of the statement asked last, the
 * form of a statement head (classified once per head), the type of a position named by an owner (read once per position) and the texts beyond
 * ASCII of the result or indicator visited last. A cached answer must
 * be the answer computed afresh, whatever the order of the questions.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCascade, review } from '@pokin/core';
import { generateDocument } from '@pokin/core/testing';
import { POSITION_PATTERNS } from '../src/review/lexicon/words.js';
import { positionTypeOf } from '../src/review/rules/owner-tier-mismatch/index.js';
import { classifyHead, leadingWords, statementForm } from '../src/review/text.utils.js';

const HEADS = ['meningkatnya', 'tersedianya', 'pelaksanaan', 'rendahnya', 'kurangnya', 'meningkatkan', 'mengelola', 'kualitas', 'menurun'];
const REST = ['', ' kasus', ' kinerja asn', ' data'];

describe('review: caches of the text helpers', () => {
  it('classifies a statement head the same in any order, alone or before other words', () => {
    const text = fc.tuple(fc.constantFrom(...HEADS), fc.constantFrom(...REST)).map(([h, r]) => h + r);
    fc.assert(
      fc.property(fc.array(text, { maxLength: 40 }), (texts) => {
        for (const t of texts) {
          const sp = t.indexOf(' ');
          const head = sp < 0 ? t : t.slice(0, sp);
          const f = statementForm(t);
          expect(f.head).toBe(head);
          const fresh = classifyHead(head, sp < 0 ? undefined : '');
          // A problem word is a problem only before a negative noun ("kurangnya kasus" is not).
          if (fresh !== 'problem') expect(f.form).toBe(fresh);
          else expect(['problem', 'other']).toContain(f.form);
        }
      }),
    );
  });

  it('gives the first four words of a statement, the same in any order of questions', () => {
    // Normalised statements: words of letters and digits, single spaces.
    const word = fc.constantFrom('jumlah', 'persentase', 'asn', 'yang', 'dan', 'kinerja', 'a', '2025');
    const text = fc.array(word, { maxLength: 7 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 30 }), (texts) => {
        // Each text asked once, then again at once, then all again in reverse.
        for (const t of [...texts.flatMap((x) => [x, x]), ...texts.reverse()]) {
          const fresh = t === '' ? [] : t.split(' ').slice(0, 4);
          expect(leadingWords(t)).toEqual(fresh);
        }
      }),
    );
  });

  it('reads the type of a position the same in any order, stated types first', () => {
    const position = fc.constantFrom(
      'Kepala Dinas',
      'kepala bidang',
      ' Sekretaris ',
      'Kepala Seksi Data',
      'Analis Kebijakan',
      'Camat',
      '',
      'Staf',
    );
    const owner = fc.record({ position, positionType: fc.constantFrom(undefined, '', 'pengawas') }, { requiredKeys: ['position'] });
    fc.assert(
      fc.property(fc.array(owner, { maxLength: 30 }), (owners) => {
        for (const o of [...owners, ...owners.reverse()]) {
          const p = o.position.slice(0, 120).toLowerCase().trim();
          const fresh = o.positionType ? o.positionType : p === '' ? undefined : POSITION_PATTERNS.find(([re]) => re.test(p))?.[1];
          expect(positionTypeOf(o)).toBe(fresh);
        }
      }),
    );
  });

  it('finds the characters beyond ASCII of each node, the same reviewed in any order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 3, max: 25 }), (seed, results) => {
        const doc = generateDocument({ results, maxChildren: 3, indicatorsPerResult: 2, seed });
        const rs = doc.results as { statement: string; indicators?: { statement: string; unit?: string }[] }[];
        // Look-alike letters and a stray character, on some results and indicators.
        rs.forEach((r, i) => {
          if (i % 3 === 0) r.statement = `${r.statement} Кinerja`;
          const ind = r.indicators?.[i % 2];
          if (ind !== undefined && i % 2 === 0) ind.unit = 'рersen\u200b';
        });
        const rules = { 'suspicious-character': 'warning', 'mixed-script': 'warning' } as const;
        const only = (c: ReturnType<typeof parseCascade>) =>
          review(c, { rules }).filter((d) => d.rule === 'suspicious-character' || d.rule === 'mixed-script');
        const cascade = parseCascade(doc);
        const first = only(cascade);
        expect(first.length).toBeGreaterThan(0);
        // The same records again, then in reverse order: the paths follow each review's own order.
        expect(only(cascade)).toEqual(first);
        const reversed = parseCascade({ ...doc, results: [...rs].reverse().map((r) => ({ ...r, parent: undefined })) });
        const again = only(reversed);
        expect(again.map((d) => d.resultId).sort()).toEqual(first.map((d) => d.resultId).sort());
        const ids = reversed.results().map((r) => r.id);
        for (const d of again) expect(ids[Number(/^results\[(\d+)\]/.exec(d.path!)![1])]).toBe(d.resultId);
      }),
      { numRuns: 15 },
    );
  });
});
