/**
 * The line reader of plain YAML (`yaml-plain.ts`) against the yaml package, with the properties of
 * `yaml-fast.test.ts`: whenever it takes a text, both give deep-equal values and the same line and
 * column for every path, at the value and at the key. It must take most hand-written texts and
 * every example file, and decline what it does not know.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readYamlPlain } from '../src/input/yaml-plain.js';
import { propertyRuns } from '../../../test/support/runs.js';
import { ROOT } from './support.js';
import { agrees as agreesWith, breaking, handWritten, styled, takenOf, written } from './yaml-texts.js';

const agrees = (text: string): boolean => agreesWith(readYamlPlain, text);

/** Every `.yaml` file under `examples/`. */
function exampleFiles(dir = join(ROOT, 'examples')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : exampleFiles(path);
    return entry.name.endsWith('.yaml') ? [path] : [];
  });
}

describe('the plain YAML reader', () => {
  it('reads hand-written plain scalars, comments and empty values as the yaml package does, and takes most of them', () => {
    const runs = propertyRuns(300);
    expect(takenOf(readYamlPlain, handWritten, runs)).toBeGreaterThan(runs / 2);
  });

  it('reads generated documents as the yaml package does, when it takes them', () => {
    // Most of them hold a block scalar, a quoted scalar over several lines or with an escape, or
    // are a lone scalar: declined, which is fine. Half of them have CRLF line breaks.
    const runs = propertyRuns(400);
    expect(takenOf(readYamlPlain, written, runs)).toBeGreaterThan(runs / 20);
  });

  it('reads documents written in its forms, and near them, as the yaml package does', () => {
    const runs = propertyRuns(400);
    expect(takenOf(readYamlPlain, styled, runs)).toBeGreaterThan(runs / 4);
  });

  it('takes nothing the yaml package reads differently or refuses, with a character put in or taken out', () => {
    fc.assert(
      fc.property(breaking(fc.oneof(written, handWritten, styled, styled)), (text) => {
        agrees(text);
      }),
      { numRuns: propertyRuns(600) },
    );
  });

  it('reads every example file, with its lines', () => {
    const files = exampleFiles();
    expect(files.map((f) => f.slice(ROOT.length))).toContain('examples/bkpsdm/pokin.yaml');
    for (const file of files) expect(agrees(readFileSync(file, 'utf8')), file).toBe(true);
  });

  it('reads the example saved with Windows line breaks (CRLF), with the same lines and columns', () => {
    const text = readFileSync(join(ROOT, 'examples/bkpsdm/pokin.yaml'), 'utf8').replaceAll('\n', '\r\n');
    expect(agrees(text)).toBe(true);
  });

  it('reads the forms agencies write', () => {
    const texts = [
      'period: { start: 2025, end: 2029 }\nyears: [2025, 2026]\nempty: []\nnone: {}\n',
      "a: 'it''s' # note\nb: \"say 'hi'\"\nc:   \nd: # nothing\ne: x,y [z] {w}\nf: a#b\n",
      'list:\n- a\n- b:\n    c: 1\n-   d\nnext: 1\n',
      '-\n  a: 1\n-\n- - \n'.replace('- - \n', '- x\n'),
      '# head\n\n  # indented comment\nresults:\n  # first\n  - id: A\n    indicators:\n      - id: A.1\n        targets: { 2025: 10, 2026: 12.5 }\n    parent:\n',
      "2025: a\n1e3: b\n0x1F: c\ntrue: d\n\"null\": e\n'1e4': f\n'': g\n",
      "targets:\n  '2025': 236.66\n  \"2026\": 240\nyears: { '2025': 1, \"b c\": 2 }\n- 'a': 1\n".replace('- ', 'list:\n  - '),
      '  indented: 1\n  root: 2\n',
      'a: -5\nb: -.5\nc: --x\nd: 12:30\ne: http://x.y/z\nf: ...\ng: \u00a0x\u00a0\n',
      'a: [\'x, y\', "z", -1, .inf, ~]\n',
      // nested, over several lines, a comma at the end (as Prettier writes them)
      'a: [1, [2, { b: [] }], {}]\nc: { d: { e: 1 }, f: [x] }\n',
      "owner:\n  {\n    name: 'Dr. A, S.Sos.',\n    nip: '1972',\n  }\nlevels:\n  - { key: t, label: { id: T, en: G } }\n  - [\n      1,\n\n      2,\n    ]\n",
    ];
    for (const text of texts) expect(agrees(text), text).toBe(true);
  });

  it('reads plain scalars continued on deeper lines as the yaml package folds them', () => {
    const texts = [
      'a: one\n  two\n\n\n   three  \nb: x\n',
      '- one\n two\n- b: three\n   four\n  c: 1\n',
      'a:\n- one\n  two\n',
      'a: 1\n  2\n',
    ];
    for (const text of texts) expect(agrees(text), text).toBe(true);
  });

  it('declines what it does not know', () => {
    const texts = [
      // anchors, aliases, tags, merge keys, directives, explicit keys (the yaml-fast pre-check)
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a:\n  <<: {b: 1}\n',
      '%YAML 1.2\n---\na: 1\n',
      '? a\n: b\n',
      // block scalars, continuation lines after a comment or not plain, multi-line quoted and flow
      'a: |\n  text\n',
      'a: >-\n  text\n',
      'a: one # note\n  two\n',
      'a: one\n  # note\n  two\n',
      'a: one\n  two # note\n',
      'a: one\n  two: x\n',
      'a: one\n  - two\n',
      "a: one\n  'two'\n",
      'a:\n  one\n',
      "a: 'one\n  two'\n",
      'a: [1,\n2]\n',
      'a:\n  - [1,\n  2]\n',
      'a: [one\n  two]\n',
      'a: [1, # note\n  2]\n',
      'a: {b:\n  1}\n',
      // document markers, a lone CR, tabs, a BOM
      '---\na: 1\n',
      'a: 1\n...\n',
      'a: 1\rb: 2\n',
      'a:\n\t- 1\n',
      '\ufeffa: 1\n',
      // duplicate keys, also once resolved, and keys it does not know
      'a: 1\na: 2\n',
      '1e3: a\n1000: b\n',
      'p: { a: 1, a: 2 }\n',
      "'2025': 1\n2025: 2\n",
      "'a':b\n",
      "'a' : 1\n",
      'a b : 1\n',
      'a:b: 1\n',
      'null: 1\n',
      '~: 1\n',
      // values with `: `, ending with `:`, or starting with an indicator
      'a: b: c\n',
      'a: b:\n',
      'a: - b\n',
      'a: %\n',
      'a: @x\n',
      'a: `x`\n',
      'a: ,x\n',
      // flow forms it does not know, escapes
      'a: [1, , 2]\n',
      'a: [, 2]\n',
      'a: [a: 1]\n',
      'a: {b}\n',
      'a: {[b]: 1}\n',
      'a: {b:1}\n',
      'a: {"b":1}\n',
      'a: [1] x\n',
      'a: "x\\ty"\n',
      // nested compact sequences, a root that is not a collection, bad indentation
      '- - a\n',
      'just text\n',
      '[1, 2]\n',
      'a: 1\n b: 2\n',
      'a:\n  - x\n  b: 1\n',
      '- a\nb: 1\n',
    ];
    for (const text of texts) expect(readYamlPlain(text), JSON.stringify(text)).toBeUndefined();
  });
});
