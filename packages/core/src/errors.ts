/**
 * Typed errors. Messages start with the package and function, so a log line says where it came
 * from (as graphology's errors do).
 *
 * @module
 */

/** Kinds of problem that {@link CascadeError} reports. */
export type CascadeIssueCode =
  | 'schema'
  | 'unknown-key'
  | 'version'
  | 'duplicate-id'
  | 'duplicate-indicator-id'
  | 'missing-parent'
  | 'missing-contributes-to'
  | 'self-reference'
  | 'cycle'
  | 'unknown-level'
  | 'unknown-level-preset'
  | 'duplicate-level'
  | 'level-order'
  | 'missing-csf-result'
  | 'not-data'
  | 'too-many-issues';

/** One problem found in a document. */
export interface CascadeIssue {
  /** What kind of problem it is. */
  readonly code: CascadeIssueCode;
  /** Where: a path such as `results[3].parent` (empty for the document itself). */
  readonly path: string;
  /** The same place as segments, e.g. `['results', 3, 'parent']`, for mapping to a line. */
  readonly segments: readonly (string | number)[];
  /** What is wrong, in English. */
  readonly message: string;
}

/** Base class of every error that pokin throws. */
export class PokinError extends Error {
  override name = 'PokinError';
}

/** A programmer mistake such as asking for a result id that is not in the cascade. */
export class NotFoundError extends PokinError {
  override name = 'NotFoundError';
}

/** A function was called with an argument it cannot use. */
export class UsageError extends PokinError {
  override name = 'UsageError';
}

/** Formats path segments as `results[3].indicators[0].unit`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out === '' ? String(s) : `.${String(s)}`;
  }
  return out;
}

/**
 * A document that is not a valid cascade. `issues` lists every schema and structural problem at
 * once, each with its path, so a user can fix them all in one go.
 */
export class CascadeError extends PokinError {
  override name = 'CascadeError';
  /** Every problem found, in document order. */
  readonly issues: readonly CascadeIssue[];

  constructor(issues: readonly CascadeIssue[], source = '@pokin/core parseCascade') {
    const n = issues.length;
    const short = (path: string): string => (path.length > 200 ? `${path.slice(0, 200)}...` : path);
    const lines = issues.slice(0, 50).map((i) => `  ${short(i.path) || '(document)'}: ${i.message}`);
    if (n > 50) lines.push(`  ... and ${n - 50} more`);
    super(`${source}: ${n} problem${n === 1 ? '' : 's'} in the document\n${lines.join('\n')}`);
    this.issues = Object.freeze([...issues]);
  }
}
