/**
 * Errors of {@link loadWorkspace}: every problem of every document at once, each naming its file.
 *
 * @module
 */
import { PokinError, type CascadeIssue } from '../errors.js';
import type { Locale } from '../renderer.js';

/** A problem of one document (or of the workspace, when `name` is the workspace's own). */
export interface WorkspaceProblem {
  /** The document's name as given to `loadWorkspace` (its file name). */
  readonly name: string;
  /** What is wrong, as the parser reports it (path, code, message). */
  readonly issue: CascadeIssue;
}

/** Documents that do not make a workspace: each problem names its document. */
export class WorkspaceError extends PokinError {
  override name = 'WorkspaceError';
  /** Every problem, by document in input order. */
  readonly problems: readonly WorkspaceProblem[];

  /** @param problems - every problem found */
  constructor(problems: readonly WorkspaceProblem[], locale: Locale = 'en') {
    const id = locale === 'id';
    const lines = problems.slice(0, 50).map((p) => `  ${p.name}${p.issue.path === '' ? '' : `: ${p.issue.path}`}: ${p.issue.message}`);
    if (problems.length > 50) lines.push(id ? `  ... dan ${problems.length - 50} lagi` : `  ... and ${problems.length - 50} more`);
    const head = id
      ? `${problems.length} masalah dalam workspace`
      : `${problems.length} problem${problems.length === 1 ? '' : 's'} in the workspace`;
    super(`@pokin/core loadWorkspace: ${head}\n${lines.join('\n')}`);
    this.problems = Object.freeze([...problems]);
  }
}
