/**
 * The {@link Workspace}: the documents of one Pemda read together.
 *
 * @module
 */
import type { Cascade } from '../cascade.js';
import { splitRef } from '../refs.js';
import type { ResultRecord } from '../result.js';
import { qualify } from './combine.js';
import type { WorkspaceDocument, WorkspaceLink } from './types.js';

/** A result located in its document. */
export interface LocatedResult {
  /** Its document. */
  readonly document: WorkspaceDocument;
  /** The record as its document hands it out (local ids). */
  readonly record: ResultRecord;
}

/**
 * Many documents as one system: the Pemda tree with the agencies' trees beneath it. Made by
 * `loadWorkspace`. `cascade` is the combined tree, whose ids are qualified (`dinkes-2026#IM3`),
 * so `ws.cascade.ancestors('dinkes-2026#IM3')` reaches the Pemda's tujuan.
 */
export class Workspace {
  /** Title of the workspace. */
  readonly title: string;
  /** The documents, the Pemda document first, then in input order. */
  readonly documents: readonly WorkspaceDocument[];
  /** The combined cascade: every result under its qualified id, references across documents resolved. */
  readonly cascade: Cascade;
  /** Every reference from one document to another (`parent` and `contributesTo`), resolved or not, in document order. */
  readonly links: readonly WorkspaceLink[];
  readonly #byId: Map<string, WorkspaceDocument>;
  readonly #unlisted: ReadonlyMap<string, string>;

  /** @internal Use `loadWorkspace`. */
  constructor(
    documents: readonly WorkspaceDocument[],
    cascade: Cascade,
    links: readonly WorkspaceLink[],
    title: string,
    unlisted: ReadonlyMap<string, string> = new Map(),
  ) {
    this.documents = Object.freeze([...documents]);
    this.cascade = cascade;
    this.links = Object.freeze([...links]);
    this.title = title;
    this.#byId = new Map(documents.map((d) => [d.id, d]));
    this.#unlisted = new Map(unlisted);
  }

  /**
   * The name (file) of a document that is present beside the workspace but not part of it
   * (`LoadWorkspaceOptions.unlisted`), by its id; `undefined` for any other id.
   */
  unlisted(id: string): string | undefined {
    return this.#unlisted.get(id);
  }

  /** The Pemda document, when the workspace has one. */
  get pemda(): WorkspaceDocument | undefined {
    return this.documents.find((d) => d.pemda);
  }

  /** The document with this id. */
  document(id: string): WorkspaceDocument | undefined {
    return this.#byId.get(id);
  }

  /**
   * The result a reference names: `dinkes-2026#IM3`, or a plain id within the document `from`.
   * `undefined` when there is none.
   */
  resolve(ref: string, from?: string): LocatedResult | undefined {
    const r = splitRef(ref);
    const doc = this.#byId.get(r.document ?? from ?? '');
    const record = doc?.cascade.result(r.id);
    return doc === undefined || record === undefined ? undefined : { document: doc, record };
  }

  /** The qualified id of a result of a document: `qualify('dinkes-2026', 'IM3')` is `dinkes-2026#IM3`. */
  qualify(document: string, id: string): string {
    return qualify(document, id);
  }
}
