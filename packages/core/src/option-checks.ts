/**
 * The checks renderers run on their options, each `UsageError` naming the caller, so that the same
 * mistake reads the same in every package.
 *
 * @module
 */
import { UsageError } from './errors.js';

/** The option checks of one caller. @internal */
export interface OptionChecks {
  /** Throws a `UsageError` reading "caller: message". */
  readonly fail: (message: string) => never;
  /** A boolean option: `undefined` gives `fallback`; a value of another type throws. */
  readonly flag: (name: string, value: boolean | undefined, fallback: boolean) => boolean;
}

/**
 * The option checks of `caller` (the package and function, e.g. `@pokin/pdf renderPdf`).
 * Renderer plumbing. @internal
 */
export function optionChecks(caller: string): OptionChecks {
  const fail = (message: string): never => {
    throw new UsageError(`${caller}: ${message}`);
  };
  const flag = (name: string, value: boolean | undefined, fallback: boolean): boolean => {
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') fail(`${name} must be a boolean, got ${JSON.stringify(value)}`);
    return value;
  };
  return { fail, flag };
}
