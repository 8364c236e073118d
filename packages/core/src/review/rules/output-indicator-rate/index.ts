/** `output-indicator-rate`: an output is counted, not measured by a percentage or index. @module */
import { defineRule } from '../../api.js';
import { capital } from '../../text.utils.js';
import { activityOf, expectedMeasure, levelWord } from '../shared/index.js';

/** The unit's own work, whose completion a percentage of an output may measure. */
const OWN_WORK: ReadonlySet<string> = new Set([
  'penyelesaian',
  'percepatan',
  'ketepatan',
  'pengadaan',
  'pemeliharaan',
  'pelayanan',
  'penyusunan',
  'pembayaran',
  'penyediaan',
]);

/** True when a percentage measures the unit's own work done: its second word names the work ("Persentase penyelesaian ..."). */
const ownWorkDone = (words: readonly string[]): boolean => OWN_WORK.has(words[1] ?? '');

export const rule = defineRule({
  meta: {
    id: 'output-indicator-rate',
    defaultSeverity: 'info',
    category: 'indicator',
    basis: 'regulation',
    description: {
      id: 'IK keluaran (output) menghitung produk atau layanan yang dihasilkan ("Jumlah ..."), bukan persentase atau indeks.',
      en: 'An output indicator counts the products or services delivered ("Jumlah ..."), not a percentage or index.',
    },
    messages: {
      rate: {
        id: 'IK kinerja level {level} berupa "{head} ...", ukuran yang lazim untuk outcome: keluaran (output) diukur dengan jumlah produk atau layanan yang dihasilkan ("Jumlah dokumen ...").',
        en: 'The {level} indicator is a "{head} ...", a measure for outcomes: an output is measured by the number of products or services delivered ("Jumlah dokumen ...").',
      },
    },
  },
  create(context) {
    return {
      indicator(ind) {
        if (expectedMeasure(ind.result) !== 'output') return;
        const m = ind.measure;
        if (m === 'percent' || m === 'index' || ind.head === 'rasio' || ind.head === 'tingkat' || ind.head === 'prevalensi') {
          if (activityOf(ind) !== undefined) return; // activity-indicator says it
          // (how much of the unit's own work is done is a fair output measure: "Persentase
          // penyelesaian dokumen perencanaan", "Persentase pemeliharaan sarana")
          if (m === 'percent' && ownWorkDone(ind.words)) return;
          context.report({
            messageId: 'rate',
            data: { level: levelWord(ind.result), head: capital(ind.head) },
            indicator: ind,
            path: ind.path('statement'),
          });
        }
      },
    };
  },
});
