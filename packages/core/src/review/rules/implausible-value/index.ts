/**
 * `implausible-value`: a baseline or target outside the band a well-known measure lies in (life
 * expectancy 40-90 years, mean years of schooling 0-16 ...): most often a percentage or another
 * measure pasted in ("Rata-rata lama sekolah" with the target 99,99).
 *
 * @module
 */
import { defineRule } from '../../api.js';
import { MEASURE_RANGES } from '../../lexicon/words.js';
import { show } from '../shared/index.js';

/** Any of the measures in one scan: most indicators are none of them, and one test is a quarter of four. */
const ANY_MEASURE = new RegExp(MEASURE_RANGES.map((r) => r.pattern.source).join('|'));

export const rule = defineRule({
  meta: {
    id: 'implausible-value',
    defaultSeverity: 'warning',
    category: 'target',
    basis: 'practice',
    description: {
      id: 'Kondisi awal dan target ukuran yang rentangnya diketahui (umur harapan hidup, rata-rata dan harapan lama sekolah, APM dan APS) berada dalam rentang tersebut.',
      en: 'Baselines and targets of measures with a known band (life expectancy, mean and expected years of schooling, net enrolment and school participation) lie within it.',
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
        if (ind.years.length === 0 && ind.record.baseline === undefined) return;
        const norm = ind.norm;
        if (!ANY_MEASURE.test(norm)) return;
        const range = MEASURE_RANGES.find((r) => r.pattern.test(norm));
        if (range === undefined) return;
        // (a series of grades is not judged; the first point outside is named)
        const point = ind.values.find((p) => p.scale === 'number' && (p.score < range.min || p.score > range.max));
        if (point === undefined) return;
        const where = point.baseline ? { id: 'kondisi awal', en: 'baseline' } : { id: `target ${point.year}`, en: `${point.year} target` };
        context.report({
          messageId: 'outside',
          data: { where, value: show(point.raw), measure: range.name, min: range.min, max: range.max, unit: range.unit },
          indicator: ind,
          path: ind.path(point.baseline ? 'baseline.value' : `targets.${point.year}`),
        });
      },
    };
  },
});
