/**
 * A js-yaml schema that resolves plain scalars as the yaml package's YAML 1.2 core schema does,
 * with the patterns and conversions of `yaml-core-scalars.ts`, so both parsers give the same value
 * for the same text. js-yaml's own core schema differs (it reads `1_000` and `-0x1F` as numbers,
 * `-.5` as text).
 *
 * @module
 */
import { FAILSAFE_SCHEMA, Type } from 'js-yaml';
import { CORE_TYPES, type CoreForm, type CoreType } from './yaml-core-scalars.js';

/** A js-yaml type recognised by a core type's forms, tried in order (js-yaml keeps one type per tag). */
function scalar({ tag, first, forms }: CoreType): Type {
  // js-yaml calls `construct` right after a `resolve` that succeeded, on the same text.
  let matched: CoreForm | undefined;
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
export const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: CORE_TYPES.map(scalar) });
