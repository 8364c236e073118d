/** `outcome-as-activity`: an outcome is not phrased as an activity. @module */
import { defineRule } from '../../api.js';
import { capital, statementForm } from '../../text.utils.js';
import { documentOutcomes, levelWord } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'outcome-as-activity',
    defaultSeverity: 'warning',
    category: 'statement',
    basis: 'regulation',
    description: {
      id: 'Kinerja outcome (juga outcome Langkah 1 dan kondisi yang diinginkan CSF) dirumuskan sebagai kondisi, bukan kegiatan ("Pelaksanaan ...", "Koordinasi ...", "Peningkatan ...").',
      en: 'An outcome (also Step 1\'s outcome and a CSF\'s desired condition) states a condition, not an activity ("Pelaksanaan ...", "Koordinasi ...", "Peningkatan ...").',
    },
    messages: {
      activity: {
        id: 'Kinerja level {level} dirumuskan sebagai kegiatan ("{head} ..."), bukan kondisi: rumuskan kondisi yang ingin dicapai, misalnya "Meningkatnya ...", "Menurunnya ...", "Terwujudnya ...".',
        en: 'The {level} result is phrased as an activity ("{head} ..."), not a condition: state the condition to achieve, e.g. "Meningkatnya ...", "Menurunnya ...", "Terwujudnya ...".',
      },
    },
  },
  create(context) {
    return {
      document(doc) {
        for (const d of documentOutcomes(doc.cascade)) {
          const f = statementForm(context.text.normalize(d.text));
          if (f.form === 'activity')
            context.report({
              messageId: 'activity',
              data: { level: { id: 'outcome', en: 'outcome' }, head: capital(f.head) },
              path: d.path,
            });
        }
      },
      result(r) {
        if (r.level?.role === 'outcome' && r.form === 'activity')
          context.report({
            messageId: 'activity',
            data: { level: levelWord(r), head: capital(r.head) },
            result: r,
            path: r.path('statement'),
          });
      },
    };
  },
});
