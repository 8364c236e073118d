/**
 * `indicator-copied-from-parent`: a result reuses its parent's indicators with the same values.
 * One finding per result, listing the indicators. Not reported when the result restates its
 * parent (`child-restates-parent` says it once) nor for an indicator whose values differ from the
 * parent's (`shared-indicator-target-mismatch`).
 *
 * @module
 */
import { t } from '../../../localized.js';
import { defineRule, type IndicatorNode } from '../../api.js';
import { firstOf, indicatorIndex, isNomenclature, restatesCounted, valueDifference } from '../shared/index.js';

const keyShared = (i: IndicatorNode): boolean => i.keyShared;

export const rule = defineRule({
  meta: {
    id: 'indicator-copied-from-parent',
    defaultSeverity: 'info',
    category: 'duplicates',
    basis: 'regulation',
    description: t(
      'IK kinerja tidak sama dengan IK induknya (juga setelah imbuhan dan sinonim disamakan): kinerja di bawah mengukur kondisinya sendiri yang lebih spesifik.',
      "A result does not reuse its parent's indicators (also once affixes and synonyms are unified): a result below measures its own, more specific condition.",
    ),
    messages: {
      copied: t(
        'IK {indicators} sama dengan IK kinerja induknya {parent}: bila kotak yang sama memang diturunkan menjadi komponen perencanaan di bawahnya, hal ini dapat diterima; bila tidak, tetapkan IK yang mengukur kondisi kinerja ini sendiri.',
        "Indicator(s) {indicators} are the same as those of the parent {parent}: acceptable where one box is carried down as the planning component below; otherwise set indicators for this result's own condition.",
      ),
    },
  },
  create(context) {
    const byKey = indicatorIndex();
    return {
      result(r) {
        // A Renstra program, kegiatan or sub kegiatan may carry its parent's box, indicators and all.
        // Only an indicator whose key another has can be its parent's.
        if (!r.indicators.some(keyShared) || isNomenclature(r.level?.role)) return;
        for (const p of r.parents) {
          if (restatesCounted(r, p)) return;
          if (p.indicators.length === 0) continue;
          // The list of copied indicators is made only to report.
          const isCopy = (ind: IndicatorNode): boolean => {
            const other = byKey(p, ind.key);
            return other !== undefined && valueDifference(ind, other) === undefined;
          };
          if (!r.indicators.some(isCopy)) continue;
          const copied = r.indicators.filter(isCopy);
          const list = firstOf(
            copied.map((i) => i.label),
            3,
          );
          context.report({
            messageId: 'copied',
            data: { indicators: list, parent: p.id },
            indicator: copied[0]!,
            path: copied[0]!.path('statement'),
          });
          return;
        }
      },
    };
  },
});
