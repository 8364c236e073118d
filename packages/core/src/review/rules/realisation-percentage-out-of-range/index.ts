/** `realisation-percentage-out-of-range`: realisations of a percentage lie within 0-100, and those of a percentage fall at most 100. @module */
import { defineRule } from '../../api.js';
import { numberOf, show } from '../shared/index.js';
import { isBoundedPercentage, isDecreasePercentage } from '../shared/percentage.js';
import { realisationValues, realisedIndicators, when } from '../shared/realisation.js';

export const rule = defineRule({
  meta: {
    id: 'realisation-percentage-out-of-range',
    defaultSeverity: 'warning',
    category: 'realisation',
    basis: 'practice',
    description: {
      id: 'Realisasi IK persentase (kecuali pertumbuhan atau perubahan) berada antara 0 dan 100; realisasi persentase penurunan tidak melebihi 100.',
      en: 'Realisations of a percentage indicator (other than growth or change) lie between 0 and 100; those of a percentage fall do not exceed 100.',
    },
    messages: {
      outside: {
        id: 'Realisasi {when} ({value}) untuk IK persentase {indicator} berada di luar 0-100.',
        en: 'The {when} realisation ({value}) of the percentage indicator {indicator} lies outside 0-100.',
      },
      decrease: {
        id: 'Realisasi {when} ({value}) untuk IK {indicator} melebihi 100 %, padahal penurunan tidak dapat melebihi 100 %: periksa rumus dan datanya (jumlah tahun ini dibagi jumlah tahun lalu adalah perbandingan, bukan penurunan).',
        en: "The {when} realisation ({value}) of indicator {indicator} exceeds 100 %, but a fall cannot exceed 100 %: check the formula and the data (this year's count divided by last year's is a ratio, not a fall).",
      },
    },
  },
  create(context) {
    return realisedIndicators((ind) => {
      const bounded = isBoundedPercentage(ind);
      // (a fall may be negative, a rise; more than 100 % it cannot be)
      if (!bounded && !isDecreasePercentage(ind)) return;
      for (const v of realisationValues(ind)) {
        const n = numberOf(v.value);
        if (n === undefined || (n <= 100 && (n >= 0 || !bounded))) continue;
        context.report({
          messageId: bounded ? 'outside' : 'decrease',
          data: { when: when(v), value: show(v.value), indicator: ind.label },
          indicator: ind,
          path: v.path,
        });
      }
    });
  },
});
