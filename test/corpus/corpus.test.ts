/**
 * Precision and coverage of the review on the annotated corpus (issue 15, section 4).
 *
 * Each tree of `test/corpus/trees/` is reviewed with the default options; every finding is placed
 * on the lines it belongs to and matched against the `# expect: <rule-id>` annotations (see
 * `annotations.ts`). Precision = findings matching an annotation / all findings; coverage =
 * annotations matched by a finding / all annotations. The figures are printed per file and per
 * rule and written to `test/corpus/results.json` (for the docs).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { review } from '@pokin/core';
import { addCounts, countMatch, coverage, matchFindings, precision, type Counts, type FileMatch } from './annotations.js';
import { loadTree, treeFiles, type CorpusTree } from './load.js';

/** The thresholds of issue 15's "Done when". */
const MIN_PRECISION = 0.95;
const MIN_COVERAGE = 0.8;

const RESULTS_JSON = fileURLToPath(new URL('./results.json', import.meta.url));
const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, expected: 0, covered: 0 });

interface Measured {
  tree: CorpusTree;
  match: FileMatch;
  total: Counts;
  byRule: Map<string, Counts>;
}

function measure(): Measured[] {
  return treeFiles().map((name) => {
    const tree = loadTree(name);
    const match = matchFindings(tree.file, review(tree.cascade));
    const { total, byRule } = countMatch(match);
    return { tree, match, total, byRule };
  });
}

const row = (cells: (string | number)[], widths: number[]): string =>
  cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');

describe('the review on the annotated corpus', () => {
  const measured = measure();
  const total = zero();
  const byRule = new Map<string, Counts>();
  for (const m of measured) {
    addCounts(total, m.total);
    for (const [rule, c] of m.byRule) {
      if (!byRule.has(rule)) byRule.set(rule, zero());
      addCounts(byRule.get(rule)!, c);
    }
  }
  const uncovered = measured.flatMap((m) => m.tree.file.uncovered);

  it('prints and records precision and coverage per file and per rule', () => {
    const w = [44, 9, 5, 5, 5, 10, 10];
    const lines = [
      row(['file', 'results', 'TP', 'FP', 'FN', 'precision', 'coverage'], w),
      ...measured.map((m) =>
        row(
          [
            m.tree.file.name,
            [...m.tree.cascade.results()].length,
            m.total.tp,
            m.total.fp,
            m.total.fn,
            pct(precision(m.total)),
            pct(coverage(m.total)),
          ],
          w,
        ),
      ),
      row(['total', '', total.tp, total.fp, total.fn, pct(precision(total)), pct(coverage(total))], w),
      '',
      row(['rule', 'expected', 'TP', 'FP', 'FN', 'precision', 'coverage'], [34, 9, 5, 5, 5, 10, 10]),
      ...[...byRule.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([rule, c]) => row([rule, c.expected, c.tp, c.fp, c.fn, pct(precision(c)), pct(coverage(c))], [34, 9, 5, 5, 5, 10, 10])),
      '',
      `defects no rule names (expect-uncovered): ${uncovered.length}`,
      ...uncovered.map((u) => `  ${u.file}:${u.line}  ${u.text}`),
    ];
    console.log(`\nReview on the annotated corpus\n\n${lines.join('\n')}\n`);

    const json = {
      thresholds: { precision: MIN_PRECISION, coverage: MIN_COVERAGE },
      total: { ...total, precision: round(precision(total)), coverage: round(coverage(total)) },
      files: measured.map((m) => ({
        file: m.tree.file.name,
        results: [...m.tree.cascade.results()].length,
        ...m.total,
        precision: round(precision(m.total)),
        coverage: round(coverage(m.total)),
      })),
      rules: Object.fromEntries(
        [...byRule.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([rule, c]) => [rule, { ...c, precision: round(precision(c)), coverage: round(coverage(c)) }]),
      ),
      uncovered: uncovered.map((u) => ({ file: u.file, line: u.line, text: u.text })),
      falsePositives: measured.flatMap((m) =>
        m.match.findings
          .filter((f) => f.annotation === undefined)
          .map((f) => ({
            file: m.tree.file.name,
            rule: f.finding.rule,
            resultId: f.finding.resultId,
            indicatorIndex: f.finding.indicatorIndex,
            path: f.finding.path,
            line: f.block?.from,
            text: f.block ? m.tree.file.lines[f.block.from - 1]!.trim() : undefined,
            message: f.finding.message,
          })),
      ),
      falseNegatives: measured.flatMap((m) =>
        m.match.missed.map((a) => ({
          file: a.file,
          rule: a.rule,
          line: a.line,
          document: a.document,
          text: m.tree.file.lines[a.line - 1]!.trim(),
        })),
      ),
    };
    writeFileSync(RESULTS_JSON, `${JSON.stringify(json, null, 2)}\n`);
    expect(total.expected).toBeGreaterThan(0);
  });

  it(`reaches precision >= ${MIN_PRECISION * 100} %`, () => {
    expect(precision(total)).toBeGreaterThanOrEqual(MIN_PRECISION);
  });
  it(`reaches coverage >= ${MIN_COVERAGE * 100} %`, () => {
    expect(coverage(total)).toBeGreaterThanOrEqual(MIN_COVERAGE);
  });
});

const round = (x: number): number => Math.round(x * 10000) / 10000;
