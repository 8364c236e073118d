/** `down-realisation-zero`: a lower-is-better indicator with a realisation of 0. @module */
import { defineRule } from '../../api.js';
import { readValue } from '../../number.utils.js';
import { realisationValues, when } from '../shared/realisation.js';

export const rule = defineRule({
  meta: {
    id: 'down-realisation-zero',
    defaultSeverity: 'warning',
    category: 'realisation',
    basis: 'practice',
    description: {
      id: 'Realisasi 0 pada IK yang makin rendah makin baik: capaiannya 200 % dengan rumus (2t - r)/t dan tak terhingga dengan t/r; pastikan datanya benar dan rumusnya disepakati.',
      en: 'A realisation of 0 on a lower-is-better indicator: its capaian is 200 % by (2t - r)/t and infinite by t/r; check the data and the agreed formula.',
    },
    messages: {
      zero: {
        id: 'IK {indicator} (makin rendah makin baik) memiliki realisasi 0 pada {when}; periksa datanya dan rumus capaian yang dipakai.',
        en: 'Indicator {indicator} (lower is better) has a realisation of 0 in {when}; check the data and the capaian formula used.',
      },
    },
  },
  create(context) {
    return {
      indicator(ind) {
        if (ind.record.polarity !== 'down') return;
        for (const v of realisationValues(ind)) {
          const r =
            typeof v.value === 'number'
              ? v.value
              : readValue(v.value).kind === 'number'
                ? (readValue(v.value) as { value: number }).value
                : NaN;
          if (r !== 0) continue;
          context.report({ messageId: 'zero', data: { indicator: ind.label, when: when(v) }, indicator: ind, path: v.path });
        }
      },
    };
  },
});
