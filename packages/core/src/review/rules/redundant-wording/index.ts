/** `redundant-wording`: "Terlaksananya Pelaksanaan ...". @module */
import { t } from '../../../localized.js';
import { defineRule } from '../../api.js';
import { capital, redundantPair } from '../../text.utils.js';

export const rule = defineRule({
  meta: {
    id: 'redundant-wording',
    defaultSeverity: 'info',
    category: 'statement',
    basis: 'practice',
    description: t(
      'Kata kerja keluaran tidak diikuti kata benda kegiatan dari kata dasar yang sama ("Terlaksananya Pelaksanaan ...", "Tersusunnya Penyusunan ...").',
      'An output verb is not followed by the activity noun of the same root ("Terlaksananya Pelaksanaan ...", "Tersusunnya Penyusunan ...").',
    ),
    messages: {
      redundant: t(
        'Kata "{first} {second}" berulang makna: cukup salah satu, misalnya "{first}" diikuti objeknya.',
        '"{first} {second}" says the same thing twice: keep one, e.g. "{first}" followed by its object.',
      ),
    },
  },
  create(context) {
    return {
      result(r) {
        const pair = redundantPair(r.norm);
        if (pair === undefined) return;
        const [first, second] = pair;
        context.report({
          messageId: 'redundant',
          data: { first: capital(first), second: capital(second) },
          result: r,
          path: r.path('statement'),
        });
      },
    };
  },
});
