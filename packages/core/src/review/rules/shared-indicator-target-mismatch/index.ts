/**
 * `shared-indicator-target-mismatch`: a result repeats an indicator of a result above it (after
 * stemming and synonyms) but the baseline or a year's target differs, so the same measure has two
 * values. The nearest result above that holds the indicator is compared: the parent, else a
 * grandparent (an RPJMD sasaran's "prevalensi stunting" measured again by a Renstra tujuan two
 * boxes down), up to {@link DEPTH} levels.
 *
 * @module
 */
import { t } from '../../../localized.js';
import { defineRule, type IndicatorNode, type ResultNode } from '../../api.js';
import { PERCENT_HEADS } from '../../lexicon/words.js';
import { leadingWords } from '../../text.utils.js';
import { differenceWhere, indicatorIndex, valueDifference } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'shared-indicator-target-mismatch',
    defaultSeverity: 'warning',
    category: 'duplicates',
    basis: 'practice',
    description: t(
      'IK yang sama dengan IK kinerja di atasnya (induk, atau dua-tiga tingkat di atasnya) memiliki kondisi awal dan target yang sama: satu ukuran tidak boleh bernilai dua.',
      'An indicator that repeats one of a result above it (the parent, or two or three levels up) has the same baseline and targets: one measure cannot have two values.',
    ),
    messages: {
      mismatch: t(
        'IK {indicator} sama dengan IK kinerja induknya {parent}, tetapi nilainya berbeda pada {where}: {theirs} pada {parent} dan {mine} pada kinerja ini. Samakan nilainya, atau bedakan IK-nya.',
        'Indicator {indicator} repeats an indicator of its parent {parent}, but the values differ in {where}: {theirs} at {parent} and {mine} here. Make them agree, or tell the indicators apart.',
      ),
      mismatchAbove: t(
        'IK {indicator} sama dengan IK kinerja {parent}, {levels} tingkat di atasnya, tetapi nilainya berbeda pada {where}: {theirs} pada {parent} dan {mine} pada kinerja ini. Samakan nilainya, atau bedakan IK-nya.',
        'Indicator {indicator} repeats an indicator of {parent}, {levels} levels above, but the values differ in {where}: {theirs} at {parent} and {mine} here. Make them agree, or tell the indicators apart.',
      ),
    },
  },
  create(context) {
    const byKey = indicatorIndex();

    /** Reports the first value `ind` and `other` (of `holder`, `depth` levels up) disagree on; false when they agree. */
    const reportDifference = (ind: IndicatorNode, other: IndicatorNode, holder: ResultNode, depth: number): boolean => {
      const diff = valueDifference(ind, other);
      if (diff === undefined || countsOtherThing(ind, other)) return false;
      const where = differenceWhere(diff.where);
      context.report({
        messageId: depth === 1 ? 'mismatch' : 'mismatchAbove',
        data: { indicator: ind.label, parent: holder.id, where, theirs: diff.b, mine: diff.a, ...(depth === 1 ? {} : { levels: depth }) },
        indicator: ind,
      });
      return true;
    };

    return {
      indicator(ind) {
        // Only an indicator whose key another has can repeat one above it.
        if (!ind.keyShared) return;
        // A parent that differs is named first; else the nearest result above holding the indicator.
        let parentHolds = false;
        for (const p of ind.result.parents) {
          const other = byKey(p, ind.key);
          if (other === undefined) continue;
          parentHolds = true;
          if (reportDifference(ind, other, p, 1)) return;
        }
        if (parentHolds) return;
        const near = nearestHolder(ind.result, (a) => byKey(a, ind.key));
        if (near !== undefined) reportDifference(ind, near.other, near.holder, near.depth);
      },
    };
  },
});

/**
 * Two percentages with the same words that count different things: "Persentase puskesmas dengan
 * ketersediaan obat dan vaksin esensial" counts puskesmas, "Persentase ketersediaan obat dan vaksin
 * esensial di puskesmas" the items available in them (a UPTD Instalasi Farmasi under its dinas).
 * Read only for a pair whose values differ.
 */
function countsOtherThing(a: IndicatorNode, b: IndicatorNode): boolean {
  const [headA, nounA] = leadingWords(a.norm);
  const [headB, nounB] = leadingWords(b.norm);
  if (nounA === undefined || nounB === undefined || nounA === nounB) return false;
  if (!PERCENT_HEADS.has(headA!) || !PERCENT_HEADS.has(headB!)) return false;
  return placedIn(b.norm, nounA) || placedIn(a.norm, nounB);
}

/** True when a statement places what it counts in `noun` ("... di puskesmas", "... pada sekolah"). */
function placedIn(norm: string, noun: string): boolean {
  return [` di ${noun}`, ` pada ${noun}`].some((p) => norm.endsWith(p) || norm.includes(`${p} `));
}

/** How many levels up a repeated indicator is looked for. */
const DEPTH = 3;

/**
 * The nearest result above `r` (parents first, then theirs, up to {@link DEPTH} levels) holding an
 * indicator `find` gives, with that indicator; undefined when none does.
 */
function nearestHolder(
  r: ResultNode,
  find: (a: ResultNode) => IndicatorNode | undefined,
): { readonly holder: ResultNode; readonly other: IndicatorNode; readonly depth: number } | undefined {
  const seen = new Set<ResultNode>([r]);
  let level: readonly ResultNode[] = r.parents;
  for (let depth = 1; depth <= DEPTH && level.length > 0; depth++) {
    const next: ResultNode[] = [];
    for (const a of level) {
      if (seen.has(a)) continue;
      seen.add(a);
      const other = find(a);
      if (other !== undefined) return { holder: a, other, depth };
      next.push(...a.parents);
    }
    level = next;
  }
  return undefined;
}
