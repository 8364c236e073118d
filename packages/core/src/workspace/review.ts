/**
 * `reviewWorkspace()`: the review of every document alone, then the workspace rules over the
 * combined cascade. Each finding names its document.
 *
 * @module
 */
import { collectRules } from '../review/collect.js';
import { reviewWith } from '../review/review.js';
import type { Diagnostic, ReviewOptions } from '../review/types.js';
import { splitRef } from '../refs.js';
import { WORKSPACE_RULES } from './rules.js';
import type { Workspace } from './workspace.js';

/** A finding of a workspace review: always names its document. */
export type WorkspaceDiagnostic = Diagnostic & { readonly document: string };

/**
 * `leaf-not-output` is no finding in a workspace for a result that other documents' results hang
 * under, nor (as the document-level "stops at one level") for the Pemda tree, which ends at its sasaran.
 */
function supported(ws: Workspace, document: string, d: Diagnostic): boolean {
  if (d.rule !== 'leaf-not-output') return false;
  if (d.resultId === undefined) return ws.document(document)?.pemda === true;
  return ws.cascade.children(`${document}#${d.resultId}`).length > 0;
}

/**
 * Reviews a workspace: each document with the built-in rules and `options.plugins` (as
 * `review` would), then the workspace rules (a qualified reference to nothing, a level that
 * cannot sit under the one referenced, a Pemda sasaran no agency supports, crosscutting claimed by
 * one side only or rejected, one indicator with different targets in two documents, an agency
 * tree that does not reach the Pemda tree). `options.rules` sets both kinds.
 *
 * Findings come by document (the Pemda first), in document order within each, then the
 * workspace findings of that document; `resultId` and `path` are the document's own.
 */
export function reviewWorkspace(ws: Workspace, options: ReviewOptions = {}): WorkspaceDiagnostic[] {
  // The workspace rules are pokin's own: a plug-in rule with one's id is refused (collectRules).
  const all = collectRules(options.plugins, WORKSPACE_RULES);
  const out: WorkspaceDiagnostic[] = [];
  const byDoc = new Map<string, WorkspaceDiagnostic[]>();
  for (const d of ws.documents) {
    const list: WorkspaceDiagnostic[] = [];
    for (const f of reviewWith(d.cascade, all, options)) if (!supported(ws, d.id, f)) list.push({ ...f, document: d.id });
    byDoc.set(d.id, list);
  }
  const found = reviewWith(ws.cascade, all, options, { rules: new Set(WORKSPACE_RULES), workspace: ws });
  for (const f of found) {
    const ref = f.resultId === undefined ? undefined : splitRef(f.resultId);
    const docId = ref?.document ?? ws.pemda?.id ?? ws.documents[0]!.id;
    const doc = ws.document(docId)!;
    const local: { -readonly [K in keyof WorkspaceDiagnostic]: WorkspaceDiagnostic[K] } = { ...f, document: docId };
    if (ref !== undefined) {
      local.resultId = ref.id;
      if (f.path !== undefined) local.path = f.path.replace(/^results\[\d+\]/, `results[${doc.cascade.indexOf(ref.id)}]`);
    }
    byDoc.get(docId)!.push(local);
  }
  for (const d of ws.documents) out.push(...byDoc.get(d.id)!);
  return out;
}
