/** `output-as-outcome`: an output is not phrased as a change in condition. @module */
import { statementFormRule } from '../shared/statement-form.js';

export const rule = statementFormRule({
  messageId: 'outcome',
  role: 'output',
  test: (s) => s.form === 'condition' && (s.head.startsWith('me') || s.head.startsWith('ber')),
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
});
