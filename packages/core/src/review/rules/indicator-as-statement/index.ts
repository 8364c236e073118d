/** `indicator-as-statement`: an indicator names a measure, not a result. @module */
import { defineRule } from '../../api.js';
import { capital, statementForm } from '../../text.utils.js';

export const rule = defineRule({
  meta: {
    id: 'indicator-as-statement',
    defaultSeverity: 'warning',
    category: 'indicator',
    basis: 'regulation',
    description: {
      id: 'IK menyebut ukuran ("Persentase ...", "Indeks ...", "Jumlah ..."), bukan pernyataan kinerja ("Meningkatnya ...", "Tersedianya ...").',
      en: 'An indicator names a measure ("Persentase ...", "Indeks ...", "Jumlah ..."), not a result ("Meningkatnya ...", "Tersedianya ...").',
    },
    messages: {
      statement: {
        id: 'IK dirumuskan sebagai pernyataan kinerja ("{head} ..."), bukan ukuran: sebutkan apa yang diukur, misalnya "Persentase ...", "Indeks ...", "Jumlah ...".',
        en: 'The indicator is phrased as a result ("{head} ..."), not a measure: name what is measured, e.g. "Persentase ...", "Indeks ...", "Jumlah ...".',
      },
    },
  },
  create(context) {
    return {
      indicator(ind) {
        const s = statementForm(ind.norm);
        if ((s.form === 'condition' && s.head.endsWith('nya')) || s.form === 'output') {
          context.report({ messageId: 'statement', data: { head: capital(s.head) }, indicator: ind, path: ind.path('statement') });
        }
      },
    };
  },
});
