/**
 * `statement-as-indicator`: a result is stated as a condition or a product, not as its measure.
 * Judged at every level: a program or kegiatan name of the nomenclature never opens with a measure
 * word, so a sasaran program written as "Persentase ..." is reported too.
 *
 * @module
 */
import { defineRule } from '../../api.js';
import { STATEMENT_MEASURE_HEADS } from '../../lexicon/words.js';
import { capital } from '../../text.utils.js';
import { levelWord } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'statement-as-indicator',
    defaultSeverity: 'warning',
    category: 'statement',
    basis: 'regulation',
    description: {
      id: 'Pernyataan kinerja menyatakan kondisi atau produk, bukan ukurannya ("Persentase ...", "Jumlah ...", "Indeks ..." adalah IK).',
      en: 'A result states a condition or a product, not its measure ("Persentase ...", "Jumlah ...", "Indeks ..." are indicators).',
    },
    messages: {
      measure: {
        id: 'Pernyataan kinerja level {level} berbunyi seperti IK ("{head} ..."): rumuskan kondisi atau produk yang ingin dicapai (misalnya "Meningkatnya ...", "Tersedianya ..."), dan jadikan "{head} ..." IK-nya.',
        en: 'The {level} statement reads like an indicator ("{head} ..."): state the condition or product to reach (e.g. "Meningkatnya ...", "Tersedianya ..."), and make "{head} ..." its indicator.',
      },
    },
  },
  create(context) {
    return {
      result(r) {
        if (STATEMENT_MEASURE_HEADS.has(r.head))
          context.report({
            messageId: 'measure',
            data: { level: levelWord(r), head: capital(r.head) },
            result: r,
            path: r.path('statement'),
          });
      },
    };
  },
});
