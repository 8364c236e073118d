/**
 * `duplicate-indicator`: the same indicator (after stemming and synonyms) twice on one result, or
 * on two results in different branches (a result above or below may carry a box down).
 *
 * @module
 */
import { defineRule } from '../../api.js';
import { differenceWhere, isAncestor, linked, valueDifference } from '../shared/index.js';
import { repeatedIndicators } from '../shared/repeats.js';

/** A normalised statement without its closing number ("... wilayah ii" -> "... wilayah"). */
function withoutNumber(norm: string): string {
  let end = norm.length;
  for (let space = norm.lastIndexOf(' ', end - 1); space >= 0; space = norm.lastIndexOf(' ', end - 1)) {
    if (!PART_NUMBER.test(norm.slice(space + 1, end))) break;
    end = space;
  }
  return norm.slice(0, end);
}
const PART_NUMBER = /^(?:[ivx]{1,4}|\d{1,2})$/;

export const rule = defineRule({
  meta: {
    id: 'duplicate-indicator',
    defaultSeverity: 'warning',
    category: 'duplicates',
    basis: 'practice',
    description: {
      id: 'Satu kinerja tidak memuat IK yang sama dua kali, dan dua kinerja di cabang berbeda tidak diukur dengan IK yang sama.',
      en: 'A result does not list the same indicator twice, and two results in different branches are not measured by the same indicator.',
    },
    messages: {
      twice: {
        id: 'IK {indicator} tertulis dua kali pada kinerja ini (sama dengan IK ke-{first}): hapus salah satu.',
        en: 'Indicator {indicator} appears twice on this result (same as indicator #{first}): remove one.',
      },
      twiceValues: {
        id: 'IK {indicator} tertulis dua kali pada kinerja ini (sama dengan IK ke-{first}) dengan nilai yang berbeda pada {where}: {mine} dan {theirs}. Satu ukuran tidak boleh bernilai dua: hapus salah satu dan tetapkan satu nilai.',
        en: 'Indicator {indicator} appears twice on this result (same as indicator #{first}) with different values in {where}: {mine} and {theirs}. One measure cannot have two values: remove one and settle on one value.',
      },
      elsewhere: {
        id: 'IK {indicator} sama dengan IK kinerja {other} di cabang lain: dua kinerja yang berbeda perlu diukur dengan IK yang berbeda.',
        en: 'Indicator {indicator} is the same as an indicator of {other} in another branch: two different results need different indicators.',
      },
    },
  },
  create(context) {
    /** What follows the last colon ("...: Padi"), normalised: the item a shared heading is broken down by. */
    const item = (statement: string): string | undefined => {
      const at = statement.lastIndexOf(':');
      return at < 0 ? undefined : context.text.normalize(statement.slice(at + 1));
    };
    return repeatedIndicators((ind, f) => {
      // "Produksi Tanaman Pangan dan Hortikultura: Tanaman Pangan" and "...: Hortikultura" share
      // their words but name two items of one heading.
      const mine = item(ind.record.statement);
      const theirs = mine === undefined ? undefined : item(f.record.statement);
      if (theirs !== undefined && theirs !== mine) return;
      const a = f.result;
      const b = ind.result;
      if (a === b) {
        // The same measure with two values is the worse half of the finding: it is named.
        const diff = valueDifference(ind, f);
        const data = { indicator: ind.label, first: f.index + 1 };
        context.report({
          ...(diff === undefined
            ? { messageId: 'twice', data }
            : { messageId: 'twiceValues', data: { ...data, where: differenceWhere(diff.where), mine: diff.a, theirs: diff.b } }),
          indicator: ind,
          path: ind.path('statement'),
        });
        return;
      }
      if (ind.stems.length < 2 || linked(a, b) || isAncestor(a, b) || isAncestor(b, a) || a.key === b.key) return;
      // (one function split by region or part, "Batas Antar Daerah Wilayah I" and "... Wilayah II",
      // measures each part by the same indicator)
      if (withoutNumber(a.norm) === withoutNumber(b.norm)) return;
      context.report({
        messageId: 'elsewhere',
        data: { indicator: ind.label, other: a.id },
        indicator: ind,
        path: ind.path('statement'),
      });
    });
  },
});
