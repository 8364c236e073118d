/**
 * Public types of the workspace: its documents and the references between them.
 *
 * @module
 */
import type { Cascade } from '../cascade.js';
import type { ContributionStatus } from '../refs.js';

/** One document of a workspace. */
export interface WorkspaceDocument {
  /** The document's `id`, or, when it has none, its name without folder and extension. */
  readonly id: string;
  /** The name it was given under (its file name). */
  readonly name: string;
  /** The document read alone. */
  readonly cascade: Cascade;
  /** True for the Pemda document (the top of the workspace). */
  readonly pemda: boolean;
}

/** What made a link between two results. */
export type WorkspaceLinkKind = 'parent' | 'contributesTo';

/**
 * A reference from a result to a result of another document (`parent: pemda-2026#S2`, or a
 * `contributesTo` entry), resolved or not.
 */
export interface WorkspaceLink {
  /** `parent` or `contributesTo`. */
  readonly kind: WorkspaceLinkKind;
  /** Id of the document holding the reference. */
  readonly document: string;
  /** Id of the result holding it, in that document. */
  readonly result: string;
  /** Position of the result in its document (for `results[i]` paths). */
  readonly index: number;
  /** For `contributesTo`, the entry's position in the list. */
  readonly entry?: number;
  /** The reference as written (`pemda-2026#S2`). */
  readonly ref: string;
  /** The document part of the reference. */
  readonly targetDocument: string;
  /** The result part of the reference. */
  readonly targetResult: string;
  /** True when the workspace holds that result. */
  readonly resolved: boolean;
  /** True when a resolved `parent` was left out because it closed a cycle across documents. */
  readonly cycle?: boolean;
  /** Status of a crosscutting request, when the entry gives one. */
  readonly status?: ContributionStatus;
  /** Reason given with the status. */
  readonly reason?: string;
}

/** Options of {@link loadWorkspace}. */
export interface LoadWorkspaceOptions {
  /**
   * Id of the Pemda document (the top of the workspace).
   * @default the one document that others name as parent and that names no parent itself, if there is exactly one
   */
  readonly pemda?: string;
  /**
   * Title of the workspace (the combined tree's title).
   * @default the Pemda document's title, else "Workspace"
   */
  readonly title?: string;
  /**
   * Documents that are present beside the workspace but not part of it (files of the folder that
   * `pokin.workspace.yaml` does not list), by document id, with their names: a reference to one of
   * them is still unresolved, and its finding says the file exists but is not listed.
   * @default none
   */
  readonly unlisted?: ReadonlyMap<string, string>;
  /**
   * Language of the error messages.
   * @default 'en'
   */
  readonly locale?: 'id' | 'en';
}

/** One input of {@link loadWorkspace}: a document (parsed JSON or YAML) or a cascade, with its name. */
export type WorkspaceInput = { readonly name: string; readonly document: unknown } | { readonly name: string; readonly cascade: Cascade };
