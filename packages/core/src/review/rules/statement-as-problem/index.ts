/** `statement-as-problem`: results and desired conditions are not problems. @module */
import { statementFormRule } from '../shared/statement-form.js';

export const rule = statementFormRule({
  messageId: 'problem',
  documentOutcomes: true,
  test: (s) => s.form === 'problem',
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
});
