/**
 * A js-yaml schema that resolves plain scalars as the yaml package's YAML 1.2 core schema does:
 * the same patterns, tried in the same order, and the same conversions (copied from yaml 2.9,
 * `dist/schema/core/*.js`), so both parsers give the same value for the same text. js-yaml's own
 * core schema differs (it reads `1_000` and `-0x1F` as numbers, `-.5` as text).
 *
 * @module
 */
import { FAILSAFE_SCHEMA, Type } from 'js-yaml';

type Form = readonly [test: RegExp, construct: (text: string) => unknown];

/**
 * A scalar type recognised by its forms, tried in order (js-yaml keeps one type per tag, so the
 * yaml package's three int and three float types are one each here, their forms in its order).
 * `first` is a quick test of the first character: most scalars are statements, which no form takes.
 */
function scalar(tag: string, first: RegExp, ...forms: Form[]): Type {
  // js-yaml calls `construct` right after a `resolve` that succeeded, on the same text.
  let matched: Form | undefined;
  return new Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve(text: string) {
      matched = undefined;
      if (!first.test(text)) return false;
      for (const form of forms) {
        if (form[0].test(text)) {
          matched = form;
          return true;
        }
      }
      return false;
    },
    construct: (text: string) => matched![1](text),
  });
}

/** The yaml package's core schema (YAML 1.2) for js-yaml. */
export const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', /^(?:[~nN]|$)/, [/^(?:~|[Nn]ull|NULL)?$/, () => null]),
    scalar('bool', /^[tTfF]/, [/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']),
    scalar(
      'int',
      /^[-+\d]/,
      [/^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
      [/^[-+]?\d+$/, (s) => parseInt(s, 10)],
      [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
    ),
    scalar(
      'float',
      /^[-+.\d]/,
      [
        /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
        (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY),
      ],
      [/^[-+]?(?:\.\d+|\d+(?:\.\d*)?)[eE][-+]?\d+$/, parseFloat],
      [/^[-+]?(?:\.\d+|\d+\.\d*)$/, parseFloat],
    ),
  ],
});
