/** `down-realisation-zero`: a lower-is-better indicator with a realisation of 0. @module */
import { defineRule } from '../../api.js';
import { numberOf } from '../shared/index.js';
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
      zeroTarget: {
        id: 'IK {indicator} (makin rendah makin baik) bertarget 0 dan realisasinya 0 pada {when}: targetnya tercapai, tetapi capaiannya tidak dapat dihitung dengan rumus t/r maupun (2t - r)/t; tetapkan cara menghitung capaiannya dalam manual IK (misalnya 100 % bila realisasi tidak melebihi target).',
        en: 'Indicator {indicator} (lower is better) has a target of 0 and a realisation of 0 in {when}: the target is met, but its capaian cannot be computed by t/r or (2t - r)/t; set how the capaian is computed in the indicator manual (for example 100 % when the realisation does not exceed the target).',
      },
    },
  },
  create(context) {
    return {
      indicator(ind) {
        if (ind.record.polarity !== 'down') return;
        for (const v of realisationValues(ind)) {
          if (numberOf(v.value) !== 0) continue;
          // (a zero-accident target met: the data is not in doubt, only how its capaian is counted)
          const target = ind.target(v.year);
          const targetZero = target !== undefined && numberOf(target) === 0;
          context.report({
            messageId: targetZero ? 'zeroTarget' : 'zero',
            data: { indicator: ind.label, when: when(v) },
            indicator: ind,
            path: v.path,
          });
        }
      },
    };
  },
});
