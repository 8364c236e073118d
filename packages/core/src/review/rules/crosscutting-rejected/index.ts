/**
 * `crosscutting-rejected` (workspace): crosscutting the other agency rejected is still in the tree.
 *
 * @module
 */
import { defineRule } from '../../api.js';
import { agencyName, linkField, linkNode } from '../../../workspace/rule-utils.js';

export const rule = defineRule({
  meta: {
    id: 'crosscutting-rejected',
    defaultSeverity: 'warning',
    category: 'crosscutting',
    basis: 'practice',
    description: {
      id: 'Crosscutting yang ditolak pihak yang didukung dihapus atau dialihkan.',
      en: 'Crosscutting rejected by the agency supported is removed or redirected.',
    },
    messages: {
      rejected: {
        id: 'Crosscutting ke {target} ditolak oleh {agency}{reason}: hapus atau alihkan ke kinerja yang tepat.',
        en: 'Crosscutting to {target} was rejected by {agency}{reason}: remove it or redirect it to the right result.',
      },
    },
  },
  create(context) {
    const ws = context.workspace;
    if (ws === undefined) return {};
    return {
      document() {
        for (const link of ws.links) {
          if (link.kind !== 'contributesTo' || link.status !== 'ditolak') continue;
          const node = linkNode(context, link);
          if (node === undefined) continue;
          context.report({
            messageId: 'rejected',
            data: {
              target: link.ref,
              agency: agencyName(ws, link.targetDocument),
              reason: link.reason === undefined ? '' : ` (${context.text.quote(link.reason)})`,
            },
            result: node,
            path: node.path(linkField(link)),
          });
        }
      },
    };
  },
});
