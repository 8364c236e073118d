/**
 * The quick YAML reader (js-yaml) against the yaml package: whenever the quick reader takes a
 * text, both give deep-equal values and the same line and column for every path; texts it is not
 * sure of (anchors, tags, syntax errors, ...) are left to the yaml package.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readYamlFast } from '../src/input/yaml-fast.js';
import { agrees as agreesWith, breaking, handWritten, takenOf, written } from './yaml-texts.js';

const agrees = (text: string): boolean => agreesWith(readYamlFast, text);

describe('the quick YAML reader', () => {
  it('reads generated documents as the yaml package does', () => {
    expect(takenOf(readYamlFast, written, 400)).toBeGreaterThan(200);
  });

  it('reads hand-written plain scalars, comments and empty values as the yaml package does', () => {
    expect(takenOf(readYamlFast, handWritten, 300)).toBeGreaterThan(100);
  });

  it('leaves to the yaml package what it might read differently, or refuse', () => {
    fc.assert(
      fc.property(breaking(fc.oneof(written, handWritten)), (text) => {
        agrees(text);
      }),
      { numRuns: Number(process.env.RUNS ?? 600) },
    );
    // Found by this property (seed 510213243): the yaml package refuses a `#` right after `,`.
    agrees('[\n  false,\n  { "  ": [] },\n  [],#\n  { "statement": { "1e3": "aaaaaa" } }\n]\n');
    // The same after an opening bracket or brace, or a flow mapping's colon.
    for (const text of ['{#\n"a": 1}\n', '[#\n1]\n', '{"a":#\n 1}\n', '- [#\n  1]\n']) agrees(text);
  });

  it('leaves anchors, aliases, tags, merge keys, directives and tabs to the yaml package', () => {
    for (const text of [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a:\n  <<: {b: 1}\n',
      '%YAML 1.1\n---\na: yes\n',
      'a:\n\t- 1\n',
      '? a\n: b\n',
    ]) {
      expect(readYamlFast(text), text).toBeUndefined();
    }
  });

  it('reads multi-line scalars, document markers, quoted keys and CRLF as the yaml package does', () => {
    const texts = [
      'a: one\n  two\n\n  three\nb: >\n  folded\n  text\n\n  more\nc: |+\n  kept\n\nd: x\n',
      '---\n"quoted key": 1\n\'single\': [a, "b c", {d: e}]\n',
      '# comment\r\nresults:\r\n  - id: A # note\r\n    statement: "x\\ty \\u00e9"\r\n  - id: B\r\n    parent:\r\n',
      'list:\n- a\n- b:\n    c: 1\n-   d\n',
    ];
    for (const text of texts) expect(agrees(text), text).toBe(true);
  });

  it('reads the example, with its lines', () => {
    const text = readFileSync(new URL('../../../examples/bkpsdm/pokin.yaml', import.meta.url), 'utf8');
    expect(agrees(text)).toBe(true);
  });
});
