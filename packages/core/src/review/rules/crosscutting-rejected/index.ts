/**
 * `crosscutting-rejected` (workspace): crosscutting the other agency rejected is still in the tree.
 *
 * @module
 */
import { defineRule } from '../../api.js';
import { agencyName, linkNode, linkVisitors, reportAtLink } from '../../../workspace/rule-utils.js';

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
    return linkVisitors(context, (link, ws) => {
      if (link.kind !== 'contributesTo' || link.status !== 'ditolak') return;
      const node = linkNode(context, link);
      if (node === undefined) return;
      reportAtLink(context, link, node, 'rejected', {
        target: link.ref,
        agency: agencyName(ws, link.targetDocument),
        reason: link.reason === undefined ? '' : ` (${context.text.quote(link.reason)})`,
      });
    });
  },
});
