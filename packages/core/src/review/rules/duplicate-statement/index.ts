/**
 * `duplicate-statement`: the same statement in another branch (after stemming and synonyms), or
 * higher up its own branch than its parent.
 *
 * @module
 */
import { defineRule, type ResultNode } from '../../api.js';
import { isAncestor, linked } from '../shared/index.js';
import { repeatedResults } from '../shared/repeats.js';

export const rule = defineRule({
  meta: {
    id: 'duplicate-statement',
    defaultSeverity: 'info',
    category: 'duplicates',
    basis: 'practice',
    description: {
      id: 'Pernyataan kinerja yang sama (juga setelah imbuhan dan sinonim disamakan) muncul di cabang lain pohon (bukan saudara, bukan induk).',
      en: 'The same statement (also once affixes and synonyms are unified) appears in another branch of the tree (not a sibling, not a parent).',
    },
    messages: {
      duplicate: {
        id: 'Pernyataan kinerja ini sama dengan kinerja {other} di cabang lain: bila kinerjanya memang sama, cukup satu kinerja yang dihubungkan ke kedua induknya (crosscutting).',
        en: 'The statement is the same as {other} in another branch: if it is the same result, keep one and link it to both parents (crosscutting).',
      },
      ancestor: {
        id: 'Pernyataan kinerja ini sama dengan kinerja {other} yang lebih tinggi pada cabangnya sendiri: kinerja di bawah merumuskan kondisinya sendiri yang lebih spesifik, yang mendukung kinerja di atasnya.',
        en: 'The statement is the same as {other}, higher up its own branch: a result below states its own, more specific condition that brings the one above about.',
      },
      otherUnit: {
        id: 'Pernyataan kinerja ini sama dengan kinerja {other} milik {otherUnit}: rumuskan kontribusi {unit} sendiri terhadap kinerja tersebut, bukan menyalinnya.',
        en: "The statement is the same as {other}, owned by {otherUnit}: state {unit}'s own contribution to that result instead of copying it.",
      },
    },
  },
  create(context) {
    return repeatedResults((r, f) => {
      // Siblings and parent/child pairs have rules of their own.
      if (f.parent === r.parent || linked(f, r)) return;
      // A result restating one higher up its own branch is no other branch: when its parent restates
      // it too, child-restates-parent names the step; else the words of an ancestor are named here.
      // (up its own branch also through a crosscutting link: a kegiatan under a program that
      // contributes to a sasaran restates that sasaran, it is no second copy to merge with it)
      if (isAbove(f, r) || isAbove(r, f)) {
        const [above, below] = isAbove(f, r) ? [f, r] : [r, f];
        if (below.parent !== undefined && below.parent.sameStems(above)) return;
        context.report({ messageId: 'ancestor', data: { other: above.id }, result: below, path: below.path('statement') });
        return;
      }
      // A standard output name with no predicate ("Layanan Perkantoran") recurs under several parents by design.
      if (r.form === 'other' && (r.level?.leaf ?? false) && (f.level?.leaf ?? false)) return;
      // A unit that copies another unit's result (a Puskesmas its Dinas's sasaran) should state its own part.
      const unit = r.record.owner?.unit?.trim();
      const otherUnit = f.record.owner?.unit?.trim();
      if (unit && otherUnit && unit.toLowerCase() !== otherUnit.toLowerCase()) {
        context.report({ messageId: 'otherUnit', data: { other: f.id, unit, otherUnit }, result: r, path: r.path('statement') });
        return;
      }
      context.report({ messageId: 'duplicate', data: { other: f.id }, result: r, path: r.path('statement') });
    });
  },
});

/** True when `anc` is above `r` on its chain of primary parents, or through a crosscutting parent on the way (up to 64 results looked at). */
function isAbove(anc: ResultNode, r: ResultNode): boolean {
  if (isAncestor(anc, r)) return true;
  const seen = new Set<ResultNode>();
  const todo = [...r.parents];
  while (todo.length > 0 && seen.size < 64) {
    const p = todo.pop()!;
    if (p === anc) return true;
    if (seen.has(p)) continue;
    seen.add(p);
    todo.push(...p.parents);
  }
  return false;
}
