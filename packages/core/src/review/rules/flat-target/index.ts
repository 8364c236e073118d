/**
 * `flat-target`: a target series that stays at the ceiling (100 %) or does not move over the whole
 * period, for an outcome measure or a completion measure: the indicator cannot show improvement.
 *
 * @module
 */
import * as z from 'zod/mini';
import { defineRule } from '../../api.js';
import { TOP_GRADE_RANK } from '../../number.utils.js';
import { activityOf, expectedMeasure, series, show } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'flat-target',
    defaultSeverity: 'info',
    category: 'target',
    basis: 'practice',
    description: {
      id: 'Target IK outcome atau IK penyelesaian tidak tetap sama sepanjang periode dan tidak berada di batas atas (100%) sejak awal.',
      en: 'Targets of an outcome or completion indicator do not stay the same over the whole period, nor sit at the ceiling (100 %) from the start.',
    },
    messages: {
      ceiling: {
        id: 'Target IK ini 100% pada setiap tahun ({years}): IK yang sudah di batas atas tidak dapat menunjukkan perbaikan; pertimbangkan IK yang mengukur mutu atau dampaknya.',
        en: "The indicator's target is 100 % in every year ({years}): an indicator at its ceiling cannot show improvement; consider one that measures quality or effect.",
      },
      flat: {
        id: 'Target IK ini tetap {value} pada setiap tahun ({years}): target kinerja outcome semestinya menunjukkan perbaikan, atau jelaskan mengapa kondisi cukup dipertahankan.',
        en: "The indicator's target stays at {value} in every year ({years}): an outcome target should show improvement, or say why holding the level is enough.",
      },
    },
    options: z.strictObject({ minYears: z._default(z.number().check(z.int(), z.gte(2)), 3) }),
  },
  create(context) {
    const { minYears } = context.options;
    // A plan shorter than minYears (a two-year IKU matrix) is judged over its whole period.
    const period = context.document.period;
    const span = period === undefined ? minYears : period.end - period.start + 1;
    const needed = Math.max(2, Math.min(minYears, span));
    return {
      indicator(ind) {
        const outcome = expectedMeasure(ind.result) === 'outcome' && ind.measure !== 'count';
        const completion = activityOf(ind)?.kind === 'completion';
        if (!outcome && !completion) return;
        if (ind.years.length < needed) return;
        const s = series(ind);
        const from = s.firstTarget;
        const count = s.length - from;
        if (count < needed || count !== ind.years.length) return;
        const v = s.score[from]!;
        // Zero cases of a lower-is-better measure every year is zero tolerance, the best value.
        if (v === 0 && ind.direction === 'down') return;
        const scale = s.scale[from]!;
        // The top grade held (an unqualified BPK opinion, WTP; SAKIP AA) is the standard, not a flat plan.
        if ((scale === 'sakip' || scale === 'opini') && TOP_GRADE_RANK[scale] === v) return;
        for (let j = from + 1; j < s.length; j++) if (s.score[j] !== v || s.scale[j] !== scale) return;
        const years = `${s.year(from)}-${s.year(s.length - 1)}`;
        const percent = ind.measure === 'percent' || ind.unitKind === 'percent';
        if (percent && v === 100) context.report({ messageId: 'ceiling', data: { years }, indicator: ind, path: ind.path('targets') });
        else context.report({ messageId: 'flat', data: { value: show(s.raw(from)), years }, indicator: ind, path: ind.path('targets') });
      },
    };
  },
});
