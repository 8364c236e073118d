/**
 * `period-mismatch` (workspace): an agency document whose period differs from the Pemda's (a
 * Renstra 2024-2028 under an RPJMD 2025-2029).
 *
 * @module
 */
import { defineRule } from '../../api.js';
import { agencyName } from '../../../workspace/rule-utils.js';

const span = (p: { readonly start: number; readonly end: number }): string => `${p.start}-${p.end}`;

export const rule = defineRule({
  meta: {
    id: 'period-mismatch',
    defaultSeverity: 'warning',
    category: 'workspace',
    basis: 'practice',
    description: {
      id: 'Periode pohon kinerja setiap perangkat daerah sama dengan periode pohon kinerja Pemda (Renstra mengikuti RPJMD).',
      en: 'The period of every agency’s tree is the Pemda tree’s (the Renstra follows the RPJMD).',
    },
    messages: {
      differs: {
        id: 'Periode pohon kinerja {agency} ({period}) berbeda dengan periode pohon kinerja Pemda ({pemdaPeriod}): Renstra perangkat daerah mengikuti periode RPJMD; samakan periodenya, atau periksa target pada tahun yang tidak sama.',
        en: 'The period of the tree of {agency} ({period}) differs from the Pemda tree’s ({pemdaPeriod}): an agency’s Renstra follows the RPJMD’s period; align the periods, or check the targets of the years that differ.',
      },
    },
  },
  create(context) {
    const ws = context.workspace;
    const pemda = ws?.pemda?.cascade.period;
    if (ws === undefined || pemda === undefined) return {};
    return {
      document() {
        for (const d of ws.documents) {
          const p = d.cascade.period;
          const top = d.cascade.roots()[0];
          if (d.pemda || p === undefined || (p.start === pemda.start && p.end === pemda.end) || top === undefined) continue;
          const node = context.result(`${d.id}#${top.id}`);
          if (node === undefined) continue;
          context.report({
            messageId: 'differs',
            data: { agency: agencyName(ws, d.id), period: span(p), pemdaPeriod: span(pemda) },
            result: node,
            path: 'period',
          });
        }
      },
    };
  },
});
