/**
 * Plain scalars as the yaml package's YAML 1.2 core schema resolves them: the same patterns, tried
 * in the same order, and the same conversions (copied from yaml 2.9, `dist/schema/core/*.js`), so
 * every quick reader gives the same value as the yaml package for the same text. Used by the
 * js-yaml schema (`yaml-fast-schema.ts`) and the line reader (`yaml-plain.ts`).
 *
 * @module
 */

/** One written form of a type: the pattern that recognises it and the conversion of the text. */
export type CoreForm = readonly [test: RegExp, construct: (text: string) => number | boolean | null];

/**
 * A core schema type: its tag's last part, a quick test of the first character (most scalars are
 * statements, which no form takes) and its forms, in the yaml package's order (its three int and
 * three float types are one each here).
 */
export interface CoreType {
  /** The last part of its tag (`tag:yaml.org,2002:int`). */
  readonly tag: 'null' | 'bool' | 'int' | 'float';
  /** What a scalar of this type may start with. */
  readonly first: RegExp;
  /** Its forms, tried in order. */
  readonly forms: readonly CoreForm[];
}

/** The core schema's types, in the order the yaml package tries them. */
export const CORE_TYPES: readonly CoreType[] = [
  { tag: 'null', first: /^(?:[~nN]|$)/, forms: [[/^(?:~|[Nn]ull|NULL)?$/, () => null]] },
  { tag: 'bool', first: /^[tTfF]/, forms: [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']] },
  {
    tag: 'int',
    first: /^[-+\d]/,
    forms: [
      [/^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
      [/^[-+]?\d+$/, (s) => parseInt(s, 10)],
      [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
    ],
  },
  {
    tag: 'float',
    first: /^[-+.\d]/,
    forms: [
      [
        /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
        (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY),
      ],
      [/^[-+]?(?:\.\d+|\d+(?:\.\d*)?)[eE][-+]?\d+$/, parseFloat],
      [/^[-+]?(?:\.\d+|\d+\.\d*)$/, parseFloat],
    ],
  },
];

/** What a scalar of one of {@link CORE_TYPES} starts with (a statement seldom does). */
const TYPED_FIRST = /^(?:[~nNtTfF+\-.\d]|$)/;

/** The value of a plain (unquoted) scalar: null, a boolean, a number, or the text itself. */
export function resolvePlainScalar(text: string): string | number | boolean | null {
  if (!TYPED_FIRST.test(text)) return text;
  for (const type of CORE_TYPES) {
    if (!type.first.test(text)) continue;
    for (const [test, construct] of type.forms) if (test.test(text)) return construct(text);
  }
  return text;
}
