/**
 * What the main thread and a {@link loadVersions} worker send each other: the job, and the packed
 * version or the error as plain data that rebuilds into the same error class.
 *
 * @module
 */
import { CliUsageError, InputError, InputErrors, type Place } from '../errors.js';
import type { Text } from '../messages/index.js';
import type { LoadOptions } from './formats.js';
import type { PackedVersion } from './versions-pack.js';

/** The job of one worker. */
export interface VersionsJob {
  readonly file: string;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly load: LoadOptions;
}

type InputErrorData = { readonly file: string; readonly text: Text | string; readonly place: Place; readonly kind: string };

/** An error as plain data. */
export type ErrorData =
  | { readonly type: 'input'; readonly error: InputErrorData }
  | { readonly type: 'inputs'; readonly errors: readonly InputErrorData[] }
  | { readonly type: 'usage'; readonly text: Text | string }
  | { readonly type: 'other'; readonly name: string; readonly message: string };

/** A worker's answer. */
export type VersionsReply = { readonly packed: PackedVersion } | { readonly error: ErrorData };

const inputData = (e: InputError): InputErrorData => ({ file: e.file, text: e.text, place: e.place, kind: e.kind });
const inputError = (d: InputErrorData) => new InputError(d.file, d.text, d.place, d.kind);

/** The error as plain data. */
export function errorData(e: unknown): ErrorData {
  if (e instanceof InputError) return { type: 'input', error: inputData(e) };
  if (e instanceof InputErrors) return { type: 'inputs', errors: e.errors.map(inputData) };
  if (e instanceof CliUsageError) return { type: 'usage', text: e.text };
  return e instanceof Error ? { type: 'other', name: e.name, message: e.message } : { type: 'other', name: 'Error', message: String(e) };
}

/** The error again, of the class it was thrown as. */
export function fromErrorData(d: ErrorData): Error {
  switch (d.type) {
    case 'input':
      return inputError(d.error);
    case 'inputs':
      return new InputErrors(d.errors.map(inputError));
    case 'usage':
      return new CliUsageError(d.text);
    default: {
      const e = new Error(d.message);
      e.name = d.name;
      return e;
    }
  }
}
