/** `scale-value-unknown`: the text values of an indicator with a scale are values of its scale. @module */
import { t } from '../../../localized.js';
import { defineRule } from '../../api.js';
import type { Value } from '../../../schema.js';
import { realisationValues, when } from '../shared/realisation.js';

export const rule = defineRule({
  meta: {
    id: 'scale-value-unknown',
    defaultSeverity: 'error',
    category: 'realisation',
    basis: 'practice',
    description: t(
      'Kondisi awal, target dan realisasi IK berskala adalah nilai dari skalanya, agar dapat dibandingkan.',
      'Baselines, targets and realisations of an indicator with a scale are values of its scale, so they can be compared.',
    ),
    messages: {
      unknown: t(
        'Nilai {where} "{value}" pada IK {indicator} tidak ada dalam skalanya ({scale}).',
        'The {where} value "{value}" of indicator {indicator} is not in its scale ({scale}).',
      ),
    },
  },
  create(context) {
    return {
      indicator(ind) {
        const scale = ind.record.scale;
        if (scale === undefined) return;
        const keys = Object.keys(scale);
        const lower = new Set(keys.map((k) => k.toLowerCase()));
        const shown = keys.join(', ');
        const check = (value: Value, where: { id: string; en: string }, path: string) => {
          if (typeof value !== 'string' || lower.has(value.trim().toLowerCase())) return;
          context.report({ messageId: 'unknown', data: { where, value, indicator: ind.label, scale: shown }, indicator: ind, path });
        };
        const b = ind.record.baseline;
        if (b !== undefined) check(b.value, t('kondisi awal', 'baseline'), ind.path('baseline.value'));
        for (const y of ind.years) check(ind.target(y)!, t(`target ${y}`, `${y} target`), ind.path(`targets.${y}`));
        for (const v of realisationValues(ind)) check(v.value, t(`realisasi ${when(v)}`, `${when(v)} realisation`), v.path);
      },
    };
  },
});
