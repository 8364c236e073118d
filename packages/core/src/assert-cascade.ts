/**
 * The check at the door of every function that takes a `Cascade`: a document object passed as it
 * was read (`parse(yaml)` without `parseCascade`) gets one clear `UsageError` instead of a
 * `TypeError` from deep inside.
 *
 * @module
 */
import type { Cascade } from './cascade.js';
import { UsageError } from './errors.js';

/**
 * Throws `UsageError` unless `value` is a `Cascade` (of this copy of `@pokin/core` or another: it
 * checks the methods, not the class).
 *
 * @param value - what the caller was given.
 * @param caller - the package and function, for the message: `"@pokin/svg renderSvg"`.
 * @throws `UsageError` naming the caller and what was given.
 */
export function assertCascade(value: unknown, caller: string): asserts value is Cascade {
  const methods = value as Partial<Record<'results' | 'indexOf' | 'toDocument', unknown>> | null;
  if (
    methods !== null &&
    typeof methods === 'object' &&
    typeof methods.results === 'function' &&
    typeof methods.indexOf === 'function' &&
    typeof methods.toDocument === 'function'
  )
    return;
  const given = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'a plain object' : typeof value;
  const hint = given === 'a plain object' ? ': pass the document through parseCascade first' : '';
  throw new UsageError(`${caller}: expected a Cascade (from parseCascade), got ${given}${hint}`);
}
