/**
 * What the tests of the quick YAML readers (`yaml-fast.test.ts`, `yaml-plain.test.ts`) share: YAML
 * texts generated with fast-check, and the differential check against the yaml package.
 */
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { stringify } from 'yaml';
import { expect } from 'vitest';
import { parseYamlFull } from '../src/input/yaml-full.js';
import type { ParsedText } from '../src/input/document.js';

type Path = (string | number)[];

/** A quick reader: a text read exactly as the yaml package reads it, or `undefined`. */
export type QuickReader = (text: string) => ParsedText | undefined;

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

/**
 * Whether `read` takes `text`; when it does, the value and the line and column of every path (and
 * of missing ones), at the value and at the key, must be the yaml package's.
 */
export function agrees(read: QuickReader, text: string): boolean {
  const quick = read(text);
  if (quick === undefined) return false;
  const slow = full(text);
  expect(slow, text).not.toBeInstanceOf(Error);
  const { value, locate } = slow as ParsedText;
  expect(quick.value, text).toStrictEqual(value);
  for (const path of [...paths(value), ['missing'], [...paths(value).at(-1)!, 'missing']]) {
    expect(quick.locate(path), `${JSON.stringify(path)} in\n${text}`).toEqual(locate(path));
    expect(quick.locate(path, true), `${JSON.stringify(path)} (key) in\n${text}`).toEqual(locate(path, true));
  }
  return true;
}

/** Scalars as a pokin file holds them, and the ones YAML parsers tend to read differently. */
export const PLAIN = [
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
export const written = fc
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
export const handWritten = fc
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

/** What {@link broken} inserts: indicators, quotes, brackets, line breaks, indentation, markers. */
const INSERTS = [
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

/** Texts of `texts` with one of {@link INSERTS} put in somewhere (or a character taken out). */
export function breaking(texts: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(texts, fc.nat(), fc.constantFrom(...INSERTS)).map(([text, at, insert]) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + insert + text.slice(i + (insert === '' ? 1 : 0));
  });
}

/** How many of `runs` texts `read` took (each read as the yaml package reads it). */
export function takenOf(read: QuickReader, texts: fc.Arbitrary<string>, runs: number): number {
  let taken = 0;
  fc.assert(
    fc.property(texts, (text) => {
      if (agrees(read, text)) taken++;
    }),
    { numRuns: runs },
  );
  return taken;
}

/**
 * Values written by hand in the forms the plain reader knows, and near them: block collections
 * at several indentations (sequences indented or not), compact mappings in items, plain scalars
 * folded over lines, quoted scalars and keys, flow collections on one line or over several as
 * Prettier writes them, comments and empty lines. Not always valid YAML: the yaml package judges.
 */
export const styled = fc.tuple(value, fc.array(fc.nat(), { minLength: 64, maxLength: 64 })).map(([v, choices]) => {
  let n = 0;
  const pick = (k: number): number => choices[n++ % choices.length]! % k;
  const scalarText = (s: unknown): string => {
    if (s === null) return ['', '~', 'null', 'Null'][pick(4)]!;
    if (typeof s === 'number' || typeof s === 'boolean') return String(s);
    if (typeof s !== 'string') throw new Error('not a scalar');
    const form = pick(4);
    if (form === 1) return `'${s.replaceAll("'", "''")}'`;
    if (form === 2) return `"${s}"`;
    return s;
  };
  const key = (k: string): string => (pick(5) === 0 ? `'${k}'` : k);
  const flow = (x: unknown, pad: string): string => {
    if (Array.isArray(x)) return `[${x.map((i) => flow(i, pad)).join(', ')}]`;
    if (typeof x === 'object' && x !== null) {
      const pairs = Object.entries(x).map(([k, i]) => `${key(k)}: ${flow(i, pad)}`);
      if (pairs.length > 1 && pick(3) === 0) return `{\n${pairs.map((p) => `${pad}  ${p},\n`).join('')}${pad}}`;
      return `{ ${pairs.join(', ')} }`;
    }
    return scalarText(x);
  };
  const after = (x: unknown, pad: string): string => {
    const comment = pick(6) === 0 ? ' # note' : '';
    if (typeof x !== 'object' || x === null) {
      const text = scalarText(x);
      // A plain scalar with spaces, folded over deeper lines now and then.
      return pick(4) === 0 && text.includes(' ') ? ` ${text.replace(' ', `\n${pad}  ${pick(2) ? '\n' : ''}`)}` : ` ${text}${comment}`;
    }
    if (pick(3) === 0) return ` ${flow(x, pad)}${comment}`;
    return `${comment}\n${block(x, pad + ' '.repeat(1 + pick(3)), pad)}`;
  };
  const gap = (pad: string): string => ['', '', '\n', `${pad}# c\n`][pick(4)]!;
  const block = (x: unknown, pad: string, parent: string): string => {
    if (Array.isArray(x)) {
      const at = pick(3) === 0 ? parent : pad;
      return x.map((i) => `${gap(at)}${at}-${item(i, `${at}  `)}`).join('\n');
    }
    const pairs = Object.entries(x as object);
    if (pairs.length === 0) return `${pad}{}`;
    return pairs.map(([k, i]) => `${gap(pad)}${pad}${key(k)}:${after(i, pad)}`).join('\n');
  };
  const item = (x: unknown, pad: string): string => {
    const pairs = typeof x === 'object' && x !== null && !Array.isArray(x) ? Object.entries(x) : [];
    if (pairs.length > 0 && pick(2) === 0) return ` ${block(x, pad, pad).slice(pad.length)}`;
    return after(x, pad);
  };
  return `${gap('')}${block(typeof v === 'object' && v !== null ? v : { k: v }, '', '')}\n`;
});
