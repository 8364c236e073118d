/** `crosscutting-redundant`: a crosscutting link does not repeat the primary parent or another link. @module */
import { t } from '../../../localized.js';
import { defineRule } from '../../api.js';

export const rule = defineRule({
  meta: {
    id: 'crosscutting-redundant',
    defaultSeverity: 'info',
    category: 'crosscutting',
    basis: 'practice',
    description: t(
      'Hubungan crosscutting tidak menyebut induk utama dan tidak menyebut kinerja yang sama dua kali.',
      'Crosscutting links do not name the primary parent and do not name a result twice.',
    ),
    messages: {
      redundant: t(
        'Hubungan crosscutting ke {target} berulang: kinerja itu sudah menjadi induk utama atau sudah disebut sebelumnya; hapus yang berulang.',
        'The crosscutting link to {target} is repeated: it is already the primary parent or listed before; remove the repetition.',
      ),
    },
  },
  create(context) {
    return {
      result(r) {
        const { parent, contributesTo } = r.record;
        if (contributesTo.length === 0) return;
        const seen = new Set<string>();
        if (parent !== null) seen.add(parent);
        const reported = new Set<string>();
        contributesTo.forEach((c, k) => {
          if (seen.has(c) && !reported.has(c)) {
            reported.add(c);
            context.report({ messageId: 'redundant', data: { target: c }, result: r, path: r.path(`contributesTo[${k}]`) });
          }
          seen.add(c);
        });
      },
    };
  },
});
