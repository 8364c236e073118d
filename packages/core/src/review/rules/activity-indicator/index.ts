/**
 * `activity-indicator`: an indicator that counts activities ("Jumlah kegiatan ...", "Jumlah
 * koordinasi ...", "Jumlah fasilitasi ...") or reports completion ("Persentase terlaksananya
 * ...") instead of a product or a condition.
 *
 * @module
 */
import { t } from '../../../localized.js';
import { defineRule } from '../../api.js';
import { capital } from '../../text.utils.js';
import { activityOf } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'activity-indicator',
    defaultSeverity: 'warning',
    category: 'indicator',
    basis: 'regulation',
    description: t(
      'IK mengukur produk atau kondisi, bukan banyaknya kegiatan ("Jumlah kegiatan ...", "Jumlah koordinasi ...") atau terlaksananya kegiatan ("Persentase terlaksananya ...").',
      'An indicator measures a product or a condition, not how many activities took place ("Jumlah kegiatan ...", "Jumlah koordinasi ...") or that they were carried out ("Persentase terlaksananya ...").',
    ),
    messages: {
      count: t(
        'IK menghitung kegiatan ("{head} {word} ..."), bukan produk atau kondisi yang dihasilkan: ukur keluaran (output) atau perubahan kondisi yang dihasilkan oleh {word} tersebut.',
        'The indicator counts activities ("{head} {word} ..."), not the product or condition they bring: measure the output or the change in condition the {word} brings.',
      ),
      completion: t(
        'IK mengukur terlaksananya pekerjaan ("{head} {word} ..."), bukan hasilnya: ukur produk atau kondisi yang dihasilkan.',
        'The indicator measures that work was carried out ("{head} {word} ..."), not its result: measure the product or condition it brings.',
      ),
    },
  },
  create(context) {
    return {
      indicator(ind) {
        const a = activityOf(ind);
        if (a !== undefined)
          context.report({
            messageId: a.kind,
            data: { head: capital(ind.head), word: a.word },
            indicator: ind,
            path: ind.path('statement'),
          });
      },
    };
  },
});
