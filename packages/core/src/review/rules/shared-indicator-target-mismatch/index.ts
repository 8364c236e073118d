/**
 * `shared-indicator-target-mismatch`: a result repeats its parent's indicator (after stemming and
 * synonyms) but the baseline or a year's target differs, so the same measure has two values.
 *
 * @module
 */
import { t } from '../../../localized.js';
import { defineRule } from '../../api.js';
import { indicatorIndex, valueDifference } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'shared-indicator-target-mismatch',
    defaultSeverity: 'warning',
    category: 'duplicates',
    basis: 'practice',
    description: t(
      'IK yang sama dengan IK induknya memiliki kondisi awal dan target yang sama: satu ukuran tidak boleh bernilai dua.',
      "An indicator that repeats its parent's has the same baseline and targets: one measure cannot have two values.",
    ),
    messages: {
      mismatch: t(
        'IK {indicator} sama dengan IK kinerja induknya {parent}, tetapi nilainya berbeda pada {where}: {theirs} pada {parent} dan {mine} pada kinerja ini. Samakan nilainya, atau bedakan IK-nya.',
        'Indicator {indicator} repeats an indicator of its parent {parent}, but the values differ in {where}: {theirs} at {parent} and {mine} here. Make them agree, or tell the indicators apart.',
      ),
    },
  },
  create(context) {
    const byKey = indicatorIndex();
    return {
      indicator(ind) {
        // Only an indicator whose key another has can repeat its parent's.
        if (!ind.keyShared) return;
        for (const p of ind.result.parents) {
          const other = byKey(p, ind.key);
          if (other === undefined) continue;
          const diff = valueDifference(ind, other);
          if (diff === undefined) continue;
          const where = diff.where.startsWith('baseline')
            ? { id: `kondisi awal ${diff.where.slice(9)}`, en: `the ${diff.where.slice(9)} baseline` }
            : { id: `target ${diff.where}`, en: `the ${diff.where} target` };
          context.report({
            messageId: 'mismatch',
            data: { indicator: ind.label, parent: p.id, where, theirs: diff.b, mine: diff.a },
            indicator: ind,
          });
          return;
        }
      },
    };
  },
});
