/** `realisation-percentage-out-of-range`: realisations of a percentage lie within 0-100. @module */
import { defineRule } from '../../api.js';
import { readValue } from '../../number.utils.js';
import { show } from '../shared/index.js';
import { boundedPercentages } from '../shared/percentage.js';
import { realisationValues, when } from '../shared/realisation.js';

export const rule = defineRule({
  meta: {
    id: 'realisation-percentage-out-of-range',
    defaultSeverity: 'warning',
    category: 'realisation',
    basis: 'practice',
    description: {
      id: 'Realisasi IK persentase (kecuali pertumbuhan atau perubahan) berada antara 0 dan 100.',
      en: 'Realisations of a percentage indicator (other than growth or change) lie between 0 and 100.',
    },
    messages: {
      outside: {
        id: 'Realisasi {when} ({value}) untuk IK persentase {indicator} berada di luar 0-100.',
        en: 'The {when} realisation ({value}) of the percentage indicator {indicator} lies outside 0-100.',
      },
    },
  },
  create(context) {
    return boundedPercentages((ind) => {
      for (const v of realisationValues(ind)) {
        const n =
          typeof v.value === 'number'
            ? v.value
            : (() => {
                const r = readValue(v.value);
                return r.kind === 'number' ? r.value : undefined;
              })();
        if (n === undefined || (n >= 0 && n <= 100)) continue;
        context.report({
          messageId: 'outside',
          data: { when: when(v), value: show(v.value), indicator: ind.label },
          indicator: ind,
          path: v.path,
        });
      }
    });
  },
});
