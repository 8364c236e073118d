/**
 * `agency-unlinked` (workspace): an agency tree whose top does not reach the Pemda tree.
 *
 * @module
 */
import { defineRule } from '../../api.js';
import { agencyName } from '../../../workspace/rule-utils.js';

export const rule = defineRule({
  meta: {
    id: 'agency-unlinked',
    defaultSeverity: 'warning',
    category: 'workspace',
    basis: 'regulation',
    description: {
      id: 'Puncak pohon kinerja setiap perangkat daerah terhubung ke pohon kinerja Pemda.',
      en: 'The top of every agency’s tree reaches the Pemda tree.',
    },
    messages: {
      unlinked: {
        id: 'Pohon kinerja {agency} tidak terhubung ke pohon kinerja Pemda ({pemda}): tetapkan induk puncaknya pada salah satu sasaran Pemda (mis. {pemda}#S1).',
        en: 'The tree of {agency} does not reach the Pemda tree ({pemda}): give its top a `parent` that is a Pemda objective (e.g. `{pemda}#S1`).',
      },
    },
  },
  create(context) {
    const ws = context.workspace;
    const pemda = ws?.pemda;
    if (ws === undefined || pemda === undefined) return {};
    const prefix = `${pemda.id}#`;
    return {
      document() {
        const c = ws.cascade;
        for (const d of ws.documents) {
          if (d.pemda) continue;
          const tops = d.cascade.roots();
          const reaches = tops.some((r) => c.ancestors(`${d.id}#${r.id}`).some((a) => a.id.startsWith(prefix)));
          const node = tops[0] === undefined ? undefined : context.result(`${d.id}#${tops[0].id}`);
          if (reaches || node === undefined) continue;
          context.report({
            messageId: 'unlinked',
            data: { agency: agencyName(ws, d.id), pemda: pemda.id },
            result: node,
            path: node.path('parent'),
          });
        }
      },
    };
  },
});
