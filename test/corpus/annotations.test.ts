/**
 * The corpus annotations themselves: every tree parses, names its agency type in a header
 * comment, has 20 to 120 results, and every `# expect:` annotation names a rule of
 * `REVIEW_RULES` and sits inside a block a finding can belong to (a result, an indicator, the
 * Langkah 1/2 parts or the document header).
 */
import { describe, expect, it } from 'vitest';
import { REVIEW_RULES } from '@pokin/core';
import { matchFindings, readCorpusFile } from './annotations.js';
import { loadTree, treeFiles } from './load.js';

const RULE_IDS = new Set(REVIEW_RULES.map((r) => r.id));

describe('the annotated corpus', () => {
  const files = treeFiles();

  it('has at least eight trees', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  describe.each(files)('%s', (name) => {
    const tree = loadTree(name); // throws, naming the file and the problems, when it does not parse

    it('names the agency type and what it exercises in a header comment', () => {
      const header = tree.file.header.join('\n');
      expect(header).toMatch(/Agency type:/);
      expect(header).toMatch(/Exercises:/);
    });

    it('has 20 to 120 results', () => {
      const n = [...tree.cascade.results()].length;
      expect(n).toBeGreaterThanOrEqual(20);
      expect(n).toBeLessThanOrEqual(120);
    });

    it('annotates only rule ids of REVIEW_RULES', () => {
      const unknown = tree.file.annotations.filter((a) => !RULE_IDS.has(a.rule)).map((a) => `${a.rule} (line ${a.commentLine})`);
      expect(unknown).toEqual([]);
    });

    it('places every annotation where a finding can match it', () => {
      const f = tree.file;
      const blocks = [...f.resultBlocks.values()];
      for (const key of ['context', 'csf']) {
        const b = f.pathBlock(key);
        if (b) blocks.push(b);
      }
      const stray = f.annotations
        .filter((a) => !a.document && !blocks.some((b) => a.line >= b.from && a.line <= b.to))
        .map((a) => `${a.rule} (line ${a.commentLine})`);
      expect(stray).toEqual([]);
    });
  });
});

describe('matching findings to annotations', () => {
  const text = [
    '# expect: owner-missing',
    'pokin: 1',
    'title: T',
    'results:',
    '  - id: A',
    '    level: goal',
    '    statement: Optimalnya X  # expect: pseudo-outcome',
    '    indicators:',
    '      - { statement: Jumlah kegiatan, unit: kegiatan }  # expect: activity-indicator',
    '      # expect: unit-vague',
    '      - { statement: Indeks Y, unit: Nilai/Skor }',
  ].join('\n');
  const file = readCorpusFile('t.yaml', text);

  it('reads end-of-line, full-line and header annotations', () => {
    expect(file.annotations.map((a) => [a.rule, a.line, a.document])).toEqual([
      ['owner-missing', 1, true],
      ['pseudo-outcome', 7, false],
      ['activity-indicator', 9, false],
      ['unit-vague', 11, false],
    ]);
  });

  it("matches by rule id inside the finding's block, one finding per annotation", () => {
    const m = matchFindings(file, [
      { rule: 'pseudo-outcome', message: '', resultId: 'A' },
      { rule: 'pseudo-outcome', message: '', resultId: 'A' }, // the same cause twice: one false positive
      { rule: 'activity-indicator', message: '', resultId: 'A', indicatorIndex: 1 }, // wrong indicator
      { rule: 'unit-vague', message: '', resultId: 'A', indicatorIndex: 1 },
      { rule: 'owner-missing', message: '' },
    ]);
    expect(m.findings.map((f) => f.annotation?.rule ?? null)).toEqual(['pseudo-outcome', null, null, 'unit-vague', 'owner-missing']);
    expect(m.missed.map((a) => a.rule)).toEqual(['activity-indicator']);
  });
});

describe('a finding on a CSF entry that names its result', () => {
  const text = [
    'pokin: 1',
    'title: T',
    'csf:',
    '  - problem: P',
    '    desiredCondition: D  # expect: csf-result-mismatch',
    '    result: A',
    'results:',
    '  - { id: A, level: goal, statement: S }',
  ].join('\n');
  const file = readCorpusFile('t.yaml', text);

  it('matches an annotation on the CSF entry as well as on the result', () => {
    const m = matchFindings(file, [{ rule: 'csf-result-mismatch', message: '', resultId: 'A', path: 'csf[0].result' }]);
    expect(m.findings[0]!.annotation?.line).toBe(5);
  });
});
