/** `output-as-activity`: an output states what is delivered, not an activity. @module */
import { statementFormRule } from '../shared/statement-form.js';

export const rule = statementFormRule({
  messageId: 'activity',
  role: 'output',
  test: (s) => s.form === 'activity',
  meta: {
    id: 'output-as-activity',
    defaultSeverity: 'warning',
    category: 'statement',
    basis: 'regulation',
    description: {
      id: 'Keluaran (output) dirumuskan sebagai produk atau layanan yang dihasilkan ("Tersedianya ...", "Tersusunnya ...", "Terlaksananya ..."), bukan sebagai kegiatan ("Penyusunan ...", "Fasilitasi ...").',
      en: 'An output states what is delivered ("Tersedianya ...", "Tersusunnya ...", "Terlaksananya ..."), not an activity ("Penyusunan ...", "Fasilitasi ...").',
    },
    messages: {
      activity: {
        id: 'Kinerja level {level} dirumuskan sebagai kegiatan ("{head} ..."): rumuskan keluaran (output) yang dihasilkan, misalnya "Tersedianya ...", "Tersusunnya ...", "Terlaksananya ...".',
        en: 'The {level} result is phrased as an activity ("{head} ..."): state the output delivered, e.g. "Tersedianya ...", "Tersusunnya ...", "Terlaksananya ...".',
      },
    },
  },
});
