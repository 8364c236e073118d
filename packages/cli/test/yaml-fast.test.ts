/**
 * The quick YAML reader (js-yaml) against the yaml package: whenever the quick reader takes a
 * text, both give deep-equal values and the same line and column for every path; texts it is not
 * sure of (anchors, tags, syntax errors, ...) are left to the yaml package.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readYamlFast } from '../src/input/yaml-fast.js';
import { parseYamlFull } from '../src/input/yaml-full.js';
import type { ParsedText } from '../src/input/document.js';

type Path = (string | number)[];

/** Every path of a value, the root included. */
function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

function full(text: string): ParsedText | Error {
  try {
    return parseYamlFull(text, 'x.yaml');
  } catch (e) {
    return e as Error;
  }
}

/** The quick reader either leaves the text, or reads it as the yaml package does. */
function agrees(text: string): boolean {
  const fast = readYamlFast(text);
  if (fast === undefined) return false;
  const slow = full(text);
  expect(slow, text).not.toBeInstanceOf(Error);
  const { value, locate } = slow as ParsedText;
  expect(fast.value, text).toStrictEqual(value);
  for (const path of [...paths(value), ['missing'], [...paths(value).at(-1)!, 'missing']]) {
    expect(fast.locate(path), `${JSON.stringify(path)} in\n${text}`).toEqual(locate(path));
    expect(fast.locate(path, true), `${JSON.stringify(path)} (key) in\n${text}`).toEqual(locate(path, true));
  }
  return true;
}

/** Scalars as a pokin file holds them, and the ones YAML parsers tend to read differently. */
const PLAIN = [
  ...['1e3', '0x1F', '.5', '-.5', '078', '0o17', '+12', '-0', '1_000', '1.', '1.50', '6.02e+23', '-0x1F', '12:30', '2024-01-01'],
  ...['yes', 'no', 'on', 'off', 'Yes', 'TRUE', 'True', 'false', 'null', 'Null', 'NULL', '~', '.inf', '-.Inf', '.NaN', '.nan'],
  ...['Persentase ASN (%)', 'a: b', 'a #b', 'a# b', 'Ümit çağ', '仕事 🚀', "it's", 'say "hi"', 'x,y', '- item', 'key:', '@x', '`x'],
];
const scalar = fc.oneof(
  fc.constantFrom(...PLAIN),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('a', ' ', ':', '#', '-', "'", '"', '\n', 'é', '%', ',', '[', '{', '0', '.', 'e') }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
);
const key = fc.oneof(
  fc.constantFrom('id', 'statement', 'results', 'satuan', '2025', '1e3', 'a b', 'é'),
  fc.string({ minLength: 1, maxLength: 6 }),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
})).node;

/** A value written out in one of several styles, by either library. */
const written = fc
  .tuple(
    value,
    fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
    fc.constantFrom(0, 1, 2, 8),
    fc.constantFrom(20, 80),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([v, style, flowLevel, lineWidth, jsYaml, crlf]) => {
    const text = jsYaml
      ? dump(v, { lineWidth, flowLevel: flowLevel === 8 ? -1 : flowLevel, noRefs: true })
      : stringify(v, {
          defaultStringType: style as 'PLAIN',
          lineWidth,
          minContentWidth: 0,
          ...(flowLevel === 0 ? { collectionStyle: 'flow' } : {}),
        });
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

/** Plain scalars written by hand, in block and flow collections, with comments and empty values. */
const handWritten = fc
  .array(
    fc.tuple(key, fc.constantFrom(...PLAIN, ''), fc.constantFrom('', '  # note', '\n  # note'), fc.constantFrom('map', 'seq', 'flow')),
    {
      minLength: 1,
      maxLength: 6,
    },
  )
  .map((lines) =>
    lines
      .map(([k, v, comment, form], i) =>
        form === 'map'
          ? `k${i}${k.replace(/[^a-z0-9]/gi, '')}: ${v}${comment}`
          : form === 'seq'
            ? `k${i}:\n  - ${v}${comment}\n  - x`
            : `k${i}: [${v.replace(/[,[\]{}]/g, '')}, y]`,
      )
      .join('\n'),
  );

/** How many of `runs` texts the quick reader took (each read as the yaml package reads it). */
function takenOf(texts: fc.Arbitrary<string>, runs: number): number {
  let taken = 0;
  fc.assert(
    fc.property(texts, (text) => {
      if (agrees(text)) taken++;
    }),
    { numRuns: runs },
  );
  return taken;
}

describe('the quick YAML reader', () => {
  it('reads generated documents as the yaml package does', () => {
    expect(takenOf(written, 400)).toBeGreaterThan(200);
  });

  it('reads hand-written plain scalars, comments and empty values as the yaml package does', () => {
    expect(takenOf(handWritten, 300)).toBeGreaterThan(100);
  });

  it('leaves to the yaml package what it might read differently, or refuse', () => {
    const inserts = [
      ':',
      '-',
      '#',
      "'",
      '"',
      '[',
      ']',
      '{',
      '}',
      ',',
      '\n',
      ' ',
      '  ',
      '? ',
      '|',
      '>',
      '|-',
      '@',
      '`',
      '---\n',
      '...\n',
      '\\',
      '\r',
      '',
    ];
    const broken = fc.tuple(fc.oneof(written, handWritten), fc.nat(), fc.constantFrom(...inserts)).map(([text, at, insert]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(i + (insert === '' ? 1 : 0));
    });
    fc.assert(
      fc.property(broken, (text) => {
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
