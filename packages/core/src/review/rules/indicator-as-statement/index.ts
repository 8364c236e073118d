/** `indicator-as-statement`: an indicator names a measure, not a result. @module */
import { t } from '../../../localized.js';
import { defineRule } from '../../api.js';
import { capital } from '../../text.utils.js';
import { wordedAsStatement } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'indicator-as-statement',
    defaultSeverity: 'warning',
    category: 'indicator',
    basis: 'regulation',
    description: t(
      'IK menyebut ukuran ("Persentase ...", "Indeks ...", "Jumlah ..."), bukan pernyataan kinerja ("Meningkatnya ...", "Tersedianya ...").',
      'An indicator names a measure ("Persentase ...", "Indeks ...", "Jumlah ..."), not a result ("Meningkatnya ...", "Tersedianya ...").',
    ),
    messages: {
      statement: t(
        'IK dirumuskan sebagai pernyataan kinerja ("{head} ..."), bukan ukuran: sebutkan apa yang diukur, misalnya "Persentase ...", "Indeks ...", "Jumlah ...".',
        'The indicator is phrased as a result ("{head} ..."), not a measure: name what is measured, e.g. "Persentase ...", "Indeks ...", "Jumlah ...".',
      ),
    },
  },
  create(context) {
    return {
      indicator(ind) {
        if (wordedAsStatement(ind))
          context.report({ messageId: 'statement', data: { head: capital(ind.head) }, indicator: ind, path: ind.path('statement') });
      },
    };
  },
});
