/** `output-as-outcome`: an output is not phrased as a change in condition. @module */
import { defineRule } from '../../api.js';
import { capital } from '../../text.utils.js';
import { levelWord } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'output-as-outcome',
    defaultSeverity: 'info',
    category: 'statement',
    basis: 'regulation',
    description: {
      id: 'Keluaran (output) tidak dirumuskan sebagai perubahan kondisi ("Meningkatnya ..."), yang merupakan outcome.',
      en: 'An output is not phrased as a change in condition ("Meningkatnya ..."), which is an outcome.',
    },
    messages: {
      outcome: {
        id: 'Kinerja level {level} dirumuskan sebagai perubahan kondisi ("{head} ...") yang merupakan outcome: rumuskan produk atau layanan yang dihasilkan ("Tersedianya ...", "Terlaksananya ..."), atau pindahkan ke level outcome.',
        en: 'The {level} result is phrased as a change in condition ("{head} ..."), which is an outcome: state the product or service delivered ("Tersedianya ...", "Terlaksananya ...") or move it to an outcome level.',
      },
    },
  },
  create(context) {
    return {
      result(r) {
        if (r.level?.role !== 'output' || r.form !== 'condition') return;
        if (r.head.startsWith('me') || r.head.startsWith('ber'))
          context.report({
            messageId: 'outcome',
            data: { level: levelWord(r), head: capital(r.head) },
            result: r,
            path: r.path('statement'),
          });
      },
    };
  },
});
