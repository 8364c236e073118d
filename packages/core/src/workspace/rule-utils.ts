/**
 * What the workspace rules share: the document of a qualified id, the node a link starts from,
 * the visitors of a rule that checks each link, and a document's name for messages.
 *
 * @module
 */
import type { ReportDescriptor, ResultNode, RuleContext, RuleVisitors } from '../review/api.js';
import type { WorkspaceLink } from './types.js';
import type { Workspace } from './workspace.js';

/** The document part of a qualified id (`dinkes-2026#IM3` → `dinkes-2026`). */
export const documentOf = (qualified: string): string => qualified.slice(0, qualified.indexOf('#'));

/** The node a link starts from, in the combined cascade. */
export function linkNode(context: RuleContext<unknown>, link: WorkspaceLink): ResultNode | undefined {
  return context.result(`${link.document}#${link.result}`);
}

/** The path of a link's field: `parent` or `contributesTo[2]`. */
const linkField = (link: WorkspaceLink): string => (link.kind === 'parent' ? 'parent' : `contributesTo[${link.entry ?? 0}]`);

/** The visitors of a rule that looks at each of the workspace's links once; none outside a workspace. */
export function linkVisitors(context: RuleContext<unknown>, check: (link: WorkspaceLink, ws: Workspace) => void): RuleVisitors {
  const ws = context.workspace;
  if (ws === undefined) return {};
  return {
    document() {
      for (const link of ws.links) check(link, ws);
    },
  };
}

/** Reports a finding on the field of `node` (the link's start) that holds the link. */
export function reportAtLink(
  context: RuleContext<unknown>,
  link: WorkspaceLink,
  node: ResultNode,
  messageId: string,
  data: ReportDescriptor['data'],
): void {
  context.report({ messageId, ...(data === undefined ? {} : { data }), result: node, path: node.path(linkField(link)) });
}

/** A document's name for messages: its agency's name, else its title, else its id. */
export function agencyName(ws: Workspace, id: string): string {
  const d = ws.document(id);
  return d?.cascade.agency?.name ?? d?.cascade.title ?? id;
}
