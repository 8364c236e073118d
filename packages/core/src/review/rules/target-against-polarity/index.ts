/**
 * `target-against-polarity`: targets move the way the indicator improves (stated `polarity`, or
 * the direction its wording gives: "Angka kematian ..." goes down). Applies to outcome measures,
 * rates, indices and cumulative counts, not to yearly output quantities, which may go up and down.
 * With a direction only by default ("Persentase ...", "Indeks ..."), a plan that ends worse than it
 * starts is asked about once.
 *
 * @module
 */
import { defineRule, type IndicatorNode } from '../../api.js';
import { directional, series, show } from '../shared/index.js';
import { onTwoScales } from '../shared/realisation.js';
import { WAY, directedIndicators, isWorse } from '../shared/target-direction.js';

export const rule = defineRule({
  meta: {
    id: 'target-against-polarity',
    defaultSeverity: 'warning',
    category: 'target',
    basis: 'practice',
    description: {
      id: 'Target IK outcome (persentase, indeks, rasio, tingkat, jumlah kumulatif) bergerak ke arah perbaikan dari tahun ke tahun; IK yang arahnya hanya bawaan tidak berakhir lebih buruk daripada awalnya.',
      en: 'Targets of outcome indicators (percentages, indices, ratios, rates, cumulative counts) move towards improvement from year to year; an indicator whose direction is only a default does not end worse than it starts.',
    },
    messages: {
      falling: {
        id: 'Target IK ini turun sepanjang periode, dari {first} ({firstYear}) menjadi {last} ({lastYear}), padahal IK seperti ini umumnya {way}: tetapkan arah IK, atau tinjau kembali targetnya.',
        en: 'The targets of this indicator fall over the period, from {first} ({firstYear}) to {last} ({lastYear}), while such an indicator is usually {way}: state its direction, or review its targets.',
      },
      against: {
        id: 'Target {year} ({value}) lebih {worse} daripada target {prevYear} ({prevValue}), padahal untuk IK ini {way}.',
        en: 'The {year} target ({value}) is {worse} than the {prevYear} target ({prevValue}), but for this indicator {way}.',
      },
    },
  },
  create(context) {
    /**
     * A direction by default ("Persentase ...", "Indeks ...", "Pertumbuhan ...": higher is better
     * when no word says otherwise) whose plan ends below where it starts (71 -> 56 -> 57): the
     * default is not trusted to judge each step, but a plan falling over the period is asked about.
     */
    function fallingDefault(ind: IndicatorNode): void {
      if (ind.record.polarity !== undefined || ind.years.length === 0) return;
      const d = ind.direction;
      if (ind.directionSource !== 'default' || (d !== 'up' && d !== 'down') || !directional(ind)) return;
      const s = series(ind);
      const last = s.length - 1;
      // (a rupiah amount in the kondisi awal of a percentage is a figure on another scale, not a plan falling)
      if (last < 1 || s.scale[0] !== s.scale[last] || !isWorse(d, s, 0, last) || onTwoScales(ind, s.raw(0), s.raw(last))) return;
      context.report({
        messageId: 'falling',
        data: { first: show(s.raw(0)), firstYear: s.year(0), last: show(s.raw(last)), lastYear: s.year(last), way: WAY[d] },
        indicator: ind,
        path: ind.path('targets'),
      });
    }
    const directed = directedIndicators((ind, d) => {
      if (ind.years.length < 2) return;
      const s = series(ind);
      if (s.length < 2) return;
      // (a percentage over 100, 101 then 100, is percentage-out-of-range's: back to the ceiling, not a wrong way)
      const percent = ind.measure === 'percent' || ind.unitKind === 'percent';
      for (let j = s.firstTarget + 1; j < s.length; j++) {
        if (!isWorse(d, s, j - 1, j) || (percent && s.score[j - 1]! > 100)) continue;
        const worse = d === 'up' ? { id: 'rendah', en: 'lower' } : { id: 'tinggi', en: 'higher' };
        const year = s.year(j);
        context.report({
          messageId: 'against',
          data: { year, value: show(s.raw(j)), prevYear: s.year(j - 1), prevValue: show(s.raw(j - 1)), worse, way: WAY[d] },
          indicator: ind,
          path: ind.path(`targets.${year}`),
        });
        return;
      }
    });
    return {
      indicator(ind) {
        directed.indicator!(ind);
        fallingDefault(ind);
      },
    };
  },
});
