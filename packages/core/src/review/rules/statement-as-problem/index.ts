/** `statement-as-problem`: results and desired conditions are not problems. @module */
import { defineRule } from '../../api.js';
import { capital, statementForm } from '../../text.utils.js';
import { documentOutcomes, isNomenclature } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'statement-as-problem',
    defaultSeverity: 'warning',
    category: 'statement',
    basis: 'regulation',
    description: {
      id: 'Kinerja dan kondisi yang diinginkan CSF tidak dirumuskan sebagai masalah ("Rendahnya ...", "Kurangnya ...", "Belum ...").',
      en: 'Results and CSF desired conditions are not phrased as problems ("Rendahnya ...", "Kurangnya ...", "Belum ...").',
    },
    messages: {
      problem: {
        id: 'Kinerja dirumuskan sebagai masalah ("{head} ..."): pohon kinerja memuat kondisi yang diinginkan, misalnya "Meningkatnya ..." sebagai lawan dari "Rendahnya ...".',
        en: 'The result is phrased as a problem ("{head} ..."): a performance tree holds desired conditions, e.g. "Meningkatnya ..." for "Rendahnya ...".',
      },
    },
  },
  create(context) {
    return {
      document(doc) {
        for (const d of documentOutcomes(doc.cascade)) {
          const f = statementForm(context.text.normalize(d.text));
          if (f.form === 'problem') context.report({ messageId: 'problem', data: { head: capital(f.head) }, path: d.path });
        }
      },
      result(r) {
        if (r.form === 'problem' && !isNomenclature(r.level?.role))
          context.report({ messageId: 'problem', data: { head: capital(r.head) }, result: r, path: r.path('statement') });
      },
    };
  },
});
