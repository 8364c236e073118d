/** `outcome-as-output`: an outcome is not phrased as a delivered output. @module */
import { defineRule } from '../../api.js';
import { capital, statementForm } from '../../text.utils.js';
import { documentOutcomes, levelWord, namesQuality } from '../shared/index.js';

export const rule = defineRule({
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
  create(context) {
    return {
      document(doc) {
        for (const d of documentOutcomes(doc.cascade)) {
          const norm = context.text.normalize(d.text);
          const f = statementForm(norm);
          if (f.form === 'output' && !namesQuality(norm))
            context.report({ messageId: 'output', data: { level: { id: 'outcome', en: 'outcome' }, head: capital(f.head) }, path: d.path });
        }
      },
      result(r) {
        if (r.level?.role === 'outcome' && r.form === 'output' && !namesQuality(r.norm)) {
          context.report({
            messageId: 'output',
            data: { level: levelWord(r), head: capital(r.head) },
            result: r,
            path: r.path('statement'),
          });
        }
      },
    };
  },
});
