/**
 * `crosscutting-one-sided` (workspace): crosscutting to another agency's result that only the
 * supporting side states: no status, or still `diusulkan` (not accepted by the other agency).
 *
 * @module
 */
import { defineRule } from '../../api.js';
import { agencyName, linkNode, linkVisitors, reportAtLink } from '../../../workspace/rule-utils.js';

export const rule = defineRule({
  meta: {
    id: 'crosscutting-one-sided',
    defaultSeverity: 'warning',
    category: 'crosscutting',
    basis: 'practice',
    description: {
      id: 'Crosscutting antar perangkat daerah disetujui oleh pihak yang didukung (status `disetujui`).',
      en: 'Crosscutting between agencies is accepted by the agency supported (status `disetujui`).',
    },
    messages: {
      unconfirmed: {
        id: 'Crosscutting ke {target} ({agency}) hanya dinyatakan oleh satu pihak: catat persetujuannya dengan status disetujui.',
        en: 'Crosscutting to {target} ({agency}) is stated by one side only: record its acceptance with `status: disetujui`.',
      },
      proposed: {
        id: 'Crosscutting ke {target} ({agency}) masih diusulkan dan belum disetujui.',
        en: 'Crosscutting to {target} ({agency}) is still proposed and not yet accepted.',
      },
    },
  },
  create(context) {
    return linkVisitors(context, (link, ws) => {
      if (link.kind !== 'contributesTo' || !link.resolved || link.targetDocument === link.document) return;
      if (link.status === 'disetujui' || link.status === 'ditolak') return;
      const node = linkNode(context, link);
      if (node === undefined) return;
      reportAtLink(context, link, node, link.status === 'diusulkan' ? 'proposed' : 'unconfirmed', {
        target: link.ref,
        agency: agencyName(ws, link.targetDocument),
      });
    });
  },
});
