/**
 * `indicator-target-conflict` (workspace): the same indicator (the same words) in two documents
 * with different targets for the same year.
 *
 * @module
 */
import { defineRule, type IndicatorNode } from '../../api.js';
import { show } from '../shared/index.js';
import { agencyName, documentOf } from '../../../workspace/rule-utils.js';

export const rule = defineRule({
  meta: {
    id: 'indicator-target-conflict',
    defaultSeverity: 'warning',
    category: 'workspace',
    basis: 'practice',
    description: {
      id: 'Indikator yang sama di dua dokumen memiliki target yang sama untuk tahun yang sama.',
      en: 'The same indicator in two documents has the same target for the same year.',
    },
    messages: {
      conflict: {
        id: 'Indikator ini juga ada pada {other} ({agency}) dengan target {year} {theirs}, di sini {mine}: samakan targetnya.',
        en: 'This indicator is also in {other} ({agency}) with the {year} target {theirs}, here {mine}: make the targets agree.',
      },
    },
  },
  create(context) {
    const ws = context.workspace;
    if (ws === undefined) return {};
    const first = new Map<string, IndicatorNode>();
    return {
      indicator(ind) {
        if (ind.norm === '' || ind.years.length === 0) return;
        const seen = first.get(ind.norm);
        if (seen === undefined) {
          first.set(ind.norm, ind);
          return;
        }
        const doc = documentOf(ind.result.id);
        const other = documentOf(seen.result.id);
        if (doc === other) return;
        for (const year of ind.years) {
          const theirs = seen.target(year);
          const mine = ind.target(year);
          if (theirs === undefined || mine === undefined || theirs === mine) continue;
          context.report({
            messageId: 'conflict',
            data: { other: seen.result.id, agency: agencyName(ws, other), year, theirs: show(theirs), mine: show(mine) },
            indicator: ind,
            path: ind.path('targets'),
          });
          return;
        }
      },
    };
  },
});
