/**
 * The *Lampiran Crosscutting*: crosscutting between the documents of a workspace, agency by agency.
 *
 * @module
 */
import type { ContributionStatus } from '../refs.js';
import type { ResultRecord } from '../result.js';
import type { Workspace } from './workspace.js';

/** One crosscutting request between two documents. */
export interface CrosscuttingEntry {
  /** Document of the supporting result. */
  readonly from: string;
  /** The supporting result. */
  readonly result: ResultRecord;
  /** Document of the result supported. */
  readonly to: string;
  /** The result supported, when the workspace holds it. */
  readonly target?: ResultRecord;
  /** The reference as written. */
  readonly ref: string;
  /** Status of the request; undefined when the entry names none. */
  readonly status?: ContributionStatus;
  /** Reason given. */
  readonly reason?: string;
}

/** The crosscutting matrix of a workspace. */
export interface CrosscuttingMatrix {
  /** The documents (rows and columns), the Pemda first: id and agency name. */
  readonly agencies: readonly { readonly id: string; readonly name: string }[];
  /** Every crosscutting request across documents, in document order. */
  readonly entries: readonly CrosscuttingEntry[];
}

/** The crosscutting between the documents of a workspace (agency x agency, with statuses). */
export function crosscuttingMatrix(ws: Workspace): CrosscuttingMatrix {
  const agencies = ws.documents.map((d) => ({ id: d.id, name: d.cascade.agency?.name ?? d.cascade.title }));
  const entries: CrosscuttingEntry[] = [];
  for (const l of ws.links) {
    if (l.kind !== 'contributesTo' || l.targetDocument === l.document) continue;
    const result = ws.document(l.document)!.cascade.result(l.result)!;
    const target = ws.document(l.targetDocument)?.cascade.result(l.targetResult);
    entries.push({
      from: l.document,
      result,
      to: l.targetDocument,
      ref: l.ref,
      ...(target === undefined ? {} : { target }),
      ...(l.status === undefined ? {} : { status: l.status }),
      ...(l.reason === undefined ? {} : { reason: l.reason }),
    });
  }
  return { agencies, entries };
}
