/** `outcome-as-output`: an outcome is not phrased as a delivered output. @module */
import { namesQuality } from '../shared/index.js';
import { statementFormRule } from '../shared/statement-form.js';

export const rule = statementFormRule({
  messageId: 'output',
  role: 'outcome',
  documentOutcomes: true,
  test: (s) => s.form === 'output' && !namesQuality(s.norm),
  meta: {
    id: 'outcome-as-output',
    defaultSeverity: 'warning',
    category: 'statement',
    basis: 'regulation',
    description: {
      id: 'Kinerja outcome tidak dirumuskan sebagai keluaran ("Tersedianya ...", "Terlaksananya ...", "Terkelolanya ..."), tetapi sebagai perubahan kondisi (kecuali menyebut mutu yang dicapai: "... yang baik").',
      en: 'An outcome is not phrased as a delivered output ("Tersedianya ...", "Terlaksananya ...", "Terkelolanya ...") but as a change in condition (unless it names the quality reached: "... yang baik").',
    },
    messages: {
      output: {
        id: 'Kinerja level {level} dirumuskan sebagai keluaran (output) yang dihasilkan ("{head} ..."): rumuskan perubahan kondisi yang dihasilkannya, misalnya "Meningkatnya ...".',
        en: 'The {level} result is phrased as a delivered output ("{head} ..."): state the change in condition it brings, e.g. "Meningkatnya ...".',
      },
    },
  },
});
