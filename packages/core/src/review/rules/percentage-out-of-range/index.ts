/** `percentage-out-of-range`: baselines and targets of a percentage lie within 0-100 (growth and change excepted). @module */
import { defineRule } from '../../api.js';
import { readValue } from '../../number.utils.js';
import type { Value } from '../../../schema.js';
import { show } from '../shared/index.js';
import { boundedPercentages } from '../shared/percentage.js';

function outside(raw: Value): boolean {
  if (typeof raw === 'number') return Number.isFinite(raw) && (raw < 0 || raw > 100);
  const v = readValue(raw);
  return (v.kind === 'number' && (v.value < 0 || v.value > 100)) || (v.kind === 'range' && (v.low < 0 || v.high > 100));
}

export const rule = defineRule({
  meta: {
    id: 'percentage-out-of-range',
    defaultSeverity: 'warning',
    category: 'target',
    basis: 'practice',
    description: {
      id: 'Kondisi awal dan target IK persentase (kecuali pertumbuhan atau perubahan) berada antara 0 dan 100.',
      en: 'Baselines and targets of a percentage indicator (other than growth or change) lie between 0 and 100.',
    },
    messages: {
      outside: {
        id: 'Nilai {where} ({value}) untuk IK persentase berada di luar 0-100.',
        en: 'The {where} value ({value}) of a percentage indicator lies outside 0-100.',
      },
    },
  },
  create(context) {
    return boundedPercentages((ind) => {
      const b = ind.record.baseline;
      if (b !== undefined && outside(b.value)) {
        context.report({
          messageId: 'outside',
          data: { where: { id: 'kondisi awal', en: 'baseline' }, value: show(b.value) },
          indicator: ind,
          path: ind.path('baseline.value'),
        });
        return;
      }
      for (const y of ind.years) {
        const raw = ind.target(y)!;
        if (outside(raw)) {
          context.report({
            messageId: 'outside',
            data: { where: { id: `target ${y}`, en: `${y} target` }, value: show(raw) },
            indicator: ind,
            path: ind.path(`targets.${y}`),
          });
          return;
        }
      }
    });
  },
});
