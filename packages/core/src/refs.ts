/**
 * References between results, within a document and across documents: `S2` names a result of the
 * same document, `pemda-2026#S2` one of the document whose `id` is `pemda-2026`. Ids cannot hold
 * `#`, so the split is unambiguous.
 *
 * @module
 */
import type { Contribution } from './result.js';
import type { ContributionDocument } from './schema.js';

/** A reference taken apart: the document part (absent for a local reference) and the result id. */
export interface ResultRef {
  /** The document's `id`, or `undefined` for a reference within the same document. */
  readonly document: string | undefined;
  /** The result's id. */
  readonly id: string;
}

/** Takes a reference apart: `splitRef('pemda-2026#S2')` is `{ document: 'pemda-2026', id: 'S2' }`. */
export function splitRef(ref: string): ResultRef {
  const at = ref.indexOf('#');
  return at === -1 ? { document: undefined, id: ref } : { document: ref.slice(0, at), id: ref.slice(at + 1) };
}

/**
 * The local id a reference names in the document `documentId`, or `undefined` when it names a
 * result of another document: `S2` and `own#S2` are local (in the document whose id is `own`),
 * `other#S2` is not.
 */
export function localId(ref: string, documentId: string | undefined): string | undefined {
  const at = ref.indexOf('#');
  if (at === -1) return ref;
  return documentId !== undefined && ref.slice(0, at) === documentId ? ref.slice(at + 1) : undefined;
}

/** True when the reference names a result of another document than `documentId`. */
export function isExternalRef(ref: string, documentId: string | undefined): boolean {
  return localId(ref, documentId) === undefined;
}

/** Statuses of a crosscutting request, in the canonical (Indonesian) form. */
export type ContributionStatus = 'diusulkan' | 'disetujui' | 'ditolak';

/** English aliases of the statuses, as a document may write them. */
const STATUS_ALIASES: Readonly<Record<string, ContributionStatus>> = Object.freeze({
  __proto__: null,
  diusulkan: 'diusulkan',
  disetujui: 'disetujui',
  ditolak: 'ditolak',
  proposed: 'diusulkan',
  accepted: 'disetujui',
  rejected: 'ditolak',
} as unknown as Record<string, ContributionStatus>);

/** The canonical (Indonesian) status for a status as written (`accepted` gives `disetujui`), or `undefined`. */
export function normaliseContributionStatus(status: string): ContributionStatus | undefined {
  return STATUS_ALIASES[status];
}

/**
 * A `contributesTo` entry as the records hold it ({@link Contribution}), frozen: a reference to a
 * result of the document `documentId` as its local id, the status in Indonesian (`accepted` is
 * `disetujui`), the reason kept.
 */
export function contributionOf(entry: ContributionDocument, documentId: string | undefined): Contribution {
  if (typeof entry === 'string') return Object.freeze({ to: localId(entry, documentId) ?? entry });
  const c: { to: string; status?: ContributionStatus; reason?: string } = { to: localId(entry.to, documentId) ?? entry.to };
  if (entry.status !== undefined) c.status = normaliseContributionStatus(entry.status)!;
  if (entry.reason !== undefined) c.reason = entry.reason;
  return Object.freeze(c);
}
