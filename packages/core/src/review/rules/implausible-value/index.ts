/**
 * `implausible-value`: a baseline or target outside the band a well-known measure lies in (life
 * expectancy 40-90 years, mean years of schooling 0-16 ...): most often a percentage or another
 * measure pasted in ("Rata-rata lama sekolah" with the target 99,99).
 *
 * @module
 */
import { defineRule } from '../../api.js';
import { numberOf, show } from '../shared/index.js';
import { measureRangeOf } from '../shared/ranges.js';
import { realisationValues, when } from '../shared/realisation.js';

export const rule = defineRule({
  meta: {
    id: 'implausible-value',
    defaultSeverity: 'warning',
    category: 'target',
    basis: 'practice',
    description: {
      id: 'Kondisi awal, target dan realisasi ukuran yang rentangnya diketahui (umur harapan hidup, rata-rata dan harapan lama sekolah, APM dan APS) berada dalam rentang tersebut.',
      en: 'Baselines, targets and realisations of measures with a known band (life expectancy, mean and expected years of schooling, net enrolment and school participation) lie within it.',
    },
    messages: {
      outside: {
        id: 'Nilai {where} ({value}) tidak wajar untuk {measure}, yang berkisar {min}-{max} {unit}: periksa satuan dan angkanya.',
        en: 'The {where} value ({value}) is implausible for {measure}, which lies within {min}-{max} {unit}: check the unit and the figure.',
      },
    },
  },
  create(context) {
    return {
      indicator(ind) {
        const realised = ind.record.realisations !== undefined;
        if (ind.years.length === 0 && ind.record.baseline === undefined && !realised) return;
        const range = measureRangeOf(ind.norm);
        if (range === undefined) return;
        const outside = (n: number | undefined): boolean => n !== undefined && (n < range.min || n > range.max);
        const band = { measure: range.name, min: range.min, max: range.max, unit: range.unit };
        // (a series of grades is not judged; the first point outside is named)
        const point = ind.values.find((p) => p.scale === 'number' && outside(p.score));
        if (point !== undefined) {
          const where = point.baseline
            ? { id: 'kondisi awal', en: 'baseline' }
            : { id: `target ${point.year}`, en: `${point.year} target` };
          context.report({
            messageId: 'outside',
            data: { where, value: show(point.raw), ...band },
            indicator: ind,
            path: ind.path(point.baseline ? 'baseline.value' : `targets.${point.year}`),
          });
          return;
        }
        // A realisation outside the band is as impossible (an APM of 154,58 %).
        const real = realised ? realisationValues(ind).find((v) => outside(numberOf(v.value))) : undefined;
        if (real === undefined) return;
        context.report({
          messageId: 'outside',
          data: { where: { id: `realisasi ${when(real)}`, en: `${when(real)} realisation` }, value: show(real.value), ...band },
          indicator: ind,
          path: real.path,
        });
      },
    };
  },
});
